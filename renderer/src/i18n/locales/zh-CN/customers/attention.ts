/** How Needs attention words the customers' rules: the other spend, the desk, the write-off (zh-CN). */
export default {
  attention: {
    erasedCustomer: '已删除个人信息的会员',
    unknownCustomer: '一位会员',
    otherSpend: '另一笔消费 {{amount}} 于 {{time}} 在{{desk}}上完成（小票 {{receipt}}）。',
    otherSpendNoReceipt: '另一笔消费 {{amount}} 于 {{time}} 完成。',
    otherPointsSpend:
      '另一笔使用 {{amount}} 积分于 {{time}} 在{{desk}}上完成（小票 {{receipt}}）。',
    otherPointsSpendNoReceipt: '另一笔使用 {{amount}} 积分于 {{time}} 完成。',
    thisDesk: '这台电脑',
    otherDesk: '编号 {{code}} 的电脑',
    reason: { label: '原因', required: '请写明原因', ok: '确定' },
  },
};
