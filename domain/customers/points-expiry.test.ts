import { describe, expect, it } from 'vitest';
import { derivedId, newId } from '../ids';
import { businessDayStart } from '../time';
import type { PointsEntry } from './schema';
import {
  dueExpiries,
  EXPIRY_PURPOSE,
  expiringBy,
  expiryMoment,
  pointsLots,
  type ExpiryPolicy,
} from './points-expiry';

const SHANGHAI: ExpiryPolicy = { months: 1, timeZone: 'Asia/Shanghai', cutoffMinutes: 4 * 60 };
const CUSTOMER = newId();

function entry(
  kind: PointsEntry['kind'],
  points: number,
  businessDate: string,
  extra: Partial<PointsEntry> = {},
): PointsEntry {
  return {
    id: newId(),
    customerId: CUSTOMER,
    kind,
    points,
    at: businessDayStart(businessDate, 'Asia/Shanghai', 12 * 60),
    businessDate,
    receiptNo: null,
    staffId: null,
    saleId: null,
    reverses: null,
    reason: null,
    expires: null,
    ...extra,
  };
}

describe('points expiry', () => {
  it('expires at the cut-off of the same day N months on, clamped to the month’s end', () => {
    // Jan 31 + 1 month is Feb 28; Shanghai's 04:00 is 20:00 UTC the day before.
    expect(expiryMoment('2026-01-31', SHANGHAI)).toBe(Date.UTC(2026, 1, 27, 20));
    // In a leap year, Feb 29; and Feb 29 + 12 months is Feb 28.
    expect(expiryMoment('2028-01-31', SHANGHAI)).toBe(Date.UTC(2028, 1, 28, 20));
    expect(expiryMoment('2028-02-29', { ...SHANGHAI, months: 12 })).toBe(Date.UTC(2029, 1, 27, 20));
    // Across the year's end, in another zone with a midnight cut-off.
    expect(
      expiryMoment('2026-11-30', { months: 2, timeZone: 'Europe/Berlin', cutoffMinutes: 0 }),
    ).toBe(Date.UTC(2027, 0, 29, 23));
  });

  it('is due from the cut-off on, not a minute before', () => {
    const lot = entry('earn', 100, '2026-01-31');
    const moment = expiryMoment('2026-01-31', SHANGHAI);
    expect(dueExpiries([lot], SHANGHAI, moment - 60_000)).toEqual([]);
    expect(dueExpiries([lot], SHANGHAI, moment)).toEqual([
      {
        id: derivedId(lot.id, EXPIRY_PURPOSE),
        customerId: CUSTOMER,
        kind: 'expire',
        points: -100,
        at: moment,
        businessDate: '2026-02-28',
        receiptNo: null,
        staffId: null,
        saleId: null,
        reverses: null,
        reason: null,
        expires: [lot.id],
      },
    ]);
  });

  it('uses up the oldest lots first, so a spend leaves the newer points to expire later', () => {
    const older = entry('earn', 100, '2026-01-10');
    const newer = entry('earn', 80, '2026-01-20');
    const spend = entry('redeem', -130, '2026-01-25');
    const lots = pointsLots([newer, spend, older]);
    expect(lots.map((lot) => lot.remaining)).toEqual([0, 50]);
    const march = Date.UTC(2026, 2, 1);
    expect(dueExpiries([older, newer, spend], SHANGHAI, march)).toEqual([
      expect.objectContaining({ points: -50, expires: [newer.id], businessDate: '2026-02-20' }),
    ]);
    expect(expiringBy([older, newer, spend], SHANGHAI, march)).toBe(50);
  });

  it('does not expire a lot twice, and a spend after an expiry takes from the newer lot', () => {
    const lot = entry('earn', 100, '2026-01-10');
    const due = dueExpiries([lot], SHANGHAI, Date.UTC(2026, 1, 15));
    expect(due).toHaveLength(1);
    const after = [lot, ...due, entry('earn', 40, '2026-02-12')];
    // The expired lot is not due again; a later spend takes from the new lot only.
    expect(dueExpiries(after, SHANGHAI, Date.UTC(2026, 1, 15))).toEqual([]);
    const spent = [...after, entry('adjust', -40, '2026-02-13', { reason: '兑换' })];
    expect(pointsLots(spent).map((l) => [l.remaining, l.expired])).toEqual([
      [0, true],
      [0, false],
    ]);
    expect(dueExpiries(spent, SHANGHAI, Date.UTC(2026, 5, 1))).toEqual([]);
  });

  it('gives the same entries, ids and times when run twice or late', () => {
    const entries = [entry('earn', 100, '2026-01-31'), entry('opening', 20, '2025-12-31')];
    const onTime = dueExpiries(entries, SHANGHAI, expiryMoment('2026-01-31', SHANGHAI));
    const late = dueExpiries(entries, SHANGHAI, Date.UTC(2026, 11, 31));
    expect(late).toEqual(onTime);
    expect(onTime.map((e) => e.points).sort()).toEqual([-100, -20]);
    expect(dueExpiries([...entries, ...onTime], SHANGHAI, Date.UTC(2027, 0, 1))).toEqual([]);
  });
});
