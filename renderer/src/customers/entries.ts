/**
 * Ledger entries as the desk writes them: every id, time, business day, receipt number and staff
 * member is fixed here, before the change is made, so the mutation's row operations stay pure.
 * A correction is always a new entry that negates the original (PRODUCT.md: ledgers are append-only).
 */
import { newId } from '@domain/ids';
import { reversalAmounts } from '@domain/customers/ledger';
import type { PaymentMethod, PointsEntry, StoredValueEntry } from '@domain/customers/schema';

/** Where and when an entry is made: the same for every entry of one change. */
export interface EntryContext {
  at: number;
  businessDate: string;
  receiptNo: string | null;
  staffId: string | null;
}

const base = (customerId: string, context: EntryContext) => ({
  id: newId(),
  customerId,
  at: context.at,
  businessDate: context.businessDate,
  receiptNo: context.receiptNo,
  staffId: context.staffId,
  saleId: null,
  reverses: null,
  reason: null,
});

/** A top-up: what the customer paid as principal, the plan's bonus apart. */
export function topUpEntry(
  customerId: string,
  top: { principalFen: number; bonusFen: number; planId: string | null; paidWith: PaymentMethod },
  context: EntryContext,
): StoredValueEntry {
  return {
    ...base(customerId, context),
    kind: 'topUp',
    principalFen: top.principalFen,
    bonusFen: top.bonusFen,
    planId: top.planId,
    paidWith: top.paidWith,
    offline: false,
  };
}

/** A refund of unspent principal, paid out by `paidWith` (the bonus is never refunded). */
export function refundEntry(
  customerId: string,
  amountFen: number,
  paidWith: PaymentMethod,
  reason: string | null,
  context: EntryContext,
): StoredValueEntry {
  return {
    ...base(customerId, context),
    kind: 'refund',
    principalFen: -amountFen,
    bonusFen: 0,
    planId: null,
    paidWith,
    offline: false,
    reason,
  };
}

/** The entry that undoes a stored-value entry, with the reason the shop gave. */
export function storedValueReversal(
  entry: StoredValueEntry,
  reason: string,
  context: EntryContext,
): StoredValueEntry {
  return {
    ...base(entry.customerId, context),
    kind: 'reversal',
    ...reversalAmounts(entry),
    planId: null,
    paidWith: null,
    offline: false,
    reverses: entry.id,
    reason,
  };
}

/** The entry that undoes a points entry, with the reason the shop gave. */
export function pointsReversal(
  entry: PointsEntry,
  reason: string,
  context: EntryContext,
): PointsEntry {
  return {
    ...base(entry.customerId, context),
    kind: 'reversal',
    points: -entry.points,
    expires: null,
    reverses: entry.id,
    reason,
  };
}

/** A manual adjustment of points, up or down, with its required reason. */
export function pointsAdjustment(
  customerId: string,
  points: number,
  reason: string,
  context: EntryContext,
): PointsEntry {
  return { ...base(customerId, context), kind: 'adjust', points, expires: null, reason };
}
