/**
 * Refreshing the calendars a shop subscribed to (calendarSubscription rows, synced from its
 * desks): fetch (calendar-fetch.ts, https and public addresses only), read in the shop's zone
 * (domain/bookings/ical/import.ts), and write what changed as one platform-originated
 * `bookingCalendar.import` change, exactly what a desk importing the file would send; the rows an
 * earlier refresh wrote and this fetch no longer has are removed in the same change. Each
 * subscription's outcome (when, and the error if it failed) is kept in calendar_subscription_state
 * for the console to show. A fetch that gives the rows as they are writes nothing; rows keep their
 * first createdAt; the change's id is derived from the subscription, the day and the content, so a
 * retried run counts once.
 */
import { createHash } from 'node:crypto';
import {
  calendarImportArgs,
  importWindow,
  parseCalendar,
  type ImportTarget,
} from '../../domain/bookings/ical/import';
import { importCalendar } from '../../domain/bookings/mutations';
import type {
  BookingException,
  BusyBlock,
  CalendarSubscription,
} from '../../domain/bookings/schema';
import { derivedId } from '../../domain/ids';
import { DEFAULT_TIME_ZONE, zonedParts } from '../../domain/time';
import type { VendorProfile } from '../../domain/vendor/schema';
import type { Database, Queryable } from '../db/database';
import type { SyncRules } from '../sync/rules';
import { originate } from '../sync/originate';
import {
  CalendarFetchError,
  DEFAULT_FETCH_LIMITS,
  fetchCalendarText,
  type FetchLimits,
} from './calendar-fetch';

export interface SubscriptionState {
  subscriptionId: string;
  fetchedAt: number;
  okAt: number | null;
  /** A fetch error (calendar-fetch.ts codes), an import error (IcalError) or 'rejected'. */
  error: string | null;
}

export async function subscriptionStates(
  db: Queryable,
  vendorId: string,
): Promise<SubscriptionState[]> {
  const rows = await db.query<{
    subscription_id: string;
    fetched_at: number;
    ok_at: number | null;
    error: string | null;
  }>(
    `select subscription_id, fetched_at, ok_at, error from calendar_subscription_state
     where vendor_id = $1 order by subscription_id`,
    [vendorId],
  );
  return rows.map((row) => ({
    subscriptionId: row.subscription_id,
    fetchedAt: Number(row.fetched_at),
    okAt: row.ok_at === null ? null : Number(row.ok_at),
    error: row.error,
  }));
}

async function recordState(
  db: Queryable,
  vendorId: string,
  subscriptionId: string,
  now: number,
  outcome: { error: string } | { ok: true; contentHash: string },
) {
  await db.query(
    `insert into calendar_subscription_state
       (vendor_id, subscription_id, fetched_at, ok_at, error, content_hash)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (vendor_id, subscription_id) do update set
       fetched_at = excluded.fetched_at,
       ok_at = coalesce(excluded.ok_at, calendar_subscription_state.ok_at),
       error = excluded.error,
       content_hash = coalesce(excluded.content_hash, calendar_subscription_state.content_hash)`,
    [
      vendorId,
      subscriptionId,
      now,
      'ok' in outcome ? now : null,
      'error' in outcome ? outcome.error.slice(0, 200) : null,
      'ok' in outcome ? outcome.contentHash : null,
    ],
  );
}

export async function activeSubscriptions(
  db: Queryable,
  vendorId: string,
): Promise<CalendarSubscription[]> {
  const rows = await db.query<{ data: CalendarSubscription }>(
    `select data from entities where vendor_id = $1 and tbl = 'calendarSubscription'
       and not deleted and (data ->> 'active')::boolean order by id`,
    [vendorId],
  );
  return rows.map((row) => row.data);
}

async function shopZone(db: Queryable, vendorId: string): Promise<string> {
  const [row] = await db.query<{ data: Pick<VendorProfile, 'timeZone'> }>(
    `select data from entities where vendor_id = $1 and tbl = 'vendorProfile' and not deleted
     limit 1`,
    [vendorId],
  );
  return row?.data.timeZone ?? DEFAULT_TIME_ZONE;
}

