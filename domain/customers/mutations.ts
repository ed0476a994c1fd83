/**
 * Changes to customer accounts. Every id, time, receipt number and split is worked out on the
 * desk and carried in the arguments, so each mutation's row operations are pure. Ledger entries
 * are appended, never edited: a correction is its own reversing entry.
 */
import { z } from 'zod';
import { idSchema } from '../ids';
import { defineMutation } from '../mutations/define';
import type { RowOp } from '../mutations/row-ops';
import {
  consentSchema,
  customerPersonalSchema,
  customerSchema,
  customerSettingsSchema,
  customerTierSchema,
  pointsEntrySchema,
  saleEntrySchema,
  storedValueEntrySchema,
  topUpPlanSchema,
  type PointsEntry,
  type StoredValueEntry,
} from './schema';

/** Personal fields an edit may change (any subset); null clears an optional one. */
export const personalPatchSchema = customerPersonalSchema.omit({ id: true }).partial();
export type PersonalPatch = z.infer<typeof personalPatchSchema>;

export const newCustomerSchema = z
  .object({ customer: customerSchema, personal: customerPersonalSchema })
  .refine(({ customer, personal }) => customer.id === personal.id, 'personal_id')
  .refine(({ personal }) => personal.name !== '' || personal.phone !== null, 'name_or_phone');

export type NewCustomer = z.infer<typeof newCustomerSchema>;

export const createCustomer = defineMutation({
  name: 'customer.create',
  version: 1,
  args: newCustomerSchema,
  ops: ({ customer, personal }) => [
    { op: 'put', table: 'customer', row: customer },
    { op: 'put', table: 'customerPersonal', row: personal },
  ],
});

export const updateCustomer = defineMutation({
  name: 'customer.update',
  version: 1,
  args: z.object({ id: idSchema, fields: personalPatchSchema }),
  ops: ({ id, fields }) => [{ op: 'patch', table: 'customerPersonal', id, fields }],
});

export const setCustomerConsent = defineMutation({
  name: 'customer.setConsent',
  version: 1,
  args: z.object({ id: idSchema, consent: consentSchema }),
  ops: ({ id, consent }) => [{ op: 'patch', table: 'customer', id, fields: { consent } }],
});

/**
 * Merges duplicate profiles into one kept profile. Ledgers are append-only, so no entry moves:
 * each merged profile (and every profile already merged into it, `aliasIds`) becomes an alias of
 * the kept one, and balances, tiers and the platform's rules sum over a customer and its aliases.
 * `fields` fills the kept profile with what the shop chose from the merged ones.
 */
export const mergeCustomers = defineMutation({
  name: 'customer.merge',
  version: 1,
  args: z
    .object({
      keepId: idSchema,
      mergedIds: z.array(idSchema).min(1).max(20),
      /** Profiles already merged into the merged ones: re-pointed to the kept one. */
      aliasIds: z.array(idSchema).max(200),
      fields: personalPatchSchema,
    })
    .refine(
      (args) => !args.mergedIds.includes(args.keepId) && !args.aliasIds.includes(args.keepId),
      'merge_self',
    ),
  ops: ({ keepId, mergedIds, aliasIds, fields }) => [
    ...(Object.keys(fields).length > 0
      ? [{ op: 'patch' as const, table: 'customerPersonal' as const, id: keepId, fields }]
      : []),
    ...[...mergedIds, ...aliasIds].map((id): RowOp => ({
      op: 'patch',
      table: 'customer',
      id,
      fields: { mergedInto: keepId },
    })),
  ],
});

/** A privacy log entry: an export of one customer's data, a whole-number export, an erasure. */
export const privacyLogEntrySchema = z.object({
  id: idSchema,
  kind: z.enum(['export', 'erasure', 'wholeNumberExport']),
  /** The customer's id (pseudonymous once erased); null for a list export. */
  customerId: idSchema.nullable(),
  /** How many customers a list export held. */
  count: z.number().int().min(0).max(10_000_000).nullable(),
  at: z.number().int(),
  staffId: idSchema.nullable(),
});
export type PrivacyLogEntry = z.infer<typeof privacyLogEntrySchema>;

