/** Calendar files (.ics) in and out: import (closed days, busy times) and export (bookings). */
export * from './import';
export * from './export';
export { writeCalendar, type IcsCalendar, type IcsEvent } from './writer';
