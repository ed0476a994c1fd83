/**
 * The platform's invariant loader (platform/sync/invariant-state.ts) over plain arrays, for
 * testing rules without a database. Values compare as text, as the platform's `->>` does.
 */
import type { EntityRow } from '../../mutations/row-ops';
import { matchConditions, type InvariantLoader, type RowMatch } from '../invariants';

export interface MemoryState {
  /** Live records by table. */
  entities?: Record<string, EntityRow[]>;
  /** Ledger entries by table. */
  ledgers?: Record<string, EntityRow[]>;
}

function matches(row: EntityRow, match: RowMatch): boolean {
  return matchConditions(match).every(([field, value]) => String(row[field]) === String(value));
}

export function memoryLoader({ entities = {}, ledgers = {} }: MemoryState): InvariantLoader {
  return async (read) => {
    switch (read.kind) {
      case 'entity':
        return (entities[read.table] ?? []).find((row) => row.id === read.id) ?? null;
      case 'entitiesWhere':
        return (entities[read.table] ?? []).filter((row) => matches(row, read));
      case 'ledgerSum':
        return (ledgers[read.table] ?? [])
          .filter((row) => matches(row, read))
          .reduce((sum, row) => sum + Number(row[read.sum]), 0);
      case 'ledgerCount':
        return (ledgers[read.table] ?? []).filter((row) => matches(row, read)).length;
    }
  };
}
