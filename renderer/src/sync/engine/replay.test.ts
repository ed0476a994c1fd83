import { describe, expect, it } from 'vitest';
import type { EntityRow } from '@domain/mutations/row-ops';
import type { OutboxEntry } from '@domain/outbox';
import { keysOfEntries, opsOfEntry, replayPending, rowKey, splitRowKey } from './replay';

let seq = 0;
function entry(name: string, args: unknown): OutboxEntry {
  seq += 1;
  return {
    id: `00000000-0000-7000-8000-${String(seq).padStart(12, '0')}`,
    name,
    version: 1,
    args,
    deviceId: '00000000-0000-7000-8000-000000000000',
    seq,
    createdAt: 0,
  };
}

const ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a01';
const OTHER = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a02';
const item = (fields: Record<string, unknown> = {}): EntityRow => ({
  id: ID,
  priceFen: 1800,
  ...fields,
});
const key = rowKey('menuItem', ID);

describe('replayPending', () => {
  it('lays pending patches over the platform row in seq order, field by field', () => {
    const earlier = entry('menuItem.update', {
      id: ID,
      priceFen: 2000,
      status: 'off_sale',
      updatedAt: 1,
    });
    const later = entry('menuItem.update', { id: ID, priceFen: 2400, updatedAt: 2 });
    // Given newest first: seq decides, not array order.
    const rows = replayPending(new Map([[key, item()]]), [later, earlier], new Set([key]));
    expect(rows.get(key)).toEqual({ id: ID, priceFen: 2400, status: 'off_sale', updatedAt: 2 });
  });

  it('leaves the platform row when nothing pending touches it, and a missing record missing', () => {
    const other = rowKey('menuItem', OTHER);
    const pending = [entry('menuItem.update', { id: OTHER, priceFen: 1, updatedAt: 1 })];
    const rows = replayPending(new Map([[key, item()]]), pending, new Set([key, other]));
    expect(rows.get(key)).toEqual(item());
    // A patch of a record that does not exist changes nothing (the platform does the same).
    expect(rows.get(other)).toBeNull();
  });

  it('deletes, and a later put brings the record back', () => {
    const deleted = entry('menuItem.delete', { ids: [ID], photoIds: [] });
    expect(replayPending(new Map([[key, item()]]), [deleted], new Set([key])).get(key)).toBeNull();
    const restored = entry('menuItem.restore', { items: [item({ priceFen: 999 })] });
    const rows = replayPending(new Map([[key, item()]]), [deleted, restored], new Set([key]));
    expect(rows.get(key)?.priceFen).toBe(999);
  });

  it('appends a ledger entry once and never changes one the platform has', () => {
    const stock = {
      id: ID,
      itemId: OTHER,
      businessDate: '2026-03-06',
      delta: -1,
      reason: 'sale',
      createdAt: 1,
    };
    const ledgerKey = rowKey('menuStockEntry', ID);
    const append = entry('menuStock.append', { entries: [stock] });
    expect(replayPending(new Map(), [append, append], new Set([ledgerKey])).get(ledgerKey)).toEqual(
      stock,
    );
    const platformCopy = { ...stock, delta: -1, note: 'platform' };
    expect(
      replayPending(new Map([[ledgerKey, platformCopy]]), [append], new Set([ledgerKey])).get(
        ledgerKey,
      ),
    ).toEqual(platformCopy);
  });

  it('ignores a change whose name this build does not know', () => {
    const unknown = entry('aFuturePart.change', { id: ID });
    expect(opsOfEntry(unknown)).toEqual([]);
    expect(replayPending(new Map([[key, item()]]), [unknown], new Set([key])).get(key)).toEqual(
      item(),
    );
  });
});

describe('row keys', () => {
  it('name every record a change touches, and split back', () => {
    const keys = keysOfEntries([entry('menuItem.delete', { ids: [ID], photoIds: [OTHER] })]);
    expect([...keys].map(splitRowKey)).toEqual([
      { table: 'menuItem', id: ID },
      { table: 'menuPhoto', id: OTHER },
    ]);
  });
});
