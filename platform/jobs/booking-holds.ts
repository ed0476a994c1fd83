/**
 * Unpaid holds run out: a customer's booking waiting for its deposit (status 'requested',
 * deposit 'pending', holdUntil passed) is cancelled by the platform with the reason
 * 'deposit_not_paid', which frees its slot for someone else, and its payment order is expired (a
 * payment that still arrives is refunded at once: payments/orders.ts). The change's id is derived
 * from the booking and its hold, so a run repeated changes nothing. Looked for among the bookings
 * starting from an hour ago to the furthest a customer may book ahead.
 */
import { transitionArgs } from '../../domain/bookings/build';
import { transitionBooking } from '../../domain/bookings/mutations';
import { derivedId } from '../../domain/ids';
import type { PaymentOrders } from '../payments/orders';
import { originate } from '../sync/originate';
import { bookingShops, holdingStarting, shopOf } from './booking-shared';
import type { JobKind } from './runner';

export const BOOKING_HOLDS_JOB = 'booking.holds';
export const HOLD_EXPIRED_REASON = 'deposit_not_paid';
const DAY_MS = 86_400_000;

export function bookingHoldsJob(payments?: PaymentOrders): JobKind {
  return {
    kind: BOOKING_HOLDS_JOB,
    discover: bookingShops,
    run: async ({ db, rules, key: vendorId, now }) => {
      const { settings } = await shopOf(db, vendorId);
      if (!settings) return null;
      const bookings = await holdingStarting(
        db,
        vendorId,
        now - 3_600_000,
        now + (settings.maxDaysAhead + 1) * DAY_MS,
      );
      let next = now + 60_000;
      for (const booking of bookings) {
        if (booking.status !== 'requested' || booking.holdUntil === null) continue;
        if (booking.deposit.state !== 'pending') continue;
        if (booking.holdUntil > now) {
          next = Math.min(next, booking.holdUntil);
          continue;
        }
        const id = derivedId(booking.id, `hold.expired.${booking.holdUntil}`);
        const args = transitionArgs(booking, {
          to: 'cancelled',
          at: now,
          by: 'platform',
          cancelledBy: 'platform',
          reason: HOLD_EXPIRED_REASON,
          eventId: derivedId(id, 'event'),
        });
        await originate(db, rules, vendorId, { name: transitionBooking.name, args, id }, now);
        const paymentId = booking.deposit.paymentId;
        if (paymentId && payments) await payments.expire(paymentId, now);
        else if (paymentId) {
          await db.query(
            `update payment_orders set state = 'expired', updated_at = $2 where id = $1 and state = 'pending'`,
            [paymentId, now],
          );
        }
      }
      return next;
    },
  };
}
