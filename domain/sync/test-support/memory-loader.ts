/**
 * The platform's invariant loader (platform/sync/invariant-state.ts) over plain arrays, for
 * testing rules without a database. A read's `field` is matched through the table's declared
 * lookup when `lookups` has one, else as the plain field; values compare as text, as on the
 * platform.
 */
import type { EntityRow } from '../../mutations/row-ops';
import { tableLookups, type LookupRegistry } from '../../mutations/tables';
import { matchValues, type InvariantLoader, type RowMatch } from '../invariants';

export interface MemoryState {
  /** Live records by table. */
  entities?: Record<string, EntityRow[]>;
  /** Ledger entries by table. */
  ledgers?: Record<string, EntityRow[]>;
}

export function memoryLoader(
  { entities = {}, ledgers = {} }: MemoryState,
  lookups: LookupRegistry = tableLookups,
): InvariantLoader {
  const valuesOf = (table: string, field: string, row: EntityRow): string[] => {
    const declared = lookups.get(table)?.[field];
    return declared ? [...declared.values(row)] : [String(row[field])];
  };
  const matches = (table: string, row: EntityRow, match: RowMatch): boolean =>
    valuesOf(table, match.field, row).some((value) => matchValues(match).includes(value)) &&
    Object.entries(match.and ?? {}).every(([field, value]) => String(row[field]) === String(value));
  return async (read) => {
    switch (read.kind) {
      case 'entity':
        return (entities[read.table] ?? []).find((row) => row.id === read.id) ?? null;
      case 'entitiesWhere':
        return (entities[read.table] ?? []).filter((row) => matches(read.table, row, read));
      case 'entitiesMatchingAny':
        return (entities[read.table] ?? []).filter((row) =>
          valuesOf(read.table, read.field, row).some((value) => read.values.includes(value)),
        );
      case 'ledgerSum':
        return (ledgers[read.table] ?? [])
          .filter((row) => matches(read.table, row, read))
          .reduce((sum, row) => sum + Number(row[read.sum]), 0);
      case 'ledgerCount':
        return (ledgers[read.table] ?? []).filter((row) => matches(read.table, row, read)).length;
      case 'entitiesOverlapping': {
        const span = lookups.get(read.table)?.[read.field]?.span;
        return (entities[read.table] ?? []).filter((row) => {
          const held = span?.(row);
          return (
            held != null &&
            held.start < read.end &&
            held.end > read.start &&
            matches(read.table, row, read)
          );
        });
      }
      case 'ledgerLatest':
        // Entries are given oldest first, as they were appended.
        return (ledgers[read.table] ?? [])
          .filter((row) => matches(read.table, row, read))
          .reverse()
          .slice(0, read.limit);
    }
  };
}
