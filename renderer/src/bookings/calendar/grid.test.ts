import { describe, expect, it } from 'vitest';
import { defaultBookingSettings } from '@domain/bookings/days';
import type { BookingException, Resource } from '@domain/bookings/schema';
import { zonedTimeToEpoch } from '@domain/time';
import { sampleBooking, sampleResource, sampleService } from '@domain/test-support/bookings';
import { defaultOpeningHours, type OpeningHours } from '@domain/vendor/schema';
import { anyoneFree, blockTop, dayWindow, ROW_PX, slotAt, weekDates } from './grid';

const hours = (open: string, close: string): OpeningHours =>
  Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, [{ open, close }]])) as OpeningHours;
const profile = (timeZone: string, openingHours: OpeningHours) => ({
  timeZone,
  businessDayCutoff: '04:00',
  openingHours,
});
const closed = (date: string): BookingException => ({
  id: '0193a000-0000-7000-8000-0000000000aa',
  date,
  kind: 'closed',
  hours: [],
  label: '元旦',
  source: 'manual',
  calendarId: null,
  createdAt: 0,
});

describe('the day grid in the shop’s zone', () => {
  it('runs from the opening to a close past midnight, by slot', () => {
    const day = dayWindow(
      '2026-12-04',
      { profile: profile('Asia/Shanghai', hours('17:00', '02:00')), exceptions: [] },
      30,
    );
    expect(new Date(day.start).toISOString()).toBe('2026-12-04T09:00:00.000Z'); // 17:00 CST
    expect(new Date(day.end).toISOString()).toBe('2026-12-04T18:00:00.000Z'); // 02:00 CST
    expect(day.rows).toHaveLength(18);
    expect(day.closed).toBe(false);
  });

  it('steps in real time across a DST change (Berlin, 29 March 2026: 02:00 → 03:00)', () => {
    const day = dayWindow(
      '2026-03-28',
      { profile: profile('Europe/Berlin', hours('20:00', '04:00')), exceptions: [] },
      60,
    );
    // 20:00 CET to 04:00 CEST is seven real hours, not eight.
    expect(day.rows).toHaveLength(7);
    expect(new Date(day.start).toISOString()).toBe('2026-03-28T19:00:00.000Z');
    expect(new Date(day.end).toISOString()).toBe('2026-03-29T02:00:00.000Z');
  });

  it('marks a closed day and still shows the weekday’s hours to book against', () => {
    const day = dayWindow(
      '2027-01-01',
      {
        profile: profile('Asia/Shanghai', defaultOpeningHours()),
        exceptions: [closed('2027-01-01')],
      },
      15,
    );
    expect(day.closed).toBe(true);
    expect(day.periods).toEqual([]);
    expect(day.rows.length).toBeGreaterThan(0);
  });

  it('reaches out to a booking outside the hours, within the business day', () => {
    const ctx = { profile: profile('Asia/Shanghai', hours('10:00', '14:00')), exceptions: [] };
    const late = Date.parse('2026-12-04T12:00:00Z'); // 20:00 CST
    const day = dayWindow('2026-12-04', ctx, 15, [{ startsAt: late, endsAt: late + 3_600_000 }], {
      startMs: Date.parse('2026-12-03T20:00:00Z'),
      endMs: Date.parse('2026-12-04T20:00:00Z'),
    });
    expect(day.end).toBe(late + 3_600_000);
  });

  it('places blocks and pointers by slot', () => {
    const day = dayWindow(
      '2026-12-04',
      { profile: profile('Asia/Shanghai', hours('09:00', '21:00')), exceptions: [] },
      15,
    );
    expect(blockTop(day, day.start + 4 * 15 * 60_000)).toBe(4 * ROW_PX);
    expect(slotAt(day, 4 * ROW_PX + 3)).toBe(day.start + 4 * 15 * 60_000);
    expect(slotAt(day, -50)).toBe(day.start);
  });

  it('starts a week on Monday', () => {
    expect(weekDates('2026-12-03')[0]).toBe('2026-11-30');
    expect(weekDates('2026-12-06')[6]).toBe('2026-12-06');
  });
});

describe('anyone free for a service at the desk', () => {
  const id = (n: number) => `0193a000-0000-7000-8000-${String(n).padStart(12, '0')}`;
  const at = (hour: number, minute = 0) =>
    zonedTimeToEpoch({ year: 2026, month: 12, day: 4, hour, minute }, 'Asia/Shanghai');
  const cut = sampleService({
    id: id(50),
    name: { zh: '洗剪吹', en: 'Wash, cut and blow-dry' },
    durationMin: 60,
    priceFen: 12800,
  });
  const stylist = (n: number, extra: Partial<Resource> = {}): Resource =>
    sampleResource({
      id: id(n),
      name: `S${n}`,
      kind: 'staff',
      serviceIds: [cut.id],
      sort: n,
      ...extra,
    });
  const ctx = (
    resources: Resource[],
    bookings = [
      sampleBooking({
        id: id(900),
        resourceIds: [id(1)],
        startsAt: at(10),
        endsAt: at(11),
        bufferAfterMin: 15,
        serviceId: cut.id,
      }),
    ],
  ) => ({
    profile: {
      timeZone: 'Asia/Shanghai',
      businessDayCutoff: '04:00',
      openingHours: defaultOpeningHours(),
    },
    settings: defaultBookingSettings(id(99), 'salon', 0),
    resources,
    services: [cut],
    exceptions: [],
    bookings,
    busyBlocks: [],
  });

  it('passes over a stylist who is busy, in the buffer after, or does not do the service', () => {
    const both = ctx([stylist(1), stylist(2)]);
    expect(anyoneFree(both, cut.id, at(10))).toBe(id(2));
    // 11:00 is in the first stylist's 15 minutes after; 11:15 is not.
    expect(anyoneFree(both, cut.id, at(11))).toBe(id(2));
    expect(anyoneFree(both, cut.id, at(11, 15))).toBe(id(1));
    expect(anyoneFree(ctx([stylist(1), stylist(2, { serviceIds: [] })]), cut.id, at(10))).toBe(
      null,
    );
  });

  it('passes over a stylist not working then, and one archived', () => {
    const late = { ...defaultOpeningHours(), 5: [{ open: '14:00', close: '21:00' }] };
    expect(anyoneFree(ctx([stylist(1), stylist(2, { workingHours: late })]), cut.id, at(10))).toBe(
      null,
    );
    expect(anyoneFree(ctx([stylist(1), stylist(2, { archived: true })]), cut.id, at(10))).toBe(
      null,
    );
    expect(anyoneFree(ctx([stylist(2, { workingHours: late })], []), cut.id, at(14))).toBe(id(2));
  });
});