/**
 * Erasure (PIPL art. 47): the person's record is deleted on the platform and, by sync, on every
 * desk; the account is marked erased, its consent dropped. Ledger entries stay (financial records
 * must be kept), linked only to the customer's id, which now identifies no one.
 */
export const eraseCustomer = defineMutation({
  name: 'customer.erase',
  version: 1,
  args: z.object({ id: idSchema, erasedAt: z.number().int(), log: privacyLogEntrySchema }),
  ops: ({ id, erasedAt, log }) => [
    { op: 'delete', table: 'customerPersonal', id },
    { op: 'patch', table: 'customer', id, fields: { erasedAt, consent: null } },
    { op: 'append', table: 'privacyLogEntry', row: { ...log, kind: 'erasure', customerId: id } },
  ],
});

/** Records that the shop exported a customer's data, or a list with whole phone numbers. */
export const logPrivacyExport = defineMutation({
  name: 'privacy.logExport',
  version: 1,
  args: z.object({
    entry: privacyLogEntrySchema.refine((entry) => entry.kind !== 'erasure', 'kind'),
  }),
  ops: ({ entry }) => [{ op: 'append', table: 'privacyLogEntry', row: entry }],
});

const appendStoredValue = (entry: StoredValueEntry): RowOp => ({
  op: 'append',
  table: 'storedValueEntry',
  row: entry,
});
const appendPoints = (entry: PointsEntry): RowOp => ({
  op: 'append',
  table: 'pointsEntry',
  row: entry,
});

/** A stored-value entry of one kind: each of these mutations writes only its own kind. */
const storedValueOfKind = (kind: StoredValueEntry['kind']) =>
  storedValueEntrySchema.refine((entry) => entry.kind === kind, 'kind');

/** A top-up: the paid principal and the plan's bonus, apart. */
export const topUpStoredValue = defineMutation({
  name: 'storedValue.topUp',
  version: 1,
  args: z.object({
    entry: storedValueOfKind('topUp').refine(
      (entry) => entry.principalFen > 0 && entry.bonusFen >= 0,
      'amount',
    ),
  }),
  ops: ({ entry }) => [appendStoredValue(entry)],
});

/** A refund of unspent principal (never the bonus). */
export const refundStoredValue = defineMutation({
  name: 'storedValue.refund',
  version: 1,
  args: z.object({
    entry: storedValueOfKind('refund').refine(
      (entry) => entry.principalFen < 0 && entry.bonusFen === 0,
      'amount',
    ),
  }),
  ops: ({ entry }) => [appendStoredValue(entry)],
});

/** Undoes one stored-value entry by its negation; the reason is required. */
export const reverseStoredValue = defineMutation({
  name: 'storedValue.reverse',
  version: 1,
  args: z.object({
    entry: storedValueOfKind('reversal').refine(
      (entry) => entry.reverses !== null && entry.reason !== null,
      'reversal',
    ),
  }),
  ops: ({ entry }) => [appendStoredValue(entry)],
});

/** A manual points adjustment (up or down) with its required reason, or a reversal of an entry. */
export const adjustPoints = defineMutation({
  name: 'points.adjust',
  version: 1,
  args: z.object({
    entry: pointsEntrySchema.refine(
      (entry) =>
        (entry.kind === 'adjust' || (entry.kind === 'reversal' && entry.reverses !== null)) &&
        entry.reason !== null &&
        entry.points !== 0,
      'adjust',
    ),
  }),
  ops: ({ entry }) => [appendPoints(entry)],
});

/**
 * A charge (收款): one or more sale entries (split payment: part stored value, part cash), the
 * stored-value spend and the points redeemed that paid them, and the points the payment earned,
 * in one change. Every entry carries the charge's id as its `saleId`.
 */
