import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '@domain/ids';
import { NO_DEPOSIT } from '@domain/bookings/schema';
import { VendorDb } from '../db/vendor-db';
import { changeStatus, createDeskBooking, moveBooking, seatWalkIn } from './actions';
import { findGuests, loadBookingsOnDays } from './data/use-bookings';

const dbs: VendorDb[] = [];
const openDb = () => {
  const db = new VendorDb(newId());
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const clock = { timeZone: 'Asia/Shanghai', businessDayCutoff: '04:00' };
const table = newId();
const other = newId();
// 2026-12-04 19:00 and 01:30 the next night (CST): both of the 4th's business day.
const evening = Date.parse('2026-12-04T11:00:00Z');
const lateNight = Date.parse('2026-12-04T17:30:00Z');

describe('the desk’s booking changes', () => {
  it('books a new guest in one change, moves it, and reads it by the shop’s business day', async () => {
    const db = openDb();
    const id = await createDeskBooking(db, clock, {
      startsAt: evening,
      endsAt: evening + 90 * 60_000,
      resourceIds: [table],
      partySize: 4,
      serviceId: null,
      bufferAfterMin: 0,
      customerId: null,
      newGuest: { name: '张三', phone: '13900001111' },
      note: '靠窗',
      deposit: NO_DEPOSIT,
    });
    const booking = (await db.booking.get(id))!;
    expect(booking).toMatchObject({ status: 'confirmed', source: 'desk', days: ['2026-12-04'] });
    expect((await db.customerPersonal.get(booking.customerId!))?.name).toBe('张三');
    expect((await findGuests(db, '1111')).map((p) => p.name)).toEqual(['张三']);
    expect((await db.outbox.toArray()).map((e) => e.name)).toEqual(['booking.create']);

    await moveBooking(db, clock, booking, {
      startsAt: lateNight,
      endsAt: lateNight + 60 * 60_000,
      resourceIds: [other],
    });
    expect((await loadBookingsOnDays(db, ['2026-12-04'])).map((b) => b.id)).toEqual([id]);
    expect(await loadBookingsOnDays(db, ['2026-12-05'])).toEqual([]);
    expect((await db.booking.get(id))?.resourceIds).toEqual([other]);
  });

  it('seats a walk-in at once and steps a booking through its life with the ledger', async () => {
    const db = openDb();
    const id = await seatWalkIn(
      db,
      clock,
      { resourceIds: [table], partySize: 2, minutes: 90, newGuest: null },
      evening,
    );
    expect(await db.booking.get(id)).toMatchObject({
      status: 'seated',
      source: 'walkIn',
      customerId: null,
    });
    await changeStatus(db, (await db.booking.get(id))!, { to: 'completed', deposit: () => null });
    expect((await db.booking.get(id))?.status).toBe('completed');
    const events = await db.bookingEvent.where('bookingId').equals(id).toArray();
    expect(events.map((e) => [e.from, e.to])).toEqual([
      [null, 'seated'],
      ['seated', 'completed'],
    ]);
  });
});
