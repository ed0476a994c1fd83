/**
 * Applies a mutation's row operations to the vendor database. Runs inside the caller's
 * transaction; ledger appends of an entry that already exists are no-ops, so replaying a
 * mutation never counts an entry twice. Consecutive operations of one kind on one table go to
 * IndexedDB as one bulk request (a 10,000-row import is one bulkPut, not 10,000 puts), in order.
 */
import type { RowOp } from '@domain/mutations/row-ops';
import type { VendorDb } from './vendor-db';

export function tablesOf(ops: readonly RowOp[]): string[] {
  return [...new Set(ops.map((op) => op.table))];
}

/** Splits ops into runs of the same operation on the same table, keeping their order. */
export function runsOf(ops: readonly RowOp[]): RowOp[][] {
  const runs: RowOp[][] = [];
  for (const op of ops) {
    const last = runs.at(-1)?.[0];
    if (last && last.op === op.op && last.table === op.table) runs.at(-1)!.push(op);
    else runs.push([op]);
  }
  return runs;
}

async function applyRun(db: VendorDb, run: RowOp[]): Promise<void> {
  const table = db.table(run[0]!.table);
  switch (run[0]!.op) {
    case 'put':
      await table.bulkPut(run.map((op) => (op as Extract<RowOp, { op: 'put' }>).row));
      return;
    case 'patch':
      await table.bulkUpdate(
        run.map((op) => {
          const patch = op as Extract<RowOp, { op: 'patch' }>;
          return { key: patch.id, changes: patch.fields };
        }),
      );
      return;
    case 'delete':
      await table.bulkDelete(run.map((op) => (op as Extract<RowOp, { op: 'delete' }>).id));
      return;
    case 'append': {
      const rows = run.map((op) => (op as Extract<RowOp, { op: 'append' }>).row);
      const existing = await table.bulkGet(rows.map((row) => row.id));
      const seen = new Set<string>();
      const fresh = rows.filter((row, index) => {
        if (existing[index] !== undefined || seen.has(row.id)) return false;
        seen.add(row.id);
        return true;
      });
      if (fresh.length > 0) await table.bulkAdd(fresh);
      return;
    }
  }
}

export async function applyOps(db: VendorDb, ops: readonly RowOp[]): Promise<void> {
  for (const run of runsOf(ops)) await applyRun(db, run);
}
