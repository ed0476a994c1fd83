/**
 * 店铺装修模块的文案。清单里的文案在 `part` 下；各页面的文案按区域放在 storefront/*.ts，在此汇总。
 */
import checks from './storefront/checks';
import editor from './storefront/editor';
import rules from './storefront/rules';
import versions from './storefront/versions';

export default {
  ...editor,
  ...versions,
  checks,
  part: {
    name: '店铺装修',
    tables: {
      storefrontBlock: '店铺页面的模块',
      storefrontTheme: '店铺页面的主题',
      storefrontPublishRequest: '发布请求',
      storefrontVersion: '已发布的版本',
      storefrontSchedule: '定时发布',
      storefrontSite: '店铺页面地址',
    },
    changes: {
      storefrontBlock: {
        add: '添加页面模块',
        edit: '修改页面模块',
        move: '移动页面模块',
        remove: '删除页面模块',
      },
      storefrontTheme: { put: '设置页面主题', edit: '修改页面主题' },
      storefront: {
        publish: '发布店铺页面',
        schedule: '定时发布店铺页面',
        cancelSchedule: '取消定时发布',
      },
    },
    rules,
    permissions: {
      storefront: { edit: '编辑店铺页面草稿', publish: '发布、回滚与定时发布店铺页面' },
    },
  },
};
