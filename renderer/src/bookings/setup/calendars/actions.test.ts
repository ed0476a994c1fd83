import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { importWindow, parseCalendar } from '@domain/bookings/ical/import';
import { newId } from '@domain/ids';
import { zonedTimeToEpoch } from '@domain/time';
import holidays from '@domain/bookings/ical/fixtures/holidays-cn.ics?raw';
import { VendorDb } from '../../../db/vendor-db';
import { fileCalendarId, importFile, isSubscribableUrl, subscriptionUrl } from './actions';

const dbs: VendorDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('importing a calendar file at the desk', () => {
  it('writes closed days as one outbox change, and a second import replaces the first', async () => {
    const vendorId = newId();
    const db = new VendorDb(vendorId);
    dbs.push(db);
    const now = zonedTimeToEpoch({ year: 2026, month: 12, day: 2, hour: 12 }, 'Asia/Shanghai');
    const read = (text: string) => {
      const parsed = parseCalendar(text, {
        timeZone: 'Asia/Shanghai',
        ...importWindow(now, 'Asia/Shanghai'),
      });
      if (!parsed.ok) throw new Error(parsed.error);
      return parsed.events;
    };
    const events = read(holidays);
    expect(await importFile(db, vendorId, { kind: 'closedDays' }, events)).toEqual({ ok: true });
    const calendarId = fileCalendarId(vendorId, { kind: 'closedDays' });
    const dates = async () =>
      (await db.bookingException.where('calendarId').equals(calendarId).sortBy('date')).map(
        (row) => row.date,
      );
    expect(await dates()).toEqual(['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08']);
    expect((await db.outbox.toArray()).map((entry) => entry.name)).toEqual([
      'bookingCalendar.import',
    ]);
    await importFile(db, vendorId, { kind: 'closedDays' }, events.slice(1));
    expect(await dates()).toEqual(['2027-02-06', '2027-02-07', '2027-02-08']);
  });

  it('accepts only https subscription addresses', () => {
    expect(isSubscribableUrl('https://calendar.example/holidays.ics')).toBe(true);
    expect(isSubscribableUrl(' https://calendar.example/a.ics ')).toBe(true);
    expect(isSubscribableUrl('http://calendar.example/a.ics')).toBe(false);
    expect(isSubscribableUrl('webcal://calendar.example/a.ics')).toBe(true);
    expect(subscriptionUrl('webcal://calendar.example/a.ics')).toBe(
      'https://calendar.example/a.ics',
    );
    expect(isSubscribableUrl('https://user:pw@calendar.example/a.ics')).toBe(false);
    expect(isSubscribableUrl('not a url')).toBe(false);
  });
});
