/**
 * Group-buy offers (团购) and their vouchers, as stored and synced. An **offer** is what the shop
 * sells: a deal customers buy on the platform (or a visit card sold at the counter). What a buyer
 * pays for — the price, what is included, the group, the validity, the usage rules, the refund
 * policy — is fixed once the offer has been on sale (offer-terms.ts says which fields; the platform
 * refuses a change to them, invariants/terms-locked.ts). A **voucher** is one bought unit with its
 * code, made by the platform when the payment is confirmed; a **redemption** is an append-only
 * ledger entry, undone by a reversing entry, never by an edit. Money in fen; times epoch ms;
 * business dates in the shop's zone.
 */
import { z } from 'zod';
import { idSchema } from '../ids';
import { businessDateSchema, localizedNameSchema, localizedTextSchema } from '../menu/schema';
import { fenSchema } from '../money';
import {
  usageRulesSchema,
  validitySchema,
  type UsageRules,
  type Validity,
} from '../vouchers/usage-rules';

/** Where the offer is sold: a deal on the platform, or a visit card (次卡) sold at the counter. */
export const offerKinds = ['deal', 'visitCard'] as const;
export const offerKindSchema = z.enum(offerKinds);
export type OfferKind = z.infer<typeof offerKindSchema>;

/**
 * The status the shop sets. "Sold out" is not stored: it follows from the stock and the vouchers
 * sold (offerDisplayStatus), which only the platform knows for certain.
 */
export const offerStatuses = ['draft', 'onSale', 'paused', 'ended'] as const;
export const offerStatusSchema = z.enum(offerStatuses);
export type OfferStatus = z.infer<typeof offerStatusSchema>;

/** One line of what the offer includes: a menu item with a quantity, or words of the shop's own. */
export const offerLineSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('item'),
    itemId: idSchema,
    quantity: z.number().int().min(1).max(99),
  }),
  z.object({ kind: z.literal('text'), text: localizedNameSchema }),
]);
export type OfferLine = z.infer<typeof offerLineSchema>;

// When a voucher may be used, and for how long: the voucher core's rules (usage-rules.ts).
export { usageRulesSchema, validitySchema, type UsageRules, type Validity };

export const refundPolicySchema = z.object({
  /** The customer may ask for the money back any time before the voucher's first use. */
  beforeUse: z.boolean(),
  /** An expired, unused voucher is refunded by the platform without being asked. */
  autoRefundExpired: z.boolean(),
});
export type RefundPolicy = z.infer<typeof refundPolicySchema>;

/** At most this many photos per offer (as the platforms' deal pages show). */
export const MAX_OFFER_PHOTOS = 9;

/** A photo on the platform, by its content hash (sha256, hex): the same bytes, the same name. */
export const contentHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'content_hash');

const offerFields = z.object({
  id: idSchema,
  kind: offerKindSchema,
  title: localizedNameSchema,
  description: localizedTextSchema,
  photoHashes: z.array(contentHashSchema).max(MAX_OFFER_PHOTOS),
  lines: z.array(offerLineSchema).min(1).max(30),
  priceFen: fenSchema.min(1),
  /** What it would cost without the deal (shown struck through); at least the price. */
  originalPriceFen: fenSchema,
  /** 1: a plain deal. N > 1: vouchers become valid once N have bought within `groupHours`. */
  groupSize: z.number().int().min(1).max(50),
  /** How long a group has to fill, from its first purchase. */
  groupHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 14),
  /** Vouchers that may be sold in all; null: no limit. */
  stock: z.number().int().min(1).max(1_000_000).nullable(),
  /** Vouchers one customer may buy; null: no limit. */
  perCustomerLimit: z.number().int().min(1).max(100).nullable(),
  /** Uses per voucher: 1 for a meal deal, 10 for a ten-visit card. */
  usesPerVoucher: z.number().int().min(1).max(100),
  /** When customers may buy it; null saleUntil: until the shop ends it. */
  saleFrom: z.number().int(),
  saleUntil: z.number().int().nullable(),
  validity: validitySchema,
  usage: usageRulesSchema,
  refund: refundPolicySchema,
  status: offerStatusSchema,
  /** Set the first time the offer went on sale: its terms are fixed from then on. */
  firstOnSaleAt: z.number().int().nullable(),
  createdAt: z.number().int(),
  /** Device clock of the last edit: shown to the shop, never used to order changes. */
  updatedAt: z.number().int(),
});

type OfferTerms = Pick<
  z.infer<typeof offerFields>,
  'priceFen' | 'originalPriceFen' | 'saleFrom' | 'saleUntil' | 'stock' | 'perCustomerLimit'
>;

/** The checks across fields, for the whole offer and for an edit alike. */
function checked<S extends z.ZodType<OfferTerms>>(schema: S) {
  return schema
    .refine((offer) => offer.originalPriceFen >= offer.priceFen, 'original_below_price')
    .refine((offer) => offer.saleUntil === null || offer.saleUntil > offer.saleFrom, 'sale_window')
    .refine(
      (offer) =>
        offer.perCustomerLimit === null ||
        offer.stock === null ||
        offer.perCustomerLimit <= offer.stock,
      'limit_over_stock',
    );
}

export const offerSchema = checked(offerFields);
/**
 * The fields an edit writes: everything but the status and when it first went on sale, which
 * only status steps set, so an edit made offline never undoes another desk's pause.
 */
