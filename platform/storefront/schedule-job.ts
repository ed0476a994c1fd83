/**
 * 'storefront.schedule': carries out the shops' scheduled publishes at their time, with every
 * desktop off. For each shop with a pending schedule it originates `storefront.publishScheduled`
 * for each one due (its id derived from the schedule's, so a repeated run counts once); the
 * version is numbered in that change's transaction (versions.ts), and a schedule cancelled before
 * it applies publishes nothing. It looks again at the next schedule's time, and at least each
 * minute, so a schedule added since for an earlier time is not missed.
 */
import { derivedId } from '../../domain/ids';
import type { Database } from '../db/database';
import type { JobKind } from '../jobs/runner';
import { originate } from '../sync/originate';
import { publishScheduled } from './platform-mutations';

export const STOREFRONT_SCHEDULE_JOB = 'storefront.schedule';
const LOOK_AGAIN_MS = 60_000;

async function shopsWithPendingSchedules(db: Database): Promise<string[]> {
  const rows = await db.query<{ vendor_id: string }>(
    `select distinct vendor_id::text as vendor_id from entities
     where tbl = 'storefrontSchedule' and not deleted and data ->> 'status' = 'pending'
     order by vendor_id`,
  );
  return rows.map((row) => row.vendor_id);
}

export const storefrontScheduleJob: JobKind = {
  kind: STOREFRONT_SCHEDULE_JOB,
  discover: shopsWithPendingSchedules,
  run: async ({ db, rules, key: vendorId, now }) => {
    const pending = await db.query<{ id: string; publish_at: string }>(
      `select id, data ->> 'publishAt' as publish_at from entities
       where vendor_id = $1 and tbl = 'storefrontSchedule' and not deleted
         and data ->> 'status' = 'pending'
       order by (data ->> 'publishAt')::bigint, id`,
      [vendorId],
    );
    let next: number | null = null;
    for (const schedule of pending) {
      const publishAt = Number(schedule.publish_at);
      if (publishAt > now) {
        next = Math.min(next ?? publishAt, publishAt);
        continue;
      }
      await originate(
        db,
        rules,
        vendorId,
        {
          name: publishScheduled.name,
          args: { scheduleId: schedule.id, at: now },
          id: derivedId(schedule.id, STOREFRONT_SCHEDULE_JOB),
          listRejection: false,
        },
        now,
      );
    }
    return next === null ? null : Math.min(next, now + LOOK_AGAIN_MS);
  },
};
