/**
 * Rewrites the shop's local rows as the platform's rows (the shadow) with the still-pending local
 * changes replayed on top. Runs inside the caller's transaction, so a concurrent local change is
 * either already in the outbox (and replayed) or is applied after, on top of the result. Rows that
 * come out as they already are are not written, so the pages showing them do not re-render.
 */
import type { EntityRow } from '@domain/mutations/row-ops';
import { syncedTables } from '@domain/mutations/tables';
import { canonicalJson } from '@domain/sync/checksum';
import type { VendorDb } from '../../db/vendor-db';
import { keysOfEntries, replayPending, rowKey, splitRowKey, type RowKey } from './replay';
import { shadowTable } from './sync-state';

/** Every table a sync transaction touches. */
export function syncScope(db: VendorDb) {
  return [
    db.table('syncShadow'),
    db.table('needsAttention'),
    db.outbox,
    db.meta,
    ...syncedTables.map((table) => db.table(table)),
  ];
}

const knownTables: ReadonlySet<string> = new Set(syncedTables);

/**
 * Recomputes the local rows of `keys`; returns how many were written or deleted. Rows of a table
 * this build does not know (a part a newer console added) stay in the shadow only, so a console
 * keeps syncing while a newer one in the shop already uses that part.
 */
export async function rebasePending(db: VendorDb, keys: ReadonlySet<RowKey>): Promise<number> {
  const known = new Set([...keys].filter((key) => knownTables.has(splitRowKey(key).table)));
  if (known.size === 0) return 0;
  const wanted = [...known].map(splitRowKey);
  const shadows = await shadowTable(db).bulkGet(wanted.map(({ table, id }) => [table, id]));
  const platformRows = new Map<RowKey, EntityRow>();
  for (const shadow of shadows) {
    if (shadow) platformRows.set(rowKey(shadow.table, shadow.id), shadow.row);
  }
  const pending = await db.outbox.toArray();
  const local = replayPending(platformRows, pending, known);

  const byTable = new Map<string, Array<{ id: string; row: EntityRow | null }>>();
  for (const [key, row] of local) {
    const { table, id } = splitRowKey(key);
    let list = byTable.get(table);
    if (!list) byTable.set(table, (list = []));
    list.push({ id, row });
  }
  let written = 0;
  for (const [table, rows] of byTable) written += await writeLocalRows(db, table, rows);
  return written;
}

async function writeLocalRows(
  db: VendorDb,
  tableName: string,
  rows: Array<{ id: string; row: EntityRow | null }>,
): Promise<number> {
  const table = db.table<EntityRow, string>(tableName);
  const current = await table.bulkGet(rows.map(({ id }) => id));
  const puts: EntityRow[] = [];
  const deletes: string[] = [];
  rows.forEach(({ id, row }, index) => {
    const existing = current[index];
    if (row === null) {
      if (existing !== undefined) deletes.push(id);
    } else if (existing === undefined || canonicalJson(existing) !== canonicalJson(row)) {
      puts.push(row);
    }
  });
  if (puts.length > 0) await table.bulkPut(puts);
  if (deletes.length > 0) await table.bulkDelete(deletes);
  return puts.length + deletes.length;
}

/** Rebuilds a whole table: every local, platform and pending record of it. */
export async function rebaseTable(db: VendorDb, table: string): Promise<number> {
  if (!knownTables.has(table)) return 0;
  const keys = new Set<RowKey>();
  for (const id of await db.table(table).toCollection().primaryKeys()) {
    keys.add(rowKey(table, String(id)));
  }
  const shadowIds = await shadowTable(db).where('table').equals(table).primaryKeys();
  for (const [, id] of shadowIds) keys.add(rowKey(table, id));
  for (const key of keysOfEntries(await db.outbox.toArray())) {
    if (splitRowKey(key).table === table) keys.add(key);
  }
  return rebasePending(db, keys);
}