export const chargeCustomer = defineMutation({
  name: 'customer.charge',
  version: 1,
  args: z
    .object({
      chargeId: idSchema,
      sales: z
        .array(saleEntrySchema.refine((sale) => sale.amountFen > 0, 'amount'))
        .min(1)
        .max(4),
      storedValue: storedValueEntrySchema
        .refine(
          (entry) => entry.kind === 'spend' && entry.principalFen <= 0 && entry.bonusFen <= 0,
          'spend',
        )
        .nullable(),
      points: z
        .array(
          pointsEntrySchema.refine(
            (entry) => entry.kind === 'earn' || entry.kind === 'redeem',
            'points',
          ),
        )
        .max(2),
    })
    .refine(
      ({ chargeId, sales, storedValue, points }) =>
        [...sales, ...(storedValue ? [storedValue] : []), ...points].every(
          (entry) => entry.saleId === chargeId && entry.customerId === sales[0]!.customerId,
        ),
      'charge_links',
    ),
  ops: ({ sales, storedValue, points }) => [
    ...sales.map((row): RowOp => ({ op: 'append', table: 'saleEntry', row })),
    ...(storedValue ? [appendStoredValue(storedValue)] : []),
    ...points.map(appendPoints),
  ],
});

/**
 * Customers moved in from another system or a contacts file: new profiles (with their opening
 * balances, each one entry marked 'opening'), and fields filled on profiles matched by phone.
 */
export const importCustomers = defineMutation({
  name: 'customers.import',
  version: 1,
  args: z.object({
    creates: z.array(newCustomerSchema).max(5_000),
    updates: z.array(z.object({ id: idSchema, fields: personalPatchSchema })).max(5_000),
    storedValue: z
      .array(
        storedValueEntrySchema.refine(
          (entry) => entry.kind === 'opening' && entry.principalFen >= 0 && entry.bonusFen >= 0,
          'opening',
        ),
      )
      .max(5_000),
    points: z
      .array(
        pointsEntrySchema.refine(
          (entry) => entry.kind === 'opening' && entry.points >= 0,
          'opening',
        ),
      )
      .max(5_000),
  }),
  // Each table's rows together: the desk writes a run of one table as one bulk request, so
  // alternating customer / person puts would make 10,000 requests of a 5,000-customer change.
  ops: ({ creates, updates, storedValue, points }) => [
    ...creates.map(({ customer }): RowOp => ({ op: 'put', table: 'customer', row: customer })),
    ...creates.map(({ personal }): RowOp => ({
      op: 'put',
      table: 'customerPersonal',
      row: personal,
    })),
    ...updates.map(({ id, fields }): RowOp => ({
      op: 'patch',
      table: 'customerPersonal',
      id,
      fields,
    })),
    ...storedValue.map(appendStoredValue),
    ...points.map(appendPoints),
  ],
});

export const putCustomerTier = defineMutation({
  name: 'customerTier.put',
  version: 1,
  args: customerTierSchema,
  ops: (tier) => [{ op: 'put', table: 'customerTier', row: tier }],
});

export const deleteCustomerTier = defineMutation({
  name: 'customerTier.delete',
  version: 1,
  args: z.object({ id: idSchema }),
  ops: ({ id }) => [{ op: 'delete', table: 'customerTier', id }],
});

export const putTopUpPlan = defineMutation({
  name: 'topUpPlan.put',
  version: 1,
  args: topUpPlanSchema,
  ops: (plan) => [{ op: 'put', table: 'topUpPlan', row: plan }],
});

export const putCustomerSettings = defineMutation({
  name: 'customerSettings.put',
  version: 1,
  args: customerSettingsSchema,
  ops: (settings) => [{ op: 'put', table: 'customerSettings', row: settings }],
});

export const customerMutations = [
  createCustomer,
  updateCustomer,
  setCustomerConsent,
  mergeCustomers,
  eraseCustomer,
  logPrivacyExport,
  topUpStoredValue,
  refundStoredValue,
  reverseStoredValue,
  adjustPoints,
  chargeCustomer,
  importCustomers,
  putCustomerTier,
  deleteCustomerTier,
  putTopUpPlan,
  putCustomerSettings,
] as const;
