/**
 * Applies one pull page in one transaction: the platform's rows into the shadow (with its
 * running checksums), the page's verdicts on this device's queued changes, the new cursor, and
 * the local rows rebased on top. A crash before the commit leaves everything as it was; after
 * it, the next pull starts from the saved cursor. Acknowledged changes leave the outbox only on
 * the last page, when the shadow is a whole snapshot that already contains their effect.
 * The page's rows are hashed before the transaction opens (preparePage), in slices with the UI
 * running between them: hashing needs no database, and a menu row costs ~40 µs of it.
 */
import type { OutboxEntry } from '@domain/outbox';
import { rowHash, TableChecksum, type RowHash } from '@domain/sync/checksum';
import type { Change, PullResponse } from '@domain/sync/protocol';
import { OUTBOX_SEQ_KEY } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';
import { forgetErasedCustomerArgs, recordRejection } from './needs-attention';
import { announcePulledRows, type PulledRow } from './pulled-rows';
import type { PullFrom } from '../../platform-api/platform-client';
import { settledByPull } from './push-outcome';
import { rebasePending, syncScope } from './rebase-pending';
import { keysOfEntries, rowKey, type RowKey } from './replay';
import { SyncError } from '../../platform-api/sync-error';
import {
  readSyncState,
  shadowTable,
  updateSyncState,
  type ShadowRow,
  type TableSum,
} from './sync-state';

export interface AppliedPage {
  /** Platform rows written to the shadow. */
  changes: number;
  /** Local rows rewritten by the rebase. */
  localRows: number;
  /** Queued changes the platform applied / rejected, now out of the outbox. */
  settled: number;
  rejected: number;
}

/** One record's latest state in a page, as the shadow will hold it: null when it is gone. */
interface PageRow {
  table: string;
  id: string;
  row: ShadowRow['row'] | null;
  serverSeq: number;
  hash: RowHash | null;
}

export interface PreparedPage {
  page: PullResponse;
  rows: PageRow[];
}

/** Rows hashed per slice before the UI gets the thread back. */
const HASH_SLICE = 50;

/** Keeps each record's last change in the page and hashes its row, yielding every HASH_SLICE rows. */
export async function preparePage(
  page: PullResponse,
  yieldToUi?: () => Promise<void>,
): Promise<PreparedPage> {
  const latest = new Map<RowKey, Change>();
  for (const change of page.changes) latest.set(rowKey(change.table, change.id), change);
  const rows: PageRow[] = [];
  for (const change of latest.values()) {
    const live = change.kind === 'ledger' || (!change.deleted && change.row !== null);
    const row = live && change.row ? { ...change.row, id: change.id } : null;
    const { table, id, serverSeq } = change;
    rows.push({ table, id, row, serverSeq, hash: row ? rowHash(row) : null });
    if (rows.length % HASH_SLICE === 0) await yieldToUi?.();
  }
  return { page, rows };
}

export async function applyServerChanges(
  db: VendorDb,
  { page, rows }: PreparedPage,
  from: PullFrom,
  now = Date.now(),
): Promise<AppliedPage> {
  const pulled: PulledRow[] = [];
  const applied = await db.transaction('rw', syncScope(db), async () => {
    const state = await readSyncState(db);
    if (state.cursor !== from.cursor || state.resumeAfter !== from.resumeAfter) {
      // Another writer moved the cursor since this page was asked for: drop the page.
      throw new SyncError('store_failed', `cursor moved from ${from.cursor} to ${state.cursor}`);
    }
    const sums = { ...state.shadowSums };
    const keys = await writeShadow(db, rows, sums, pulled);
    for (const { table, id, row } of rows) {
      if (table === 'customer' && typeof row?.erasedAt === 'number') {
        await forgetErasedCustomerArgs(db, id);
      }
    }

    await renumberIfDeviceReused(db, page.lastProcessedSeq);
    const queued = await db.outbox.toArray();
    // Until the last page the shadow is not a whole snapshot: settle only what was rejected.
    const settled = settledByPull(
      queued,
      page.hasMore ? 0 : page.lastProcessedSeq,
      page.rejections,
    );
    for (const { entry, rejection } of settled.rejected) {
      await recordRejection(db, rejection, entry, now);
    }
    const queuedIds = new Set(queued.map((entry) => entry.id));
    for (const rejection of page.rejections) {
      if (!queuedIds.has(rejection.mutationId))
        await recordRejection(db, rejection, undefined, now);
    }
    const leaving: OutboxEntry[] = [...settled.applied, ...settled.rejected.map((r) => r.entry)];
    await db.outbox.bulkDelete(leaving.map((entry) => entry.seq));
    for (const key of keysOfEntries(leaving)) keys.add(key);

    await updateSyncState(db, {
      cursor: page.nextCursor,
      resumeAfter: page.resumeAfter ?? null,
      ackedSeq: Math.max(state.ackedSeq, page.lastProcessedSeq),
      shadowSums: sums,
    });
    const localRows = await rebasePending(db, keys);
    return {
      changes: page.changes.length,
      localRows,
      settled: settled.applied.length,
      rejected: settled.rejected.length,
    };
  });
  // Only once the page is saved: a listener reads what the desk now holds.
  announcePulledRows({ db, rows: pulled, initial: from.cursor === 0 });
  return applied;
}

async function writeShadow(
  db: VendorDb,
  rows: readonly PageRow[],
  sums: Record<string, TableSum>,
  pulled: PulledRow[],
): Promise<Set<RowKey>> {
  const shadow = shadowTable(db);
  const keys = new Set<RowKey>();
  const before = await shadow.bulkGet(rows.map(({ table, id }) => [table, id]));
  const puts: ShadowRow[] = [];
  const deletes: Array<[string, string]> = [];
  rows.forEach(({ table, id, row, serverSeq, hash }, index) => {
    const sum = checksumOf(sums, table);
    const old = before[index];
    if (old) sum.removeHash(old.hash ?? rowHash(old.row));
    if (row && hash) {
      puts.push({ table, id, row, serverSeq, hash });
      sum.addHash(hash);
    } else if (old) {
      deletes.push([table, id]);
    }
    sums[table] = { count: sum.count, sumA: sum.sumA, sumB: sum.sumB };
    keys.add(rowKey(table, id));
    pulled.push({ table, id, row, created: !old && row !== null });
  });
  if (puts.length > 0) await shadow.bulkPut(puts);
  if (deletes.length > 0) await shadow.bulkDelete(deletes);
  return keys;
}

function checksumOf(sums: Record<string, TableSum>, table: string): TableChecksum {
  const sum = sums[table];
  return sum ? new TableChecksum(sum.count, sum.sumA, sum.sumB) : new TableChecksum();
}

/**
 * The platform has processed more of this device's changes than this database ever made: the
 * device id was used by a database that is gone (a shop profile removed and added again). Number
 * the queued changes after the platform's count, or it would take them for duplicates.
 */
async function renumberIfDeviceReused(db: VendorDb, lastProcessedSeq: number): Promise<void> {
  const counter = await db.meta.get(OUTBOX_SEQ_KEY);
  const made = typeof counter?.value === 'number' ? counter.value : 0;
  if (lastProcessedSeq <= made) return;
  const queued = await db.outbox.orderBy('seq').toArray();
  const shift = lastProcessedSeq - (queued[0]?.seq ?? made + 1) + 1;
  await db.outbox.clear();
  await db.outbox.bulkAdd(queued.map((entry) => ({ ...entry, seq: entry.seq + shift })));
  await db.meta.put({ key: OUTBOX_SEQ_KEY, value: made + shift });
}
