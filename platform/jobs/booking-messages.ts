/**
 * Messages to guests about their bookings, by SMS (messages/sms.ts), as the shop's settings ask
 * (settings.messages): a confirmation when a booking is made or confirmed, a cancellation when it
 * is cancelled (read from the bookingEvent ledger after the shop's cursor), and a reminder the
 * shop's `reminderBeforeMin` before it starts. Each message is recorded in sent_messages under a
 * key of what it is about (the event, or the booking and its start) before it is sent, so a job
 * repeated or run by two instances sends it at most once; a guest without a phone gets none.
 */
import type { Booking, BookingEvent } from '../../domain/bookings/schema';
import type { Database } from '../db/database';
import { SandboxSmsProvider, type SmsProvider } from '../messages/sms';
import {
  bookingShops,
  entity,
  guestPhone,
  holdingStarting,
  shopOf,
  whenText,
} from './booking-shared';
import type { JobKind } from './runner';

export const BOOKING_MESSAGES_JOB = 'booking.messages';
const MINUTE_MS = 60_000;

/** Claims a message; true when this run is the one to send it. */
async function claim(db: Database, vendorId: string, key: string, now: number): Promise<boolean> {
  const rows = await db.query(
    `insert into sent_messages (key, vendor_id, sent_at) values ($1, $2, $3)
     on conflict (key) do nothing returning key`,
    [key, vendorId, now],
  );
  return rows.length > 0;
}

/** `sms`: the platform's provider; by default the sandbox, recording in the job's database. */
export function bookingMessagesJob(provider?: SmsProvider): JobKind {
  return {
    kind: BOOKING_MESSAGES_JOB,
    discover: bookingShops,
    run: async ({ db, key: vendorId, now }) => {
      const sms = provider ?? new SandboxSmsProvider(db, () => now);
      const shop = await shopOf(db, vendorId);
      const { settings } = shop;
      if (!settings) return null;
      const when = (at: number) => whenText(at, shop.timeZone, 'zh-CN');

      const [cursor] = await db.query<{ seq: number }>(
        'select seq from booking_message_cursors where vendor_id = $1',
        [vendorId],
      );
      const events = await db.query<{ data: BookingEvent; seq: number }>(
        `select data, seq from ledger_entries where vendor_id = $1 and tbl = 'bookingEvent' and seq > $2
         order by seq, id limit 500`,
        [vendorId, Number(cursor?.seq ?? 0)],
      );
      for (const { data: event } of events) {
        const confirmation =
          settings.messages.confirmation &&
          ((event.from === null && (event.to === 'confirmed' || event.to === 'requested')) ||
            (event.from === 'requested' && event.to === 'confirmed'));
        const cancellation = settings.messages.cancellation && event.to === 'cancelled';
        if (!confirmation && !cancellation) continue;
        const booking = await entity<Booking>(db, vendorId, 'booking', event.bookingId);
        const phone = booking && (await guestPhone(db, vendorId, booking.customerId));
        if (!booking || !phone) continue;
        const template = confirmation ? 'confirmation' : 'cancellation';
        if (!(await claim(db, vendorId, `${event.id}:${template}`, now))) continue;
        if (confirmation) {
          await sms.send({
            to: phone,
            vendorId,
            template: 'confirmation',
            params: {
              shop: shop.name,
              when: when(booking.startsAt),
              party: booking.partySize,
              code: booking.code,
              confirmed: event.to === 'confirmed',
            },
          });
        } else {
          await sms.send({
            to: phone,
            vendorId,
            template: 'cancellation',
            params: {
              shop: shop.name,
              when: when(booking.startsAt),
              code: booking.code,
              refundFen: event.deposit === 'refunded' ? booking.deposit.amountFen : null,
            },
          });
        }
      }
      const last = events.at(-1);
      if (last) {
        await db.query(
          `insert into booking_message_cursors (vendor_id, seq) values ($1, $2)
           on conflict (vendor_id) do update set seq = greatest(booking_message_cursors.seq, excluded.seq)`,
          [vendorId, Number(last.seq)],
        );
      }

      const before = settings.messages.reminderBeforeMin;
      if (before !== null) {
        for (const booking of await holdingStarting(db, vendorId, now, now + before * MINUTE_MS)) {
          if (booking.status === 'seated') continue;
          const phone = await guestPhone(db, vendorId, booking.customerId);
          if (!phone) continue;
          if (!(await claim(db, vendorId, `${booking.id}:reminder:${booking.startsAt}`, now)))
            continue;
          await sms.send({
            to: phone,
            vendorId,
            template: 'reminder',
            params: {
              shop: shop.name,
              when: when(booking.startsAt),
              party: booking.partySize,
              code: booking.code,
            },
          });
        }
      }
      return events.length === 500 ? now : now + MINUTE_MS;
    },
  };
}