export const offerEditSchema = checked(
  offerFields.omit({ status: true, firstOnSaleAt: true, createdAt: true }),
);
export type OfferEdit = z.infer<typeof offerEditSchema>;
export type Offer = z.infer<typeof offerSchema>;

/** A voucher's life on the platform; the desk reads it, only the platform writes it. */
export const voucherStates = ['awaitingGroup', 'valid', 'refunded', 'expired'] as const;
export const voucherStateSchema = z.enum(voucherStates);
export type VoucherState = z.infer<typeof voucherStateSchema>;

export const voucherSchema = z.object({
  id: idSchema,
  /** 12 digits, the last a check digit (domain/vouchers/code.ts); unique on the platform. */
  code: z.string().regex(/^\d{12}$/, 'voucher_code'),
  offerId: idSchema,
  customerId: idSchema,
  /** The platform's order it was bought with; null for a card sold at the counter. */
  orderId: idSchema.nullable(),
  /** The in-shop sale (次卡 sold at the counter) it was issued for; absent for a platform order. */
  saleId: idSchema.nullable().optional(),
  /** Vouchers of one group deal bought together toward one group. */
  groupId: idSchema.nullable(),
  uses: z.number().int().min(1).max(100),
  pricePaidFen: fenSchema,
  purchasedAt: z.number().int(),
  validFrom: z.number().int(),
  validUntil: z.number().int(),
  state: voucherStateSchema,
  stateAt: z.number().int(),
  /** What the customer's QR carries: the code signed by the platform (domain/vouchers/signature.ts). */
  qr: z.string().max(400),
});
export type Voucher = z.infer<typeof voucherSchema>;

/**
 * One redemption at the counter, or the reversal of one (`reverses` names it). `uses` is how many
 * of the voucher's uses it takes, negative for a reversal giving them back, so the uses taken are
 * the sum of a voucher's entries. An *unverified* redemption took a
 * QR whose signature verified but which the desk had never seen: the platform confirms or
 * rejects it when it arrives.
 */
export const redemptionSchema = z.object({
  id: idSchema,
  voucherId: idSchema,
  /** The code as redeemed: an unverified redemption has no voucher row to read it from. */
  code: z.string().regex(/^\d{12}$/, 'voucher_code'),
  offerId: idSchema,
  uses: z
    .number()
    .int()
    .min(-99)
    .max(99)
    .refine((uses) => uses !== 0, 'uses'),
  reverses: idSchema.nullable(),
  reason: z.string().trim().max(200).nullable(),
  how: z.enum(['typed', 'scanner', 'camera']).nullable(),
  unverified: z.boolean(),
  at: z.number().int(),
  businessDate: businessDateSchema,
  deviceId: z.string().min(1).max(64),
});
export type Redemption = z.infer<typeof redemptionSchema>;

/** The shop's redemption settings (one record, id 'shop'). */
export const offerSettingsSchema = z.object({
  id: z.literal('shop'),
  /** A redemption may be undone at the desk within this many minutes. */
  undoWindowMin: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  /** Unverified (offline, unseen) QR redemptions one desk may take per business day. */
  unverifiedCapPerDesk: z.number().int().min(0).max(1000),
  /** Accept a typed code this desk does not know while offline, at the shop's own risk. */
  acceptUnknownTypedOffline: z.boolean(),
});
export type OfferSettings = z.infer<typeof offerSettingsSchema>;

export const defaultOfferSettings: OfferSettings = {
  id: 'shop',
  undoWindowMin: 60,
  unverifiedCapPerDesk: 20,
  acceptUnknownTypedOffline: false,
};

/** How a card sold at the counter was paid: a label only, the money is taken at the till. */
export const counterPaymentMethods = ['cash', 'card', 'wechat', 'alipay'] as const;
export const counterPaymentMethodSchema = z.enum(counterPaymentMethods);
export type CounterPaymentMethod = z.infer<typeof counterPaymentMethodSchema>;

/**
 * A visit card (次卡) sold at the counter: an append-only entry, made by the desk offline or not.
 * The platform issues its voucher when the sale is applied (codes, signature and validity as for
 * a paid order: platform/offers/in-shop-sales.ts); until the desk pulls it, the sale shows as
 * awaiting the platform's voucher. `priceFen` is what the card cost, the offer's price.
 */
export const inShopSaleSchema = z.object({
  id: idSchema,
  offerId: idSchema,
  customerId: idSchema,
  priceFen: fenSchema.min(1),
  paidWith: counterPaymentMethodSchema,
  at: z.number().int(),
  businessDate: businessDateSchema,
  deviceId: z.string().min(1).max(64),
});
export type InShopSale = z.infer<typeof inShopSaleSchema>;

/**
 * Whether a visit card can be sold at the counter now: a visit card on sale or paused (a shop
 * often sells its cards only at the counter, so it pauses the card on the platform); never a
 * draft (its terms are not fixed yet) nor an ended offer. Null: sellable; else why not.
 */
export type NotSellableReason = 'unknown' | 'notVisitCard' | 'draft' | 'ended';
export function whyNotSellable(
  offer: Pick<Offer, 'kind' | 'status'> | null | undefined,
): NotSellableReason | null {
  if (!offer) return 'unknown';
  if (offer.kind !== 'visitCard') return 'notVisitCard';
  if (offer.status === 'draft') return 'draft';
  if (offer.status === 'ended') return 'ended';
  return null;
}
