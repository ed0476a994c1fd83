/**
 * Applies a mutation's row operations to the vendor database. Runs inside the caller's
 * transaction; ledger appends of an entry that already exists are no-ops, so replaying a
 * mutation never counts an entry twice.
 */
import type { RowOp } from '@domain/mutations/row-ops';
import type { VendorDb } from './vendor-db';

export function tablesOf(ops: readonly RowOp[]): string[] {
  return [...new Set(ops.map((op) => op.table))];
}

export async function applyOps(db: VendorDb, ops: readonly RowOp[]): Promise<void> {
  for (const op of ops) {
    const table = db.table(op.table);
    switch (op.op) {
      case 'put':
        await table.put(op.row);
        break;
      case 'patch':
        await table.update(op.id, op.fields);
        break;
      case 'delete':
        await table.delete(op.id);
        break;
      case 'append':
        if ((await table.get(op.row.id)) === undefined) await table.add(op.row);
        break;
    }
  }
}
