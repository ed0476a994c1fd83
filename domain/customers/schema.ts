/**
 * Customer accounts (会员), as stored and synced. The person lives in one table of its own
 * (`customerPersonal`: name, phone, gender, birthday, tags, note), keyed by the customer's id;
 * everything else — the account record, ledger entries, and later bookings and vouchers — holds
 * only that id, so masking, export, erasure and a provider's "no personal data" grant act on one
 * table. Balances are never stored: points, stored value and sales are append-only ledgers and a
 * balance is the sum of a customer's entries and those of the profiles merged into it (ledger.ts).
 */
import { z } from 'zod';
import { idSchema } from '../ids';
import { fenSchema, signedFenSchema } from '../money';
import { businessDateSchema, localizedNameSchema, localizedTextSchema } from '../menu/schema';
import { storableTextSchema } from '../text';

/** Where a customer came from. */
export const customerSources = ['shop', 'miniProgram', 'import'] as const;
export const customerSourceSchema = z.enum(customerSources);
export type CustomerSource = z.infer<typeof customerSourceSchema>;

export const genders = ['female', 'male', 'other'] as const;
export const genderSchema = z.enum(genders);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Month and day, the year optional (many give only the day they celebrate). */
export const birthdaySchema = z
  .object({
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    year: z.number().int().min(1900).max(2100).nullable(),
  })
  .refine(({ month, day }) => day <= DAYS_IN_MONTH[month - 1]!, 'date')
  .refine(
    ({ month, day, year }) =>
      year === null ||
      month !== 2 ||
      day !== 29 ||
      new Date(Date.UTC(year, 1, 29)).getUTCDate() === 29,
    'date',
  );
export type Birthday = z.infer<typeof birthdaySchema>;

/** Marketing consent: whether it is given, and when that was said. Null: never asked. */
export const consentSchema = z.object({ granted: z.boolean(), at: z.number().int() }).nullable();
export type Consent = z.infer<typeof consentSchema>;

/** A normalised phone (phone.ts): a mobile's 11 digits or a landline with its area code. */
export const phoneSchema = z.string().regex(/^(1[3-9]\d{9}|0\d{9,11})$/, 'phone');

export const customerTagSchema = storableTextSchema.trim().min(1).max(20);
export const MAX_CUSTOMER_TAGS = 20;

/** The account record: nothing here identifies the person. */
export const customerSchema = z.object({
  id: idSchema,
  source: customerSourceSchema,
  createdAt: z.number().int(),
  consent: consentSchema,
  /** Set when this profile was merged into another: it is an alias of that one from then on. */
  mergedInto: idSchema.nullable(),
  /** Set when the person's data was erased on request (PIPL art. 47): never cleared. */
  erasedAt: z.number().int().nullable(),
});
export type Customer = z.infer<typeof customerSchema>;

/** The person, keyed by the customer's id. Erasure deletes this record, on every device. */
export const customerPersonalSchema = z.object({
  id: idSchema,
  name: storableTextSchema.trim().max(40),
  phone: phoneSchema.nullable(),
  gender: genderSchema.nullable(),
  birthday: birthdaySchema.nullable(),
  tags: z.array(customerTagSchema).max(MAX_CUSTOMER_TAGS),
  note: storableTextSchema.trim().max(500),
});
export type CustomerPersonal = z.infer<typeof customerPersonalSchema>;

/** The personal fields, as the part declares them (part.ts) for masking, export and erasure. */
export const personalFields = ['name', 'phone', 'gender', 'birthday', 'tags', 'note'] as const;

/** What a tier's threshold counts: points earned, or money spent (fen). */
export const tierBasisSchema = z.enum(['pointsEarned', 'amountSpent']);
/** Over which time the threshold counts: the last 12 months, or since the customer joined. */
export const tierWindowSchema = z.enum(['last12Months', 'total']);

export const customerTierSchema = z.object({
  id: idSchema,
  name: localizedNameSchema,
  basis: tierBasisSchema,
  window: tierWindowSchema,
  /** Points, or fen, at which a customer reaches the tier. */
  threshold: z.number().int().min(0).max(99_999_999_999),
  benefit: localizedTextSchema,
  /** Percent off for the tier's members (5 = 5% off, 九五折), or none. */
  discountPercent: z.number().int().min(1).max(99).nullable(),
  /** Tiers rank by this, lowest first: a customer holds the highest-ranked tier reached. */
  rank: z.number().int().min(0).max(1000),
  createdAt: z.number().int(),
});
export type CustomerTier = z.infer<typeof customerTierSchema>;

/** A top-up plan (充 ¥500 送 ¥50): what the customer pays and the bonus the shop adds. */
export const topUpPlanSchema = z.object({
  id: idSchema,
  payFen: fenSchema.min(1),
  bonusFen: fenSchema,
  active: z.boolean(),
  createdAt: z.number().int(),
});
export type TopUpPlan = z.infer<typeof topUpPlanSchema>;

