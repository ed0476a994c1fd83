/**
 * Proves the local copy matches the platform: the shadow's checksum per table against the one
 * the pull carries, and (when nothing is pending) the shop's rows against the shadow. A table
 * that does not match is downloaded again from scratch while pending changes stay queued; local
 * rows that drifted from the shadow are rebuilt from it. Reads in chunks, yielding between them.
 */
import Dexie from 'dexie';
import { syncedTables } from '@domain/mutations/tables';
import { TableChecksum } from '@domain/sync/checksum';
import type { VendorDb } from '../../db/vendor-db';
import { rebaseTable, syncScope } from './rebase-pending';
import {
  readSyncState,
  shadowTable,
  updateSyncState,
  type ShadowRow,
  type TableSum,
} from './sync-state';

// Rows read and hashed per task: the pull's page size (vendor-sync.ts), for the same reason (at
// 250 rows a page's script passed 50 ms on a busy two-core machine).
const CHUNK = 100;

export interface Verification {
  /** Tables whose shadow does not match the platform: download them again. */
  shadowMismatch: string[];
  /** Tables whose local rows drifted from the shadow with nothing pending: rebuilt already. */
  rebuilt: string[];
}

export async function verifyChecksums(
  db: VendorDb,
  platform: Record<string, string>,
  options: { deep?: boolean; yieldToUi?: () => Promise<void> } = {},
): Promise<Verification> {
  const state = await readSyncState(db);
  const result: Verification = { shadowMismatch: [], rebuilt: [] };
  const tables = [...new Set([...syncedTables, ...Object.keys(platform)])];
  for (const table of tables) {
    const expected = platform[table] ?? new TableChecksum().toString();
    const running = sumToString(state.shadowSums[table]);
    if (!options.deep && running === expected) continue;
    const stored = await shadowChecksum(db, table, options.yieldToUi);
    if (stored.toString() !== running) {
      await updateSyncState(db, (current) => ({
        shadowSums: { ...current.shadowSums, [table]: toSum(stored) },
      }));
    }
    if (stored.toString() !== expected) result.shadowMismatch.push(table);
    else if (options.deep && (await localRowsDrifted(db, table, stored, options.yieldToUi))) {
      await db.transaction('rw', syncScope(db), () => rebaseTable(db, table));
      result.rebuilt.push(table);
    }
  }
  return result;
}

/** Forgets the shadow of `tables` and rewinds the cursor, so the next pull downloads them again. */
export async function startRepair(db: VendorDb, tables: readonly string[]): Promise<void> {
  await db.transaction('rw', syncScope(db), async () => {
    const state = await readSyncState(db);
    const sums = { ...state.shadowSums };
    for (const table of tables) {
      await shadowTable(db).where('table').equals(table).delete();
      delete sums[table];
    }
    const repairTables = [...new Set([...state.repairTables, ...tables])];
    await updateSyncState(db, { cursor: 0, resumeAfter: null, shadowSums: sums, repairTables });
  });
}

/** After the repair download: rebuild the repaired tables' local rows from the new shadow. */
export async function finishRepair(db: VendorDb): Promise<string[]> {
  const { repairTables } = await readSyncState(db);
  for (const table of repairTables) {
    await db.transaction('rw', syncScope(db), async () => {
      await rebaseTable(db, table);
      await updateSyncState(db, (state) => ({
        repairTables: state.repairTables.filter((name) => name !== table),
      }));
    });
  }
  return repairTables;
}

async function shadowChecksum(
  db: VendorDb,
  table: string,
  yieldToUi?: () => Promise<void>,
): Promise<TableChecksum> {
  const sum = new TableChecksum();
  let after: string | number = Dexie.minKey;
  for (;;) {
    const rows: ShadowRow[] = await shadowTable(db)
      .where('[table+id]')
      .between([table, after], [table, Dexie.maxKey], false, true)
      .limit(CHUNK)
      .toArray();
    for (const row of rows) sum.add(row.row);
    if (rows.length < CHUNK) return sum;
    after = rows[rows.length - 1]!.id;
    await yieldToUi?.();
  }
}

/** With nothing pending, the shop's rows must be exactly the platform's. */
async function localRowsDrifted(
  db: VendorDb,
  table: string,
  shadowSum: TableChecksum,
  yieldToUi?: () => Promise<void>,
): Promise<boolean> {
  if ((await db.outbox.count()) > 0) return false;
  const sum = new TableChecksum();
  let offsetKey: string | number = Dexie.minKey;
  for (;;) {
    const rows: Array<Record<string, unknown> & { id: string }> = await db
      .table<Record<string, unknown> & { id: string }, string>(table)
      .where(':id')
      .above(offsetKey)
      .limit(CHUNK)
      .toArray();
    for (const row of rows) sum.add(row);
    if (rows.length < CHUNK) return sum.toString() !== shadowSum.toString();
    offsetKey = rows[rows.length - 1]!.id;
    await yieldToUi?.();
  }
}

function sumToString(sum: TableSum | undefined): string {
  return (sum ? new TableChecksum(sum.count, sum.sumA, sum.sumB) : new TableChecksum()).toString();
}

function toSum(checksum: TableChecksum): TableSum {
  return { count: checksum.count, sumA: checksum.sumA, sumB: checksum.sumB };
}
