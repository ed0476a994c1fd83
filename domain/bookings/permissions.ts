/**
 * The bookings part's rights. Anyone at the desk may book, move, check in, seat walk-ins and run
 * the waitlist; what the shop offers (resources, services, hours, pacing, deposit rules,
 * calendars) needs `bookings.settings`, and taking a deposit back or keeping it outside a status
 * step needs `bookings.deposits`, so a cashier asks a manager.
 */
import type { PermissionDeclaration } from '../parts/define';

export const bookingPermissions: readonly PermissionDeclaration[] = [
  {
    id: 'bookings.settings',
    guards: [
      { mutation: 'resource.put' },
      { mutation: 'service.put' },
      { mutation: 'bookingSettings.put' },
      { mutation: 'bookingException.put' },
      { mutation: 'bookingException.delete' },
      { mutation: 'bookingCalendar.import' },
      { mutation: 'calendarSubscription.put' },
    ],
  },
  {
    id: 'bookings.deposits',
    guards: [
      {
        mutation: 'booking.recordDeposit',
        when: (args) => {
          const state = (args as { deposit?: { state?: string } }).deposit?.state;
          return state === 'refunded' || state === 'kept';
        },
      },
    ],
  },
];
