import type { LocaleShape } from '../../../shape';
import type zh from '../../zh-CN/offers/visit-card';

/** Selling a visit card in the shop: the sale dialog, and the cards sold on a customer's profile. */
export default {
  sellCard: {
    open: 'Sell a visit card',
    title: 'Sell a visit card in the shop',
    card: 'Visit card',
    cardOption: '{{title}} · {{price}} · {{uses}} visits',
    noCards:
      'No visit card to sell in the shop. A card on sale or paused can be sold here; a draft cannot, its terms are not settled yet.',
    customer: 'Customer',
    phone: 'Customer’s phone',
    name: 'Customer’s name (new customer)',
    existing: 'Existing customer: {{name}}',
    newCustomer: 'New customer: a profile is made with the sale.',
    paidWith: 'Paid with',
    methods: { cash: 'Cash', card: 'Bank card', wechat: 'WeChat Pay', alipay: 'Alipay' },
    due: 'Take {{price}} at the till, then confirm the sale.',
    submit: 'Confirm sale',
    errors: {
      card: 'Choose a visit card.',
      phone: 'Enter the customer’s phone.',
      notSellable: 'This card cannot be sold now.',
    },
    done: 'Card sold',
    awaiting: 'Awaiting the platform’s voucher',
    awaitingHelp:
      'Works offline: once online, the platform issues the voucher; its code shows here and on the customer’s profile.',
    issued: 'Voucher {{code}}, {{uses}} visits, valid until {{until}}',
    close: 'Done',
    sales: {
      title: 'Visit cards sold in the shop',
      caption: 'Visit cards this customer bought in the shop',
      card: 'Card',
      soldAt: 'Sold',
      paidWith: 'Paid with',
      price: 'Price',
      voucher: 'Voucher',
      none: 'No visit cards bought in the shop yet.',
    },
  },
} satisfies LocaleShape<typeof zh>;
