/**
 * Where a vendor database stands with the platform, kept in its `meta` table as one row and
 * always written in the same transaction as the rows it describes: the cursor never moves past
 * rows that were not saved, and a crash at any point resumes from a consistent place.
 */
import type { Table } from 'dexie';
import type { VendorDb } from '../../db/vendor-db';
import type { SyncErrorCode } from '../../platform-api/sync-error';

/** A running table checksum (domain/sync/checksum.ts TableChecksum) as stored numbers. */
export interface TableSum {
  count: number;
  sumA: number;
  sumB: number;
}

export interface SyncState {
  /** The platform's change number the shadow rows are at; 0 = nothing downloaded yet. */
  cursor: number;
  /** Where the last page stopped inside the mutation after `cursor` (the platform's resumeAfter). */
  resumeAfter: string | null;
  /** This device's highest change seq the platform has processed: not sent again. */
  ackedSeq: number;
  /** The first download finished at least once. */
  downloaded: boolean;
  /** Device clock when a sync last finished without error. */
  lastSyncedAt: number | null;
  /** The last sync's failure, cleared by the next success. */
  lastError: { code: SyncErrorCode; at: number } | null;
  /** The shadow's checksum per table, kept up to date row by row. */
  shadowSums: Record<string, TableSum>;
  /** Tables being downloaded again because their checksum did not match the platform's. */
  repairTables: string[];
}

export const SYNC_STATE_KEY = 'syncState';

export const initialSyncState: SyncState = {
  cursor: 0,
  resumeAfter: null,
  ackedSeq: 0,
  downloaded: false,
  lastSyncedAt: null,
  lastError: null,
  shadowSums: {},
  repairTables: [],
};

export async function readSyncState(db: VendorDb): Promise<SyncState> {
  const row = await db.meta.get(SYNC_STATE_KEY);
  return { ...initialSyncState, ...(row?.value as Partial<SyncState> | undefined) };
}

/** Merges `patch` into the stored state; inside the caller's transaction when there is one. */
export async function updateSyncState(
  db: VendorDb,
  patch: Partial<SyncState> | ((state: SyncState) => Partial<SyncState>),
): Promise<SyncState> {
  return db.transaction('rw', db.meta, async () => {
    const current = await readSyncState(db);
    const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    await db.meta.put({ key: SYNC_STATE_KEY, value: next });
    return next;
  });
}

/** The shadow of the platform's rows, keyed by [table, id]. */
export interface ShadowRow {
  table: string;
  id: string;
  row: Record<string, unknown> & { id: string };
  serverSeq: number;
  /** The row's checksum hash, kept so replacing the row needs no rehash of the old one. */
  hash?: readonly [number, number];
}

export function shadowTable(db: VendorDb): Table<ShadowRow, [string, string]> {
  return db.table('syncShadow');
}
