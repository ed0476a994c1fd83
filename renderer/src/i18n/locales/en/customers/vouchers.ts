import type { LocaleShape } from '../../../shape';
import type zh from '../../zh-CN/customers/vouchers';

/** The group-buy vouchers and redemptions on a customer's profile. */
export default {
  vouchers: {
    title: 'Vouchers',
    caption: 'This customer’s vouchers',
    usable: 'Usable',
    offer: 'Offer',
    code: 'Code',
    state: 'State',
    usesLeft: 'Uses left',
    usesLeftValue: '{{left}} of {{uses}}',
    validUntil: 'Valid until',
    bought: 'Bought',
    paid: 'Paid',
    none: 'No vouchers yet.',
    states: {
      awaitingGroup: 'Awaiting group',
      valid: 'Usable',
      usedUp: 'Used up',
      refunded: 'Refunded',
      expired: 'Expired',
    },
    redemptions: 'Redemptions',
    redemptionsCaption: 'This customer’s redemptions',
    when: 'When',
    uses: 'Uses',
    status: 'Status',
    standing: 'Redeemed',
    undone: 'Undone',
    reversal: 'Undo',
    unverified: 'awaiting the platform',
    noRedemptions: 'No redemptions yet.',
  },
} as const satisfies LocaleShape<typeof zh>;
