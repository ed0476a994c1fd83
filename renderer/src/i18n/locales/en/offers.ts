/**
 * The group-buy part's texts. The manifest's texts are under `part` (its rules' texts in
 * offers/rules.ts); the pages' texts sit in offers/*.ts, one file per area, gathered here.
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
    draft: 'draft',
    onSale: 'on sale',
    paused: 'paused',
    ended: 'ended',
    soldOut: 'sold out',
    scheduled: 'not on sale yet',
    saleOver: 'sale over',
  },
  statusTag: {
    draft: 'Draft',
    onSale: 'On sale',
    paused: 'Paused',
    ended: 'Ended',
    soldOut: 'Sold out',
    scheduled: 'Not on sale yet',
    saleOver: 'Sale over',
  },
  terms: {
    kind: 'kind',
    lines: 'contents',
    priceFen: 'deal price',
    originalPriceFen: 'original price',
    groupSize: 'group size',
    groupHours: 'time to fill a group',
    usesPerVoucher: 'uses per voucher',
    validity: 'validity',
    usage: 'usage rules',
    refund: 'refund policy',
  },
  attention: {
    firstUse: 'It was first used at {{time}}, {{desk}}.',
    thisDesk: 'on this desk',
    otherDesk: 'on desk {{code}}',
    unknownDesk: 'on another computer',
  },
  part: {
    name: 'Group-buys',
    tables: {
      offer: 'Group-buy offers',
      offerSettings: 'Redemption settings',
      voucher: 'Vouchers',
      redemption: 'Redemptions',
      offerSale: 'Visit cards sold in the shop',
    },
    changes: {
      offer: {
        create: 'New group-buy offer',
        edit: 'Edit group-buy offer',
        setStatus: 'Put on sale, pause or end an offer',
      },
      offerSettings: { put: 'Change redemption settings' },
      voucher: { redeem: 'Redeem voucher', reverseRedemption: 'Undo redemption' },
      visitCard: { sell: 'Sell a visit card in the shop' },
    },
    rules,
    permissions: {
      offers: {
        manage: 'Group-buys and redemption settings',
        undoRedemption: 'Undo redemptions',
        sellCard: 'Sell visit cards in the shop',
      },
    },
  },
  photos: {
    label: 'Photos',
    help: 'Up to {{max}}; the first is the cover, reorder with the arrows. Choose, paste or drop images. Photos can change after the offer is on sale.',
    cover: 'Cover photo',
    count_one: '{{count}} photo',
    count_other: '{{count}} photos',
  },
};
