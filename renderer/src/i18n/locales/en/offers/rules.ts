import type { LocaleShape } from '../../../shape';
import type zh from '../../zh-CN/offers/rules';

/** The group-buy rules' texts: message, what to do, and each fix's label (part.rules.<rule>). */
export default {
  offer: {
    termsLocked: {
      message:
        'The group-buy “{{title}}” went on sale on {{firstOnSaleAtText}} and customers bought it on its terms, so this change was not saved: {{termsText}}.',
      todo: 'The words, photos, stock, per-customer limit and end of sale can still change. To sell different terms, end this offer and copy it into a new one.',
    },
    statusStep: {
      message:
        'The group-buy “{{title}}” is already $t(offers:status.{{current}}) and cannot become $t(offers:status.{{to}}).',
      todo: 'Open the offer to see where it stands now; an ended offer cannot go back on sale, but it can be copied into a new one.',
    },
  },
  voucher: {
    alreadyRedeemed: {
      message:
        'Voucher {{codeText}} had already been used ({{usedBefore}} of {{uses}}), so this redemption was not counted. {{firstUseText}}',
      todo: 'The customer had no valid voucher for this: collect its price from the customer, or contact them.',
    },
    notRedeemable: {
      message:
        'Voucher {{codeText}} could not be redeemed: $t(offers:part.rules.voucher.notRedeemable.reason.{{reason}}). This redemption was not counted.',
      todo: 'Collect its price from the customer, or contact them.',
      reason: {
        unknown: 'the platform has no such voucher (a made-up or mistyped code)',
        refunded: 'it was refunded',
        expired: 'it has expired',
        awaitingGroup: 'its group has not filled yet',
        notYetValid: 'it is not valid yet',
        excludedDate: 'the offer may not be used on that day',
        weekday: 'the offer may not be used on that weekday',
        daypart: 'the offer may not be used at that time of day',
        usesPerVisit: 'that was more uses in one day than the offer allows',
      },
    },
  },
  visitCard: {
    notSellable: {
      message:
        'This visit card was not sold and no voucher was issued: $t(offers:part.rules.visitCard.notSellable.reason.{{reason}}).',
      todo: 'The customer has no card from this sale: give back what they paid at the till, or sell them a card that is on sale or paused.',
      reason: {
        unknown: 'the platform has no such offer',
        notVisitCard: 'it is not a visit card',
        draft: 'it is still a draft, its terms are not settled',
        ended: 'it has ended',
      },
    },
    priceMismatch: {
      message:
        'The visit card “{{title}}” costs {{offerPriceText}}, but this sale was made at {{priceText}}, so it was not recorded and no voucher was issued.',
      todo: 'Sell the card again at its price, and take or give back the difference at the till.',
    },
  },
  redemption: {
    reversal: {
      message:
        'This undo of voucher {{codeText}} was not counted: the redemption it undoes does not exist or was undone already.',
      todo: 'Open today’s redemptions to see this voucher’s record now.',
    },
  },
} satisfies LocaleShape<typeof zh>;
