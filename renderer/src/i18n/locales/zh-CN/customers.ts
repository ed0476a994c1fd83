/**
 * The customers part's texts (会员). The manifest's texts are under `part`; the pages' texts sit
 * in customers/*.ts, one file per area, gathered here.
 */
import transferTexts from './customers/transfer';
import attention from './customers/attention';
import counter from './customers/counter';
import page from './customers/page';
import privacy from './customers/privacy';
import profile from './customers/profile';
import settings from './customers/settings';
import vouchers from './customers/vouchers';

export default {
  ...page,
  ...profile,
  ...counter,
  ...settings,
  ...attention,
  ...privacy,
  ...vouchers,
  transfer: transferTexts,
  part: {
    name: '会员',
    tables: {
      customer: '会员',
      customerPersonal: '会员个人信息',
      customerTier: '会员等级',
      topUpPlan: '充值方案',
      customerSettings: '会员设置',
      storedValueEntry: '储值记录',
      pointsEntry: '积分记录',
      saleEntry: '收款记录',
      privacyLogEntry: '隐私操作记录',
    },
    changes: {
      customer: {
        create: '添加会员',
        update: '修改会员资料',
        setConsent: '修改营销授权',
        merge: '合并重复会员',
        erase: '删除会员个人信息',
        charge: '会员收款',
      },
      privacy: { logExport: '导出会员数据' },
      storedValue: { topUp: '储值充值', refund: '储值退款', reverse: '冲正储值记录' },
      points: { adjust: '调整积分' },
      customers: { import: '导入会员' },
      customerTier: { put: '保存会员等级', delete: '删除会员等级' },
      topUpPlan: { put: '保存充值方案' },
      customerSettings: { put: '修改会员设置' },
    },
    rules: {
      storedValue: {
        belowZero: {
          message:
            '{{customerName}} 的储值余额不够：这笔要扣 {{requestedTotal}}，平台上只剩 {{availableTotal}}，差 {{shortfall}}。{{otherSpend}}',
          todo: '两台电脑离线时花了同一笔余额。请向顾客补收差额，或把差额记为本店损失并写明原因。两台电脑上的余额已恢复为平台上的数字。',
          actions: {
            collectDifference: '扣除剩余余额，差额 {{shortfall}} 收现金',
            writeOffDifference: '扣除剩余余额，差额记为损失…',
          },
        },
      },
      points: {
        belowZero: {
          message:
            '{{customerName}} 的积分不够：这笔要用 {{requestedTotal}} 分，平台上只剩 {{availableTotal}} 分。{{otherSpend}}',
          todo: '两台电脑离线时用了同一批积分。可以改为收现金，或忽略此项。',
          actions: { payPointsInCash: '积分抵扣部分改收现金' },
        },
      },
      customer: {
        erased: {
          message: '这位会员的个人信息已在 {{erasedAtText}} 按本人要求删除，这项修改没有被接受。',
          todo: '删除的个人信息不能恢复。如果顾客愿意，请重新登记为新会员。',
        },
      },
    },
    permissions: {
      customers: {
        refund: '储值退款',
        correct: '冲正记录与调整积分',
        merge: '合并会员',
        privacy: '导出与删除会员个人信息',
        import: '导入会员',
        settings: '会员等级、充值方案与积分规则',
      },
    },
  },
};
