/**
 * Booking fixtures for the platform's tests: the settings of a shop that takes bookings online by
 * table, in 15-minute slots, an hour to 30 days ahead, with every message on. Pass overrides for
 * what a test is about.
 */
import type { BookingSettings } from '../../domain/bookings/schema';

export function bookingSettings(
  vendorId: string,
  overrides: Partial<BookingSettings> = {},
): BookingSettings {
  return {
    id: vendorId,
    mode: 'tables',
    slotMinutes: 15,
    pacing: { maxBookings: null, maxCovers: null },
    leadMinutes: 60,
    maxDaysAhead: 30,
    turnTimes: [{ maxParty: 20, minutes: 90 }],
    autoConfirm: true,
    depositRules: [],
    refundBeforeHours: 24,
    policyText: { zh: '提前 24 小时取消可退定金', en: 'Cancel 24 h ahead for a refund' },
    queueTypes: [],
    reminders: { callTomorrow: true, newBooking: true, beforeStartMin: null },
    messages: { confirmation: true, reminderBeforeMin: 120, cancellation: true },
    online: true,
    updatedAt: 0,
    ...overrides,
  };
}
