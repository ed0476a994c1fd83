/**
 * The local view as a pure function: the platform's rows (the shadow) with this device's
 * pending changes replayed on top, in the order they were made. Both ends resolve a row operation
 * the same way (domain/sync/row-state.ts), so once the platform has applied a change, dropping it
 * from the pending list and taking the platform's row gives what the shop already saw.
 */
import type { EntityRow, RowOp } from '@domain/mutations/row-ops';
import { findMutation } from '@domain/mutations/registry';
import { ledgerTables, type SyncedTable } from '@domain/mutations/tables';
import type { OutboxEntry } from '@domain/outbox';
import { applyEntityOp } from '@domain/sync/row-state';

/** One record of one synced table: `<table>\u0000<id>`. */
export type RowKey = string;

export function rowKey(table: string, id: string): RowKey {
  return `${table}\u0000${id}`;
}

export function splitRowKey(key: RowKey): { table: SyncedTable; id: string } {
  const at = key.indexOf('\u0000');
  return { table: key.slice(0, at) as SyncedTable, id: key.slice(at + 1) };
}

export function opKey(op: RowOp): RowKey {
  return rowKey(op.table, op.op === 'put' || op.op === 'append' ? op.row.id : op.id);
}

const ledgers: ReadonlySet<string> = new Set(ledgerTables);
export const isLedgerTable = (table: string): boolean => ledgers.has(table);

// Entries never change once written, so their ops can be computed once per entry id.
const opsCache = new Map<string, RowOp[]>();
const OPS_CACHE_LIMIT = 20_000;

/**
 * The rows a queued change writes. Arguments in the outbox were parsed when the change was made;
 * a name this build does not know (an entry from a newer console sharing the store) writes nothing.
 */
export function opsOfEntry(entry: Pick<OutboxEntry, 'id' | 'name' | 'args'>): RowOp[] {
  const cached = opsCache.get(entry.id);
  if (cached) return cached;
  const definition = findMutation(entry.name);
  let ops: RowOp[] = [];
  try {
    ops = definition ? definition.ops(entry.args) : [];
  } catch {
    ops = [];
  }
  if (opsCache.size >= OPS_CACHE_LIMIT) opsCache.clear();
  opsCache.set(entry.id, ops);
  return ops;
}

export function keysOfEntries(entries: Iterable<Pick<OutboxEntry, 'id' | 'name' | 'args'>>) {
  const keys = new Set<RowKey>();
  for (const entry of entries) for (const op of opsOfEntry(entry)) keys.add(opKey(op));
  return keys;
}

/**
 * The local rows for `keys`: each starts as the platform's row (missing = no record) and every
 * pending entry's ops on it are applied in seq order. null means "no record here".
 */
export function replayPending(
  platformRows: ReadonlyMap<RowKey, EntityRow>,
  pending: readonly Pick<OutboxEntry, 'id' | 'name' | 'args' | 'seq'>[],
  keys: ReadonlySet<RowKey>,
): Map<RowKey, EntityRow | null> {
  const result = new Map<RowKey, EntityRow | null>();
  for (const key of keys) result.set(key, platformRows.get(key) ?? null);
  const ordered = [...pending].sort((a, b) => a.seq - b.seq);
  for (const entry of ordered) {
    for (const op of opsOfEntry(entry)) {
      const key = opKey(op);
      if (!keys.has(key)) continue;
      const current = result.get(key) ?? null;
      if (op.op === 'append') {
        // A ledger entry is written once and never changed.
        if (current === null) result.set(key, op.row);
        continue;
      }
      const next = applyEntityOp(current ? { row: current, deleted: false } : undefined, op);
      if (next) result.set(key, next.deleted ? null : next.row);
    }
  }
  return result;
}
