/** The bookings rules' texts: message, what to do, and each fix's label (part.rules.<rule>). */
export default {
  booking: {
    transition: {
      message: '预约 {{code}} 已在另一台电脑上（或由顾客在线上）改过状态，本次状态变更未生效。',
      todo: '请打开该预约查看当前状态。定金按先生效的那次变更处理。',
    },
    resourceTaken: {
      message:
        '预约 {{code}}（{{startsAtText}}，{{partySize}} 人）未保存：{{clashNames}} 在该时段已被$t(bookings:part.rules.booking.resourceTaken.holder.{{otherKind}})「{{otherName}}」（{{otherSpanText}}）占用（另一台电脑或顾客在线上先保存）。',
      todo: '该时段空闲：{{freeSetNames}}。可改到空闲的桌位或人员、顺延到 {{resourceNames}} 的下一个空闲时段，或联系顾客另约时间。',
      holder: { booking: '预约', busyBlock: '忙碌时段' },
      noneFree: '没有',
      actions: {
        moveToFreeResource: '改到 {{firstFreeNames}}',
        moveToNextSlot: '顺延到 {{nextStartText}}（{{resourceNames}}）',
      },
    },
    overPacing: {
      message:
        '预约 {{code}}（{{startsAtText}}）未保存：{{slotText}} 开始的$t(bookings:part.rules.booking.overPacing.limit.{{limit}})将达到 {{count}}，超过店铺上限 {{max}}。',
      todo: '可顺延到下一个有空位的时段，或在预约规则中调高每时段上限后重新预约。',
      limit: { bookings: '预约数', covers: '人数' },
      actions: { moveToNextSlot: '顺延到 {{nextStartText}}' },
    },
  },
};
