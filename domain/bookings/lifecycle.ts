/**
 * A booking's life and what each step does to its deposit.
 *
 *   requested ─┬─> confirmed ─┬─> seated ──> completed
 *              │              ├─> cancelled
 *              │              └─> noShow
 *              ├─> seated         (the guest arrived before the shop confirmed: checking them in
 *              │                   confirms it)
 *              └─> cancelled      (declined by the shop, withdrawn by the guest, or its deposit
 *                                  hold ran out on the platform)
 *
 * completed, cancelled and noShow are final: a mistake is corrected by a new booking, not by
 * bringing an old one back (its slot may be someone else's by now, and the deposit moved). A
 * requested booking cannot be a no-show: the shop never said yes, so it cancels it instead. A
 * seated party is not cancelled (it is completed, however short the visit).
 *
 * The deposit: a paid one is refunded when the shop (or the platform) cancels, or the guest
 * cancels at least `refundBeforeHours` before the start; kept when the guest cancels later or does
 * not come. One still due (never paid) is simply no longer asked for. One pending at the payment
 * provider is left as it is: the provider's answer decides it (booking.recordDeposit).
 */
import type { Booking, BookingSettings, BookingStatus, Deposit } from './schema';

const NEXT: Record<BookingStatus, readonly BookingStatus[]> = {
  requested: ['confirmed', 'seated', 'cancelled'],
  confirmed: ['seated', 'cancelled', 'noShow'],
  seated: ['completed'],
  completed: [],
  cancelled: [],
  noShow: [],
};

/** The statuses a booking may go to from this one, in the order a desk offers them. */
export function nextStatuses(status: BookingStatus): readonly BookingStatus[] {
  return NEXT[status];
}

export function canTransition(from: BookingStatus, to: BookingStatus): boolean {
  return NEXT[from].includes(to);
}

export function isFinal(status: BookingStatus): boolean {
  return NEXT[status].length === 0;
}

const HOUR_MS = 3_600_000;

/**
 * What a step to `to` does to the booking's deposit; null when it leaves it as it is. `at` is when
 * the step happens (a cancellation's distance to the start decides a refund).
 */
export function depositAfter(
  booking: Pick<Booking, 'deposit' | 'startsAt'>,
  to: BookingStatus,
  options: {
    at: number;
    cancelledBy: 'shop' | 'customer' | 'platform' | null;
    settings: Pick<BookingSettings, 'refundBeforeHours'>;
  },
): Deposit | null {
  const { deposit } = booking;
  // Nothing was paid yet: none is owed any more (a payment that still arrives after the
  // cancellation is refunded by the payment orders at once).
  const unpaid = deposit.state === 'due' || deposit.state === 'pending';
  if (to === 'cancelled') {
    if (unpaid) return { ...deposit, state: 'none' };
    if (deposit.state !== 'paid') return null;
    const inTime =
      options.cancelledBy !== 'customer' ||
      options.at <= booking.startsAt - options.settings.refundBeforeHours * HOUR_MS;
    return { ...deposit, state: inTime ? 'refunded' : 'kept' };
  }
  if (to === 'noShow') {
    if (unpaid) return { ...deposit, state: 'none' };
    return deposit.state === 'paid' ? { ...deposit, state: 'kept' } : null;
  }
  return null;
}