/** Which part of a stored-value balance a spend takes first. */
export const spendingOrderSchema = z.enum(['principalFirst', 'bonusFirst']);
export type SpendingOrder = z.infer<typeof spendingOrderSchema>;

/** The shop's membership settings: one record, its id the vendor's id. */
export const customerSettingsSchema = z.object({
  id: idSchema,
  /** Points per whole yuan paid; fen below a yuan earn nothing (rounded down). 0: no points. */
  pointsPerYuan: z.number().int().min(0).max(100),
  /** Points expire this many months after they were earned, oldest first; null: never. */
  pointsExpiryMonths: z.number().int().min(1).max(120).nullable(),
  /** What points are worth when they pay: this many points per yuan; null: points cannot pay. */
  pointsPerYuanRedeemed: z.number().int().min(1).max(10_000).nullable(),
  spendingOrder: spendingOrderSchema,
  /** Most one customer may spend from stored value offline per business day before the desk asks. */
  offlineDailyCapFen: fenSchema,
});
export type CustomerSettings = z.infer<typeof customerSettingsSchema>;

export const DEFAULT_CUSTOMER_SETTINGS: Omit<CustomerSettings, 'id'> = {
  pointsPerYuan: 1,
  pointsExpiryMonths: null,
  pointsPerYuanRedeemed: 100,
  spendingOrder: 'principalFirst',
  offlineDailyCapFen: 50_000,
};

/**
 * A receipt number unique in the shop without asking the platform: the desk's code, the business
 * date and the desk's own counter (receipt.ts): 'K7Q2MD-20261202-0001'.
 */
export const receiptNoSchema = z.string().regex(/^[0-9A-Z]{6}-\d{8}-\d{4,6}$/, 'receipt');

export const reasonSchema = storableTextSchema.trim().min(1).max(200);

/** What every ledger entry of a customer carries. */
const entryBase = {
  id: idSchema,
  customerId: idSchema,
  /** When it happened (the device's clock), and the shop's business day it belongs to. */
  at: z.number().int(),
  businessDate: businessDateSchema,
  /** Printed on the receipt; null for the entries the platform writes itself (an expiry). */
  receiptNo: receiptNoSchema.nullable(),
  /** The staff member at the desk (absent when no one was signed in, or for the platform's). */
  staffId: idSchema.nullable(),
  /** The sale this entry is part of (a charge writes a sale and its payment in one change). */
  saleId: idSchema.nullable(),
  /** The entry this one reverses (a correction), if any. */
  reverses: idSchema.nullable(),
  reason: reasonSchema.nullable(),
};

/**
 * How a sale was paid. Stored value and points are the customer's; cash to other the desk records;
 * a write-off is a difference the shop chose to bear (an offline spend the balance did not cover).
 */
export const paymentMethods = [
  'storedValue',
  'points',
  'cash',
  'alipay',
  'wechat',
  'card',
  'other',
  'writeOff',
] as const;
export const paymentMethodSchema = z.enum(paymentMethods);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

export const storedValueKinds = ['opening', 'topUp', 'spend', 'refund', 'reversal'] as const;
export const storedValueKindSchema = z.enum(storedValueKinds);
export type StoredValueKind = z.infer<typeof storedValueKindSchema>;

/**
 * A stored-value entry. The paid principal and the shop's bonus are kept apart: a refund returns
 * principal only, and reports treat the two differently.
 */
export const storedValueEntrySchema = z.object({
  ...entryBase,
  kind: storedValueKindSchema,
  principalFen: signedFenSchema,
  bonusFen: signedFenSchema,
  /** The plan a top-up followed. */
  planId: idSchema.nullable(),
  /** How a top-up was paid, or a refund paid out (cash, Alipay, …); null for the others. */
  paidWith: paymentMethodSchema.nullable(),
  /** Whether the desk was offline when it spent (the daily offline cap counts these). */
  offline: z.boolean(),
});
export type StoredValueEntry = z.infer<typeof storedValueEntrySchema>;

export const pointsKinds = ['opening', 'earn', 'redeem', 'adjust', 'expire', 'reversal'] as const;
export const pointsKindSchema = z.enum(pointsKinds);
export type PointsKind = z.infer<typeof pointsKindSchema>;

export const pointsEntrySchema = z.object({
  ...entryBase,
  kind: pointsKindSchema,
  points: z.number().int().min(-99_999_999).max(99_999_999),
  /** For an expiry entry: the earning entries whose remaining points it expires. */
  expires: z.array(idSchema).max(500).nullable(),
});
export type PointsEntry = z.infer<typeof pointsEntrySchema>;

/** A charge (收款): what the customer paid, how, by whom and when. Tiers and last visit read it. */
export const saleEntrySchema = z.object({
  ...entryBase,
  amountFen: signedFenSchema,
  method: paymentMethodSchema,
  /** What the points paid, when method is 'points' (fen the points stood for). */
  pointsUsed: z.number().int().min(0).max(99_999_999).nullable(),
});
export type SaleEntry = z.infer<typeof saleEntrySchema>;
