/**
 * The small facts about a booking every maker of one works out the same way: the business dates
 * it touches (the day index of the local store), its code, and a shop's starting settings.
 */
import { addCalendarDays, businessDate, parseClock } from '../time';
import type { BusinessCategory } from '../vendor/schema';
import { BOOKING_CODE_ALPHABET, type BookingSettings } from './schema';

/**
 * The business dates (shop's zone, its cut-off) that [startsAt, endsAt) touches, oldest first: a
 * dinner gives one, a three-night stay four. An end exactly at a day's start does not touch it.
 */
export function bookingDays(
  startsAt: number,
  endsAt: number,
  timeZone: string,
  cutoff: string,
): string[] {
  const cutoffMinutes = parseClock(cutoff) ?? 0;
  const first = businessDate(startsAt, timeZone, cutoffMinutes);
  const last = businessDate(Math.max(startsAt, endsAt - 1), timeZone, cutoffMinutes);
  const days = [first];
  while (days[days.length - 1]! < last && days.length < 32) {
    days.push(addCalendarDays(days[days.length - 1]!, 1));
  }
  return days;
}

/** A booking code from `random` bytes (crypto.getRandomValues on a desk, randomBytes on the platform). */
export function bookingCode(random: Uint8Array): string {
  if (random.length < 8) throw new RangeError('a booking code needs 8 random bytes');
  let code = '';
  for (let i = 0; i < 8; i += 1) {
    code += BOOKING_CODE_ALPHABET[random[i]! % BOOKING_CODE_ALPHABET.length];
  }
  return code;
}

export function newBookingCode(): string {
  return bookingCode(globalThis.crypto.getRandomValues(new Uint8Array(8)));
}

/** What a shop's bookings start as: by what it is, a restaurant's tables or a salon's staff. */
export function defaultBookingSettings(
  vendorId: string,
  category: BusinessCategory,
  now: number,
): BookingSettings {
  const mode =
    category === 'hotel'
      ? 'rooms'
      : category === 'salon' || category === 'clinic' || category === 'repair'
        ? 'services'
        : 'tables';
  return {
    id: vendorId,
    mode,
    slotMinutes: 15,
    pacing: { maxBookings: null, maxCovers: null },
    leadMinutes: 30,
    maxDaysAhead: 60,
    turnTimes: [
      { maxParty: 2, minutes: 90 },
      { maxParty: 4, minutes: 105 },
      { maxParty: 8, minutes: 120 },
      { maxParty: 200, minutes: 150 },
    ],
    autoConfirm: true,
    depositRules: [],
    refundBeforeHours: 24,
    policyText: { zh: null, en: null },
    queueTypes: [
      {
        prefix: 'A',
        name: { zh: '小桌（1–2 人）', en: 'Small table (1–2)' },
        minParty: 1,
        maxParty: 2,
      },
      {
        prefix: 'B',
        name: { zh: '中桌（3–4 人）', en: 'Medium table (3–4)' },
        minParty: 3,
        maxParty: 4,
      },
      {
        prefix: 'C',
        name: { zh: '大桌（5 人以上）', en: 'Large table (5+)' },
        minParty: 5,
        maxParty: 200,
      },
    ],
    reminders: { callTomorrow: true, newBooking: true, beforeStartMin: 10 },
    messages: { confirmation: true, reminderBeforeMin: 120, cancellation: true },
    online: true,
    updatedAt: now,
  };
}
