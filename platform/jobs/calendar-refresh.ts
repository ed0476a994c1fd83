/**
 * The subscribed-calendar refresh job: per shop with an active calendarSubscription, every hour,
 * each of its subscriptions is fetched and imported (platform/bookings/calendar-subscriptions.ts).
 * One failing calendar does not stop the others; its error is recorded for the console. A shop
 * whose subscriptions were all turned off needs the job no more.
 */
import type { FetchLimits } from '../bookings/calendar-fetch';
import { activeSubscriptions, refreshSubscription } from '../bookings/calendar-subscriptions';
import type { JobKind } from './runner';

export const CALENDAR_REFRESH_JOB = 'calendar.refresh';
export const CALENDAR_REFRESH_MS = 60 * 60_000;

/** The job; tests pass fetch limits with their local server's origin allowed. */
export function calendarRefreshJob(options: { limits?: FetchLimits } = {}): JobKind {
  return {
    kind: CALENDAR_REFRESH_JOB,
    discover: async (db) => {
      const rows = await db.query<{ vendor_id: string }>(
        `select distinct vendor_id from entities
         where tbl = 'calendarSubscription' and not deleted and (data ->> 'active')::boolean`,
      );
      return rows.map((row) => row.vendor_id);
    },
    run: async ({ db, rules, key: vendorId, now }) => {
      const subscriptions = await activeSubscriptions(db, vendorId);
      if (subscriptions.length === 0) return null;
      for (const subscription of subscriptions) {
        await refreshSubscription(db, rules, vendorId, subscription, now, options);
      }
      return now + CALENDAR_REFRESH_MS;
    },
  };
}
