/**
 * 团购模块的文案。清单里的文案在 `part` 下（规则的文案在 offers/rules.ts）；各页面的文案按区域放在
 * offers/*.ts，在此汇总。
 */
import editor from './offers/editor';
import desk from './offers/desk';
import camera from './offers/camera';
import reports from './offers/reports';
import rules from './offers/rules';
import settings from './offers/settings';
import visitCard from './offers/visit-card';

export default {
  ...editor,
  ...desk,
  ...camera,
  ...reports,
  ...settings,
  ...visitCard,
  status: {
    draft: '草稿',
    onSale: '在售',
    paused: '已暂停',
    ended: '已结束',
    soldOut: '已售罄',
    scheduled: '未开售',
    saleOver: '已过售卖期',
  },
  statusTag: {
    draft: '草稿',
    onSale: '在售',
    paused: '已暂停',
    ended: '已结束',
    soldOut: '已售罄',
    scheduled: '未开售',
    saleOver: '已过售卖期',
  },
  terms: {
    kind: '类型',
    lines: '包含内容',
    priceFen: '团购价',
    originalPriceFen: '原价',
    groupSize: '成团人数',
    groupHours: '成团时限',
    usesPerVoucher: '每张券可用次数',
    validity: '有效期',
    usage: '使用规则',
    refund: '退款规则',
  },
  attention: {
    firstUse: '第一次核销在 {{time}}，{{desk}}。',
    thisDesk: '就在本机',
    otherDesk: '在收银台 {{code}}',
    unknownDesk: '在另一台电脑',
  },
  part: {
    name: '团购',
    tables: {
      offer: '团购',
      offerSettings: '核销设置',
      voucher: '券',
      redemption: '核销记录',
      offerSale: '店内售卡记录',
    },
    changes: {
      offer: { create: '新建团购', edit: '修改团购', setStatus: '上架、暂停或结束团购' },
      offerSettings: { put: '修改核销设置' },
      voucher: { redeem: '核销券', reverseRedemption: '撤销核销' },
      visitCard: { sell: '在店里卖次卡' },
    },
    rules,
    permissions: {
      offers: { manage: '团购与核销设置', undoRedemption: '撤销核销', sellCard: '在店里卖次卡' },
    },
  },
  photos: {
    label: '图片',
    help: '最多 {{max}} 张，第一张是封面，可用箭头调整顺序；可选择、粘贴或拖入图片。上架后也能修改图片。',
    cover: '封面图片',
    count_one: '共 {{count}} 张',
    count_other: '共 {{count}} 张',
  },
};
