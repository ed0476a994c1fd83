/**
 * A mutation's effect, written as plain row operations. The console applies them to IndexedDB and
 * the platform applies the same operations to PostgreSQL, so both ends agree on what a mutation
 * does without sharing a database. Patches carry only the changed fields, which lets two devices
 * edit different fields of one record without either losing.
 */
import type { EntityTable, LedgerTable } from './tables';

export type EntityRow = { id: string } & Record<string, unknown>;

export type RowOp =
  /** Create or fully replace a record. */
  | { op: 'put'; table: EntityTable; row: EntityRow }
  /** Change some fields of an existing record; a missing record is left missing. */
  | { op: 'patch'; table: EntityTable; id: string; fields: Record<string, unknown> }
  | { op: 'delete'; table: EntityTable; id: string }
  /** Add an entry to an append-only ledger; entries are never edited or removed. */
  | { op: 'append'; table: LedgerTable; row: EntityRow };
