/**
 * Sample group-buy rows for tests, console and platform alike: a plain ¥88 set meal (¥128
 * without the deal) on sale with no limits, valid 30 days after purchase any time the shop is
 * open; a valid voucher of it; a desk's redemption of one use. Pass overrides for what a test is
 * about.
 */
import { newId } from '../ids';
import type { Offer, Redemption, Voucher } from '../offers/schema';

export function sampleOffer(overrides: Partial<Offer> = {}): Offer {
  return {
    id: newId(),
    kind: 'deal',
    title: { zh: '双人套餐', en: 'Set meal for two' },
    description: { zh: '两碗牛肉面，两份小菜', en: 'Two beef noodles, two sides' },
    photoHashes: [],
    lines: [{ kind: 'text', text: { zh: '牛肉面 ×2', en: 'Beef noodles ×2' } }],
    priceFen: 8800,
    originalPriceFen: 12_800,
    groupSize: 1,
    groupHours: 24,
    stock: null,
    perCustomerLimit: null,
    usesPerVoucher: 1,
    saleFrom: 0,
    saleUntil: null,
    validity: { kind: 'afterPurchase', days: 30 },
    usage: {
      weekdays: [],
      daypartIds: [],
      excludedDates: [],
      usesPerVisit: 1,
      combinable: false,
      bookingRequired: false,
    },
    refund: { beforeUse: true, autoRefundExpired: true },
    status: 'draft',
    firstOnSaleAt: null,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

export function sampleVoucher(offer: Offer, overrides: Partial<Voucher> = {}): Voucher {
  return {
    id: newId(),
    code: '123456789018',
    offerId: offer.id,
    customerId: newId(),
    orderId: newId(),
    groupId: null,
    uses: offer.usesPerVoucher,
    pricePaidFen: offer.priceFen,
    purchasedAt: Date.UTC(2026, 11, 1),
    validFrom: Date.UTC(2026, 11, 1),
    validUntil: Date.UTC(2026, 11, 31),
    state: 'valid',
    stateAt: Date.UTC(2026, 11, 1),
    qr: '',
    ...overrides,
  };
}

export function sampleRedemption(
  voucher: Pick<Voucher, 'id' | 'code' | 'offerId'>,
  overrides: Partial<Redemption> = {},
): Redemption {
  return {
    id: newId(),
    voucherId: voucher.id,
    code: voucher.code,
    offerId: voucher.offerId,
    uses: 1,
    reverses: null,
    reason: null,
    how: 'typed',
    unverified: false,
    at: Date.UTC(2026, 11, 5, 4),
    businessDate: '2026-12-05',
    deviceId: 'desk-1',
    ...overrides,
  };
}

/** The reversal of `redemption`, with a reason. */
export function sampleReversal(
  redemption: Redemption,
  overrides: Partial<Redemption> = {},
): Redemption {
  return sampleRedemption(redemption, {
    voucherId: redemption.voucherId,
    uses: -redemption.uses,
    reverses: redemption.id,
    reason: '顾客改主意',
    at: redemption.at + 60_000,
    ...overrides,
  });
}
