import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '@domain/ids';
import type { RowOp } from '@domain/mutations/row-ops';
import { applyOps, runsOf } from './apply-ops';
import { VendorDb } from './vendor-db';

const opened: VendorDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function freshDb(): VendorDb {
  const db = new VendorDb(newId());
  opened.push(db);
  return db;
}

describe('applyOps', () => {
  it('groups consecutive operations of one kind on one table, keeping order', () => {
    const ops: RowOp[] = [
      { op: 'put', table: 'menuItem', row: { id: 'a' } },
      { op: 'put', table: 'menuItem', row: { id: 'b' } },
      { op: 'patch', table: 'menuItem', id: 'a', fields: { x: 1 } },
      { op: 'put', table: 'menuItem', row: { id: 'c' } },
      { op: 'put', table: 'menuCategory', row: { id: 'k' } },
    ];
    expect(runsOf(ops).map((run) => run.map((op) => op.op + ':' + op.table))).toEqual([
      ['put:menuItem', 'put:menuItem'],
      ['patch:menuItem'],
      ['put:menuItem'],
      ['put:menuCategory'],
    ]);
  });

  it('applies puts, patches, deletes and appends with the same result as one at a time', async () => {
    const db = freshDb();
    await db.transaction('rw', ['menuItem', 'menuStockEntry'], () =>
      applyOps(db, [
        { op: 'put', table: 'menuItem', row: { id: 'a', name: 'A', priceFen: 100 } },
        { op: 'put', table: 'menuItem', row: { id: 'b', name: 'B', priceFen: 200 } },
        { op: 'patch', table: 'menuItem', id: 'a', fields: { priceFen: 150 } },
        { op: 'patch', table: 'menuItem', id: 'missing', fields: { priceFen: 1 } },
        { op: 'delete', table: 'menuItem', id: 'b' },
        { op: 'append', table: 'menuStockEntry', row: { id: 's1', itemId: 'a', delta: -1 } },
        { op: 'append', table: 'menuStockEntry', row: { id: 's1', itemId: 'a', delta: -1 } },
      ]),
    );
    expect(await db.table('menuItem').toArray()).toEqual([{ id: 'a', name: 'A', priceFen: 150 }]);
    // A replayed append of an entry that exists is a no-op: the ledger counts it once.
    await db.transaction('rw', ['menuStockEntry'], () =>
      applyOps(db, [
        { op: 'append', table: 'menuStockEntry', row: { id: 's1', itemId: 'a', delta: -1 } },
      ]),
    );
    expect(await db.table('menuStockEntry').count()).toBe(1);
  });
});
