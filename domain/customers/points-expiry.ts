/**
 * Points expiry: points expire `months` after the business day they were earned, at that day's
 * cut-off in the shop's zone, oldest first. Every positive entry but an expiry is a lot; every
 * negative one (a redemption, an adjustment down, a reversal) uses up the oldest lots still
 * unexpired at its time, and an expiry entry uses up exactly the lots it names. Only the platform
 * writes expiry entries (its job runner, platform/jobs), each with an id derived from the lot it
 * expires and dated at the expiry moment, not at the run: a job that runs twice or late writes
 * the same entries, and the ledger takes each id once.
 */
import { derivedId } from '../ids';
import { addCalendarMonths, businessDayStart, type ClockMinutes } from '../time';
import type { PointsEntry } from './schema';

export const EXPIRY_PURPOSE = 'points.expire';

type Entry = Pick<
  PointsEntry,
  'id' | 'customerId' | 'kind' | 'points' | 'at' | 'businessDate' | 'expires'
>;

export interface ExpiryPolicy {
  months: number;
  timeZone: string;
  cutoffMinutes: ClockMinutes;
}

/** When a lot earned on `businessDate` expires: the cut-off of the same day `months` later. */
export function expiryMoment(businessDate: string, policy: ExpiryPolicy): number {
  return businessDayStart(
    addCalendarMonths(businessDate, policy.months),
    policy.timeZone,
    policy.cutoffMinutes,
  );
}

interface Lot {
  entry: Entry;
  remaining: number;
  expired: boolean;
}

const byTime = (a: Entry, b: Entry) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The lots of one customer's entries, each with what is left of it, oldest first. */
export function pointsLots(entries: readonly Entry[]): Lot[] {
  const sorted = [...entries].sort(byTime);
  const lots: Lot[] = [];
  const lotById = new Map<string, Lot>();
  for (const entry of sorted) {
    if (entry.kind === 'expire') {
      let left = -entry.points;
      for (const id of entry.expires ?? []) {
        const lot = lotById.get(id);
        if (!lot) continue;
        lot.expired = true;
        const taken = Math.min(lot.remaining, left);
        lot.remaining -= taken;
        left -= taken;
      }
    } else if (entry.points > 0) {
      const lot = { entry, remaining: entry.points, expired: false };
      lots.push(lot);
      lotById.set(entry.id, lot);
    } else {
      let left = -entry.points;
      for (const lot of lots) {
        if (left === 0) break;
        if (lot.expired || lot.remaining === 0) continue;
        const taken = Math.min(lot.remaining, left);
        lot.remaining -= taken;
        left -= taken;
      }
    }
  }
  return lots;
}

/**
 * The expiry entries due by `asOf` for one customer's entries: one per lot that has points left
 * and reached its expiry moment, and has no expiry entry yet. Deterministic: the same entries and
 * policy give the same entries, whatever `asOf` past their moments.
 */
export function dueExpiries(
  entries: readonly Entry[],
  policy: ExpiryPolicy,
  asOf: number,
): PointsEntry[] {
  const due: PointsEntry[] = [];
  for (const lot of pointsLots(entries)) {
    if (lot.expired || lot.remaining <= 0) continue;
    const at = expiryMoment(lot.entry.businessDate, policy);
    if (at > asOf) continue;
    due.push({
      id: derivedId(lot.entry.id, EXPIRY_PURPOSE),
      customerId: lot.entry.customerId,
      kind: 'expire',
      points: -lot.remaining,
      at,
      businessDate: addCalendarMonths(lot.entry.businessDate, policy.months),
      receiptNo: null,
      staffId: null,
      saleId: null,
      reverses: null,
      reason: null,
      expires: [lot.entry.id],
    });
  }
  return due;
}

/** Points that will expire on or before `until` if not used (for the profile: "120 expire on …"). */
export function expiringBy(entries: readonly Entry[], policy: ExpiryPolicy, until: number): number {
  return pointsLots(entries)
    .filter(
      (lot) =>
        !lot.expired && lot.remaining > 0 && expiryMoment(lot.entry.businessDate, policy) <= until,
    )
    .reduce((sum, lot) => sum + lot.remaining, 0);
}
