import { describe, expect, it } from 'vitest';
import { zonedTimeToEpoch } from '../time';
import { ids, sampleItem } from './fixtures/menu';
import type { StockEntry } from './schema';
import type { ShopClock } from './shop-clock';
import { deltaToReach, effectiveStatus, nextStatusChangeAt, remainingStock } from './sold-out';

const clock: ShopClock = { timeZone: 'Asia/Shanghai', cutoffMinutes: 240 };
const at = (day: number, hour: number, minute = 0, zone = clock.timeZone) =>
  zonedTimeToEpoch({ year: 2025, month: 3, day, hour, minute }, zone);
const entry = (
  n: number,
  businessDate: string,
  delta: number,
  reason: StockEntry['reason'] = 'sale',
): StockEntry => ({
  id: ids.entry(n),
  itemId: ids.item(1),
  businessDate,
  delta,
  reason,
  createdAt: 0,
});

describe('sold out for today', () => {
  const soldOut = sampleItem({ soldOutBusinessDate: '2025-03-07' });

  it('stays sold out until the business-day cut-off, then is on sale again', () => {
    expect(effectiveStatus(soldOut, at(7, 12), clock)).toBe('sold_out');
    expect(effectiveStatus(soldOut, at(8, 3, 59), clock)).toBe('sold_out');
    expect(effectiveStatus(soldOut, at(8, 4), clock)).toBe('on_sale');
    expect(nextStatusChangeAt(at(7, 12), clock)).toBe(at(8, 4));
  });

  it('follows the vendor zone, not the device zone', () => {
    const london: ShopClock = { timeZone: 'Europe/London', cutoffMinutes: 0 };
    const marked = sampleItem({ soldOutBusinessDate: '2025-03-07' });
    expect(effectiveStatus(marked, at(7, 23, 59, 'Europe/London'), london)).toBe('sold_out');
    expect(effectiveStatus(marked, at(8, 0, 0, 'Europe/London'), london)).toBe('on_sale');
  });

  it('an off-sale item stays off sale', () => {
    expect(effectiveStatus({ ...soldOut, status: 'off_sale' }, at(7, 12), clock)).toBe('off_sale');
  });
});

describe('daily stock', () => {
  const stocked = sampleItem({ dailyStock: 2 });
  const entries = [
    entry(1, '2025-03-06', -2),
    entry(2, '2025-03-07', -1),
    entry(3, '2025-03-07', -1),
  ];

  it('is sold out when the day’s sales use it up, counting only that business day', () => {
    expect(remainingStock(stocked, at(7, 12), clock, entries)).toBe(0);
    expect(effectiveStatus(stocked, at(7, 12), clock, entries)).toBe('sold_out');
    expect(remainingStock(stocked, at(8, 12), clock, entries)).toBe(2);
    expect(effectiveStatus(stocked, at(8, 12), clock, entries)).toBe('on_sale');
  });

  it('a sale at 01:30 belongs to the business day before', () => {
    expect(remainingStock(stocked, at(8, 1, 30), clock, entries)).toBe(0);
  });

  it('a reversing correction puts the portion back', () => {
    const corrected = [...entries, entry(4, '2025-03-07', 1, 'correction')];
    expect(effectiveStatus(stocked, at(7, 12), clock, corrected)).toBe('on_sale');
    expect(remainingStock(stocked, at(7, 12), clock, corrected)).toBe(1);
  });

  it('is unlimited without a daily stock, whatever the ledger says', () => {
    expect(remainingStock(sampleItem(), at(7, 12), clock, entries)).toBeNull();
    expect(effectiveStatus(sampleItem(), at(7, 12), clock, entries)).toBe('on_sale');
  });

  it('computes the delta that sets what is left', () => {
    expect(deltaToReach(0, 5)).toBe(5);
    expect(deltaToReach(7, 5)).toBe(-2);
  });
});
