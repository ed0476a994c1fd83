/**
 * The shop's calendar feeds: a secret URL per shop and per staff member that a calendar app
 * (a phone's, Outlook) polls for the bookings. The secret is 32 random bytes; only its SHA-256
 * is stored (migration 010), so the URL is shown once, when made, and making a new one for the
 * same scope (rotation) replaces the hash and the old URL answers 404 from then on. The feed is
 * read from the shop's synced rows (entities) and written by domain/bookings/ical/export.ts in
 * the shop's zone: never a phone, never a guest's name, no cancelled booking.
 */
import { randomBytes } from 'node:crypto';
import type { Booking, BusyBlock, Resource, Service } from '../../domain/bookings/schema';
import {
  bookingsCalendar,
  enExportLabels,
  zhExportLabels,
} from '../../domain/bookings/ical/export';
import { DEFAULT_TIME_ZONE } from '../../domain/time';
import type { VendorProfile } from '../../domain/vendor/schema';
import { tokenHash } from '../accounts/tokens';
import type { Database, Queryable } from '../db/database';

/** 'shop': every booking; otherwise a staff resource's id: only what that resource holds. */
export type FeedScope = 'shop' | string;

export interface FeedInfo {
  scope: FeedScope;
  createdAt: number;
  rotatedAt: number;
}

export const FEED_PATH_PREFIX = '/ical/v1/';
export const feedPath = (secret: string): string => `${FEED_PATH_PREFIX}${secret}.ics`;

/** What a feed shows: from a month back to a year ahead (calendar apps keep what they saw). */
const FEED_PAST_MS = 31 * 86_400_000;
const FEED_FUTURE_MS = 366 * 86_400_000;

export async function listFeeds(db: Queryable, vendorId: string): Promise<FeedInfo[]> {
  const rows = await db.query<{ scope: string; created_at: number; rotated_at: number }>(
    `select scope, created_at, rotated_at from calendar_feeds where vendor_id = $1 order by scope`,
    [vendorId],
  );
  return rows.map((row) => ({
    scope: row.scope,
    createdAt: Number(row.created_at),
    rotatedAt: Number(row.rotated_at),
  }));
}

/** Makes the scope's feed, or gives it a new secret; returns the secret, shown only now. */
export async function rotateFeed(
  db: Queryable,
  vendorId: string,
  scope: FeedScope,
  now: number,
): Promise<FeedInfo & { secret: string }> {
  const secret = randomBytes(32).toString('base64url');
  const [row] = await db.query<{ created_at: number; rotated_at: number }>(
    `insert into calendar_feeds (vendor_id, scope, token_hash, created_at, rotated_at)
     values ($1, $2, $3, $4, $4)
     on conflict (vendor_id, scope) do update set token_hash = excluded.token_hash,
       rotated_at = excluded.rotated_at
     returning created_at, rotated_at`,
    [vendorId, scope, tokenHash(secret), now],
  );
  return {
    scope,
    secret,
    createdAt: Number(row!.created_at),
    rotatedAt: Number(row!.rotated_at),
  };
}

/** Whose feed a secret is, or null (unknown, or rotated away). */
export async function feedBySecret(
  db: Queryable,
  secret: string,
): Promise<{ vendorId: string; scope: FeedScope } | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  const [row] = await db.query<{ vendor_id: string; scope: string }>(
    'select vendor_id, scope from calendar_feeds where token_hash = $1',
    [tokenHash(secret)],
  );
  return row ? { vendorId: row.vendor_id, scope: row.scope } : null;
}

async function live<T>(db: Queryable, vendorId: string, table: string): Promise<T[]> {
  const rows = await db.query<{ data: T }>(
    'select data from entities where vendor_id = $1 and tbl = $2 and not deleted order by id',
    [vendorId, table],
  );
  return rows.map((row) => row.data);
}

/** Whether a scope names something a feed can be for: the shop, or one of its staff. */
export async function isFeedScope(db: Queryable, vendorId: string, scope: string) {
  if (scope === 'shop') return true;
  const rows = await db.query<{ id: string }>(
    `select id from entities where vendor_id = $1 and tbl = 'resource' and id = $2
       and not deleted and data ->> 'kind' = 'staff'`,
    [vendorId, scope],
  );
  return rows.length > 0;
}

/** The feed's .ics text at `now`. */
export async function feedText(
  db: Database,
  feed: { vendorId: string; scope: FeedScope },
  now: number,
  lang: 'zh' | 'en' = 'zh',
): Promise<string> {
  const { vendorId, scope } = feed;
  const from = now - FEED_PAST_MS;
  const to = now + FEED_FUTURE_MS;
  const staffOnly = scope !== 'shop';
  const bookingRows = await db.query<{ data: Booking }>(
    `select data from entities
     where vendor_id = $1 and tbl = 'booking' and not deleted
       and data ->> 'status' <> 'cancelled'
       and (data ->> 'endsAt')::bigint > $2 and (data ->> 'startsAt')::bigint < $3
       and ($4::text is null or data -> 'resourceIds' ? $4::text)
     order by (data ->> 'startsAt')::bigint, id`,
    [vendorId, from, to, staffOnly ? scope : null],
  );
  // A staff member's own busy times typed in at the desk; imported ones came from a calendar
  // already, and writing them back would echo them into it.
  const blockRows = staffOnly
    ? await db.query<{ data: BusyBlock }>(
        `select data from entities
         where vendor_id = $1 and tbl = 'busyBlock' and not deleted
           and data ->> 'resourceId' = $2 and data ->> 'source' = 'manual'
           and (data ->> 'endsAt')::bigint > $3 and (data ->> 'startsAt')::bigint < $4`,
        [vendorId, scope, from, to],
      )
    : [];
  const resources = await live<Resource>(db, vendorId, 'resource');
  const services = await live<Service>(db, vendorId, 'service');
  const [profile] = await live<Pick<VendorProfile, 'timeZone'>>(db, vendorId, 'vendorProfile');
  const [vendor] = await db.query<{ name: string }>('select name from vendors where id = $1', [
    vendorId,
  ]);
  const staffName = staffOnly ? resources.find((r) => r.id === scope)?.name : undefined;
  const name = [vendor?.name ?? '', staffName].filter(Boolean).join(' · ');
  return bookingsCalendar({
    timeZone: profile?.timeZone ?? DEFAULT_TIME_ZONE,
    now,
    bookings: bookingRows.map((row) => row.data),
    busyBlocks: blockRows.map((row) => row.data),
    resources,
    services,
    lang,
    labels: lang === 'en' ? enExportLabels(name) : zhExportLabels(name),
    customerNames: null,
  });
}