async function rowsFromCalendar<T extends { id: string; createdAt: number }>(
  db: Queryable,
  vendorId: string,
  table: string,
  calendarId: string,
): Promise<Map<string, T>> {
  const rows = await db.query<{ data: T }>(
    `select data from entities where vendor_id = $1 and tbl = $2 and not deleted
       and data ->> 'calendarId' = $3`,
    [vendorId, table, calendarId],
  );
  return new Map(rows.map((row) => [row.data.id, row.data]));
}

/** Keeps a row's first createdAt; true when the row is as it was. */
function keepCreatedAt<T extends { id: string; createdAt: number }>(
  row: T,
  existing: Map<string, T>,
): boolean {
  const before = existing.get(row.id);
  if (!before) return false;
  row.createdAt = before.createdAt;
  return JSON.stringify(sortedKeys(row)) === JSON.stringify(sortedKeys(before));
}

function sortedKeys(value: object): unknown {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export interface RefreshOptions {
  limits?: FetchLimits;
}

/** Fetches and imports one subscription; records and returns its outcome (never throws for it). */
export async function refreshSubscription(
  db: Database,
  rules: SyncRules,
  vendorId: string,
  subscription: CalendarSubscription,
  now: number,
  options: RefreshOptions = {},
): Promise<{ ok: true; changed: boolean } | { ok: false; error: string }> {
  const failed = async (error: string) => {
    await recordState(db, vendorId, subscription.id, now, { error });
    return { ok: false as const, error };
  };
  let text: string;
  try {
    text = await fetchCalendarText(subscription.url, options.limits ?? DEFAULT_FETCH_LIMITS);
  } catch (error) {
    return failed(error instanceof CalendarFetchError ? error.code : 'network');
  }
  const timeZone = await shopZone(db, vendorId);
  const parsed = parseCalendar(text, { timeZone, ...importWindow(now, timeZone) });
  if (!parsed.ok) return failed(parsed.error);
  const target: ImportTarget = subscription.target;
  const exceptions = await rowsFromCalendar<BookingException>(
    db,
    vendorId,
    'bookingException',
    subscription.id,
  );
  const blocks = await rowsFromCalendar<BusyBlock>(db, vendorId, 'busyBlock', subscription.id);
  const built = calendarImportArgs({
    calendarId: subscription.id,
    events: parsed.events,
    target,
    existing: { exceptionIds: [...exceptions.keys()], blockIds: [...blocks.keys()] },
    now,
  });
  const contentHash = createHash('sha256').update(text).digest('hex');
  if (!built.ok) {
    // Nothing in the window, and nothing written before: up to date.
    if (built.error === 'noEvents') {
      await recordState(db, vendorId, subscription.id, now, { ok: true, contentHash });
      return { ok: true, changed: false };
    }
    return failed(built.error);
  }
  const same =
    built.args.exceptions.map((row) => keepCreatedAt(row, exceptions)).every(Boolean) &&
    built.args.busyBlocks.map((row) => keepCreatedAt(row, blocks)).every(Boolean);
  if (same && built.args.removeExceptionIds.length + built.args.removeBlockIds.length === 0) {
    await recordState(db, vendorId, subscription.id, now, { ok: true, contentHash });
    return { ok: true, changed: false };
  }
  const p = zonedParts(now, timeZone);
  const day = `${p.year}-${p.month}-${p.day}`;
  const result = await originate(
    db,
    rules,
    vendorId,
    {
      name: importCalendar.name,
      args: built.args,
      id: derivedId(
        subscription.id,
        `calendar.refresh:${day}:${JSON.stringify(target)}:${contentHash}`,
      ),
    },
    now,
  );
  if (result.status === 'rejected') return failed('rejected');
  await recordState(db, vendorId, subscription.id, now, { ok: true, contentHash });
  return { ok: true, changed: result.status === 'applied' };
}
