/**
 * The points expiry job: for each shop whose membership settings give points an expiry, at each
 * business day's cut-off in the shop's zone (its profile's timeZone and businessDayCutoff), the
 * expiry entries that fell due (domain/customers/points-expiry.ts) are written as a platform-
 * originated change. Lots are judged per account (a customer and the profiles merged into it),
 * oldest first, as the desks spend them. Each entry's id is derived from the lot it expires and it
 * is dated at the expiry moment, not the run: a run repeated, late, or after downtime writes the
 * same entries, and a lot already expired is not due again, so nothing more is written.
 */
import { accountIdOf } from '../../domain/customers/accounts';
import { dueExpiries, type ExpiryPolicy } from '../../domain/customers/points-expiry';
import type { Customer, CustomerSettings, PointsEntry } from '../../domain/customers/schema';
import { DEFAULT_TIME_ZONE, nextBusinessDayStart, parseClock } from '../../domain/time';
import { DEFAULT_BUSINESS_DAY_CUTOFF, type VendorProfile } from '../../domain/vendor/schema';
import type { Database } from '../db/database';
import { expirePoints } from '../customers/platform-mutations';
import { originate } from '../sync/originate';
import type { JobKind } from './runner';

export const POINTS_EXPIRY_JOB = 'points.expiry';

/** Entries per originated change (the mutation takes at most 500). */
const PER_CHANGE = 500;

async function live<T>(db: Database, vendorId: string, table: string): Promise<T[]> {
  const rows = await db.query<{ data: T }>(
    'select data from entities where vendor_id = $1 and tbl = $2 and not deleted order by id',
    [vendorId, table],
  );
  return rows.map((row) => row.data);
}

/** The shop's zone and cut-off: its profile's, or the console's defaults before it has one. */
async function shopClock(db: Database, vendorId: string) {
  const [profile] = await live<Pick<VendorProfile, 'timeZone' | 'businessDayCutoff'>>(
    db,
    vendorId,
    'vendorProfile',
  );
  return {
    timeZone: profile?.timeZone ?? DEFAULT_TIME_ZONE,
    cutoffMinutes: parseClock(profile?.businessDayCutoff ?? DEFAULT_BUSINESS_DAY_CUTOFF) ?? 0,
  };
}

/** The expiry entries due for `vendorId` at `now`, oldest lots first, per account. */
export async function dueExpiryEntries(
  db: Database,
  vendorId: string,
  policy: ExpiryPolicy,
  now: number,
): Promise<PointsEntry[]> {
  const customers = await live<Pick<Customer, 'id' | 'mergedInto'>>(db, vendorId, 'customer');
  const accountOf = new Map(customers.map((c) => [c.id, accountIdOf(c)]));
  const entries = await db.query<{ data: PointsEntry }>(
    `select data from ledger_entries where vendor_id = $1 and tbl = 'pointsEntry' order by seq, id`,
    [vendorId],
  );
  const byAccount = new Map<string, PointsEntry[]>();
  for (const { data } of entries) {
    const account = accountOf.get(data.customerId) ?? data.customerId;
    let list = byAccount.get(account);
    if (!list) byAccount.set(account, (list = []));
    list.push(data);
  }
  return [...byAccount.values()].flatMap((list) => dueExpiries(list, policy, now));
}

export const pointsExpiryJob: JobKind = {
  kind: POINTS_EXPIRY_JOB,
  discover: async (db) => {
    const rows = await db.query<{ vendor_id: string }>(
      `select distinct vendor_id from entities
       where tbl = 'customerSettings' and not deleted and data ->> 'pointsExpiryMonths' is not null`,
    );
    return rows.map((row) => row.vendor_id);
  },
  run: async ({ db, rules, key: vendorId, now }) => {
    const [settings] = await live<CustomerSettings>(db, vendorId, 'customerSettings');
    if (!settings?.pointsExpiryMonths) return null; // expiry turned off: the job is not needed
    const clock = await shopClock(db, vendorId);
    const policy: ExpiryPolicy = { months: settings.pointsExpiryMonths, ...clock };
    const due = await dueExpiryEntries(db, vendorId, policy, now);
    for (let start = 0; start < due.length; start += PER_CHANGE) {
      const entries = due.slice(start, start + PER_CHANGE);
      await originate(db, rules, vendorId, { name: expirePoints.name, args: { entries } }, now);
    }
    return nextBusinessDayStart(now, clock.timeZone, clock.cutoffMinutes);
  },
};
