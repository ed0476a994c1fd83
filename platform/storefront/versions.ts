/**
 * Numbering published versions. A desk's accepted `storefront.publish` and a due schedule each
 * become one immutable storefrontVersion, written in the change's own transaction and under its
 * server seq (sync/after-apply.ts), numbered the shop's highest + 1 — the shop's pushes are
 * serialised by its change counter, so the platform's order is the numbers' order. The version's
 * id is the request's (or the schedule's), so a change applied twice names the same version.
 */
import type { RowOp } from '../../domain/mutations/row-ops';
import type { OutboxEntry } from '../../domain/outbox';
import type {
  PublishRequest,
  PublishSchedule,
  StorefrontVersion,
} from '../../domain/storefront/schema';
import type { StaffMember } from '../../domain/staff/schema';
import type { Queryable } from '../db/database';
import type { ScrubContext } from '../customers/erasure';
import { applyRowOps } from '../sync/apply-ops';

/** What a follow-up write gets: the change's transaction and seq, and the change itself. */
export interface VersionContext extends ScrubContext {
  mutation?: OutboxEntry;
}

async function entityIn<T>(tx: Queryable, vendorId: string, table: string, id: string) {
  const [row] = await tx.query<{ data: T }>(
    'select data from entities where vendor_id = $1 and tbl = $2 and id = $3 and not deleted',
    [vendorId, table, id],
  );
  return row?.data ?? null;
}

export async function versionById(
  tx: Queryable,
  vendorId: string,
  id: string,
): Promise<StorefrontVersion | null> {
  const [row] = await tx.query<{ data: StorefrontVersion }>(
    `select data from ledger_entries where vendor_id = $1 and tbl = 'storefrontVersion' and id = $2`,
    [vendorId, id],
  );
  return row?.data ?? null;
}

/** The live version: the shop's highest number, or null before the first publish. */
export async function liveVersion(
  db: Queryable,
  vendorId: string,
): Promise<StorefrontVersion | null> {
  const [row] = await db.query<{ data: StorefrontVersion }>(
    `select data from ledger_entries where vendor_id = $1 and tbl = 'storefrontVersion'
     order by (data ->> 'number')::int desc limit 1`,
    [vendorId],
  );
  return row?.data ?? null;
}

async function nextNumber(tx: Queryable, vendorId: string): Promise<number> {
  const [row] = await tx.query<{ highest: number | null }>(
    `select max((data ->> 'number')::int) as highest from ledger_entries
     where vendor_id = $1 and tbl = 'storefrontVersion'`,
    [vendorId],
  );
  return Number(row?.highest ?? 0) + 1;
}

async function staffName(tx: Queryable, vendorId: string, staffId: string | undefined) {
  if (!staffId) return null;
  const member = await entityIn<StaffMember>(tx, vendorId, 'staffMember', staffId);
  return member?.name.slice(0, 60) ?? null;
}

async function writeOps(context: ScrubContext, ops: RowOp[]): Promise<number> {
  const { tx, vendorId, serverSeq, deltas, lookups } = context;
  return applyRowOps(tx, vendorId, serverSeq, ops, deltas, lookups);
}

/**
 * An accepted publish request becomes the next version; returns its number (the existing one's
 * when the request was applied before).
 */
export async function numberPublishRequest(
  context: VersionContext,
  args: unknown,
  now: number = Date.now(),
): Promise<number> {
  const { request } = args as { request: PublishRequest };
  const { tx, vendorId } = context;
  const existing = await versionById(tx, vendorId, request.id);
  if (existing) return existing.number;
  const version: StorefrontVersion = {
    id: request.id,
    number: await nextNumber(tx, vendorId),
    document: request.document,
    note: request.note,
    kind: request.rollbackOf === null ? 'publish' : 'rollback',
    rollbackOf: request.rollbackOf,
    publishedBy: await staffName(tx, vendorId, context.mutation?.actorStaffId),
    publishedAt: now,
  };
  await writeOps(context, [{ op: 'append', table: 'storefrontVersion', row: version }]);
  return version.number;
}

/**
 * A due schedule becomes the next version (kind 'scheduled', the schedule's id) and is marked
 * published with its number. A schedule cancelled, already published or gone writes nothing.
 */
export async function publishDueSchedule(context: VersionContext, args: unknown): Promise<number> {
  const { scheduleId, at } = args as { scheduleId: string; at: number };
  const { tx, vendorId } = context;
  const schedule = await entityIn<PublishSchedule>(tx, vendorId, 'storefrontSchedule', scheduleId);
  if (!schedule || schedule.status !== 'pending') return 0;
  const existing = await versionById(tx, vendorId, scheduleId);
  const version: StorefrontVersion = existing ?? {
    id: scheduleId,
    number: await nextNumber(tx, vendorId),
    document: schedule.document,
    note: schedule.note,
    kind: 'scheduled',
    rollbackOf: null,
    publishedBy: null,
    publishedAt: at,
  };
  const ops: RowOp[] = [
    {
      op: 'patch',
      table: 'storefrontSchedule',
      id: scheduleId,
      fields: { status: 'published', versionNumber: version.number, updatedAt: at },
    },
  ];
  if (!existing) ops.unshift({ op: 'append', table: 'storefrontVersion', row: version });
  return writeOps(context, ops);
}
