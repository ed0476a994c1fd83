/**
 * The bookings part's texts. The manifest's texts are under `part` (its rules' texts in
 * bookings/rules.ts); the pages' texts sit in bookings/*.ts, one file per area, gathered here.
 */
import calendar from './bookings/calendar';
import desk from './bookings/desk';
import ical from './bookings/ical';
import rules from './bookings/rules';
import setup from './bookings/setup';

export default {
  ...calendar,
  ...setup,
  ...desk,
  ...ical,
  page: { tabs: { calendar: 'Calendar', waitlist: 'Waitlist', setup: 'Set-up' } },
  part: {
    name: 'Bookings',
    tables: {
      resource: 'Tables, rooms and staff',
      service: 'Services',
      bookingSettings: 'Booking settings',
      bookingException: 'Closed days and special hours',
      busyBlock: 'Busy times',
      calendarSubscription: 'Subscribed calendars',
      booking: 'Bookings',
      bookingEvent: 'Booking history',
      waitlistEntry: 'Waitlist',
    },
    changes: {
      resource: { put: 'Save table, room or staff member' },
      service: { put: 'Save service' },
      bookingSettings: { put: 'Change booking settings' },
      bookingException: {
        put: 'Save closed day or special hours',
        delete: 'Remove closed day or special hours',
      },
      busyBlock: { put: 'Save busy time', delete: 'Remove busy time' },
      bookingCalendar: { import: 'Import calendar' },
      calendarSubscription: { put: 'Save subscribed calendar' },
      booking: {
        create: 'New booking',
        reschedule: 'Move booking',
        update: 'Edit booking',
        transition: 'Change booking status',
        recordDeposit: 'Record deposit',
      },
      waitlist: { join: 'Add to waitlist', setStatus: 'Call or skip waitlist number' },
    },
    rules,
    permissions: {
      bookings: {
        settings: 'Tables, services, hours and booking rules',
        deposits: 'Refund or keep deposits',
      },
    },
  },
};
