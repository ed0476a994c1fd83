import { describe, expect, it } from 'vitest';
import { newBookingArgs } from '@domain/bookings/build';
import { defaultBookingSettings } from '@domain/bookings/days';
import type { Resource, WaitlistEntry } from '@domain/bookings/schema';
import { newId } from '@domain/ids';
import {
  estimatedWaitMin,
  formatQueueNumber,
  freeTableSets,
  guestCustomer,
  nextNumber,
  queueFor,
  queueLine,
  turnMinutesFor,
} from './waitlist';

const settings = defaultBookingSettings(newId(), 'restaurant', 0);
const clock = { timeZone: 'Asia/Shanghai', businessDayCutoff: '04:00' };

function entry(prefix: string, number: number, over: Partial<WaitlistEntry> = {}): WaitlistEntry {
  return {
    id: newId(),
    businessDate: '2026-12-02',
    prefix,
    number,
    partySize: 2,
    customerId: null,
    status: 'waiting',
    createdAt: number,
    statusAt: number,
    bookingId: null,
    ...over,
  };
}

function table(name: string, area: string, min: number, max: number, combinable = true): Resource {
  return {
    id: newId(),
    kind: 'table',
    name,
    area,
    minParty: min,
    maxParty: max,
    combinable,
    serviceIds: [],
    workingHours: null,
    sort: 0,
    archived: false,
    createdAt: 0,
  };
}

describe('taking a number', () => {
  it('picks the queue by party size and numbers per day and queue', () => {
    expect(queueFor(2, settings.queueTypes)?.prefix).toBe('A');
    expect(queueFor(4, settings.queueTypes)?.prefix).toBe('B');
    expect(queueFor(12, settings.queueTypes)?.prefix).toBe('C');
    expect(queueFor(3, [])).toBeNull();
    const entries = [
      entry('A', 1),
      entry('A', 11),
      entry('B', 3),
      entry('A', 40, { businessDate: '2026-12-01' }),
    ];
    expect(nextNumber(entries, '2026-12-02', 'A')).toBe(12);
    expect(nextNumber(entries, '2026-12-03', 'A')).toBe(1);
    expect(formatQueueNumber({ prefix: 'A', number: 12 })).toBe('A012');
  });

  it('lists a queue’s open numbers in order', () => {
    const entries = [
      entry('A', 3),
      entry('A', 1, { status: 'seated' }),
      entry('A', 2, { status: 'called' }),
    ];
    expect(queueLine(entries, 'A').map(formatQueueNumber)).toEqual(['A002', 'A003']);
  });
});

describe('the estimated wait', () => {
  it('is nothing with a free table, and grows with the parties ahead', () => {
    const entries = [entry('A', 1), entry('A', 2), entry('A', 3)];
    expect(turnMinutesFor(settings.turnTimes, 2)).toBe(90);
    expect(turnMinutesFor(settings.turnTimes, 999)).toBe(150);
    expect(estimatedWaitMin(entries[0]!, entries, settings, { fitting: 3, freeNow: 1 })).toBe(0);
    // Two ahead, no table free, three tables turning every 90 minutes: 3 × 90 / 3.
    expect(estimatedWaitMin(entries[2]!, entries, settings, { fitting: 3, freeNow: 0 })).toBe(90);
    expect(estimatedWaitMin(entries[1]!, entries, settings, { fitting: 6, freeNow: 0 })).toBe(30);
  });
});

describe('the free tables for a party seated now', () => {
  const now = Date.UTC(2026, 11, 2, 11, 0);
  const a1 = table('A1', '大厅', 2, 4);
  const a2 = table('A2', '大厅', 2, 4);
  const v1 = table('V1', '包间', 6, 10, false);

  it('gives single tables that fit, skipping taken ones', () => {
    const taken = newBookingArgs(
      {
        startsAt: now - 30 * 60_000,
        endsAt: now + 30 * 60_000,
        resourceIds: [a1.id],
        partySize: 2,
        status: 'seated',
        source: 'walkIn',
        by: 'desk',
        at: now,
      },
      clock,
    ).booking;
    expect(freeTableSets(2, now, 90, [a1, a2, v1], [taken])).toEqual([[a2.id]]);
    expect(freeTableSets(2, now, 90, [a1, a2, v1], [{ ...taken, status: 'completed' }])).toEqual([
      [a1.id],
      [a2.id],
    ]);
    expect(freeTableSets(8, now, 120, [a1, a2, v1], [])).toEqual([[v1.id]]);
  });

  it('pushes combinable tables of one area together when no single table fits', () => {
    expect(freeTableSets(7, now, 120, [a1, a2], [])).toEqual([[a1.id, a2.id]]);
    expect(freeTableSets(12, now, 120, [a1, a2], [])).toEqual([]);
  });
});

describe('the walk-in’s customer record', () => {
  it('is the one known by the phone, a new one, or none', () => {
    expect(guestCustomer('王', '13812345678', { id: 'known' }, 1)).toEqual({
      customerId: 'known',
      newCustomer: null,
    });
    expect(guestCustomer('  ', null, undefined, 1)).toEqual({
      customerId: null,
      newCustomer: null,
    });
    const made = guestCustomer('王先生', '13812345678', undefined, 5);
    expect(made.newCustomer?.personal).toMatchObject({ name: '王先生', phone: '13812345678' });
    expect(made.customerId).toBe(made.newCustomer?.customer.id);
  });
});
