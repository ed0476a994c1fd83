/** 团购规则的文案：消息、怎么办、每个修复的标签（part.rules.<rule>）。 */
export default {
  offer: {
    termsLocked: {
      message:
        '团购“{{title}}”已在 {{firstOnSaleAtText}} 上架，顾客按原条件购买，所以这次修改没有保存：{{termsText}}。',
      todo: '文字、图片、库存、每人限购和结束时间仍可修改。要卖新条件，请结束这个团购，再复制成一个新团购。',
    },
    statusStep: {
      message:
        '团购“{{title}}”已是“$t(offers:status.{{current}})”，不能再改为“$t(offers:status.{{to}})”。',
      todo: '打开团购查看它现在的状态；已结束的团购不能重新上架，可复制成新团购。',
    },
  },
  voucher: {
    alreadyRedeemed: {
      message:
        '券码 {{codeText}} 已被用过（{{usedBefore}}/{{uses}} 次），这次核销没有记入。{{firstUseText}}',
      todo: '这位顾客这次消费没有有效的券：请向顾客收取这份的价钱，或联系顾客说明情况。',
    },
    notRedeemable: {
      message:
        '券码 {{codeText}} 不能核销：$t(offers:part.rules.voucher.notRedeemable.reason.{{reason}})。这次核销没有记入。',
      todo: '请向顾客收取这份的价钱，或联系顾客说明情况。',
      reason: {
        unknown: '平台上没有这张券（可能是伪造或输错的券码）',
        refunded: '这张券已退款',
        expired: '这张券已过期',
        awaitingGroup: '这张券所在的团还没有成团',
        notYetValid: '这张券还没到可用日期',
        excludedDate: '这个团购在那天不可用',
        weekday: '这个团购在那个星期几不可用',
        daypart: '这个团购在那个时段不可用',
        usesPerVisit: '同一天用的次数超过了这个团购允许的次数',
      },
    },
  },
  visitCard: {
    notSellable: {
      message:
        '这张次卡没有卖出，也没有发券：$t(offers:part.rules.visitCard.notSellable.reason.{{reason}})。',
      todo: '顾客这次没有拿到次卡：请在收银台退还顾客付的钱，或改卖一张在售或暂停中的次卡。',
      reason: {
        unknown: '平台上没有这个团购',
        notVisitCard: '它不是次卡',
        draft: '它还是草稿，条件还没定下来',
        ended: '它已经结束',
      },
    },
    priceMismatch: {
      message:
        '次卡“{{title}}”的价格是 {{offerPriceText}}，这次按 {{priceText}} 卖出，所以没有记入，也没有发券。',
      todo: '请按次卡的价格重新卖一次，并在收银台补收或退还差额。',
    },
  },
  redemption: {
    reversal: {
      message: '券码 {{codeText}} 的这次撤销没有记入：要撤销的核销不存在或已被撤销过。',
      todo: '打开今日核销查看这张券现在的记录。',
    },
  },
};
