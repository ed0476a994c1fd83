import { describe, expect, it } from 'vitest';
import { applyEntityOp, type StoredEntity } from './row-state';

const item = { id: 'i1', name: '黄焖鸡', priceFen: 2800, soldOut: false };
const stored: StoredEntity = { row: item, deleted: false };

describe('applyEntityOp', () => {
  it('merges a patch field by field, so edits of different fields both survive', () => {
    const first = applyEntityOp(stored, {
      op: 'patch',
      table: 'menuItem',
      id: 'i1',
      fields: { priceFen: 3000 },
    });
    const second = applyEntityOp(first, {
      op: 'patch',
      table: 'menuItem',
      id: 'i1',
      fields: { soldOut: true },
    });
    expect(second).toEqual({ row: { ...item, priceFen: 3000, soldOut: true }, deleted: false });
  });

  it('lets the later-applied patch of one field win', () => {
    const first = applyEntityOp(stored, {
      op: 'patch',
      table: 'menuItem',
      id: 'i1',
      fields: { name: 'A' },
    });
    const second = applyEntityOp(first, {
      op: 'patch',
      table: 'menuItem',
      id: 'i1',
      fields: { name: 'B' },
    });
    expect(second?.row?.name).toBe('B');
  });

  it('leaves a missing or deleted record alone on patch and delete', () => {
    const patch = { op: 'patch', table: 'menuItem', id: 'i1', fields: { name: 'A' } } as const;
    expect(applyEntityOp(undefined, patch)).toBeUndefined();
    expect(applyEntityOp({ row: null, deleted: true }, patch)).toBeUndefined();
    expect(applyEntityOp(undefined, { op: 'delete', table: 'menuItem', id: 'i1' })).toBeUndefined();
  });

  it('never changes the id and ignores undefined fields', () => {
    const next = applyEntityOp(stored, {
      op: 'patch',
      table: 'menuItem',
      id: 'i1',
      fields: { id: 'other', name: undefined, priceFen: 1 },
    });
    expect(next?.row).toEqual({ ...item, priceFen: 1 });
  });

  it('reports an op that changes nothing as no change', () => {
    expect(
      applyEntityOp(stored, { op: 'put', table: 'menuItem', row: { ...item } }),
    ).toBeUndefined();
    expect(
      applyEntityOp(stored, {
        op: 'patch',
        table: 'menuItem',
        id: 'i1',
        fields: { priceFen: 2800 },
      }),
    ).toBeUndefined();
  });

  it('turns a delete into a tombstone and a later put brings the record back', () => {
    const deleted = applyEntityOp(stored, { op: 'delete', table: 'menuItem', id: 'i1' });
    expect(deleted).toEqual({ row: null, deleted: true });
    expect(applyEntityOp(deleted, { op: 'put', table: 'menuItem', row: item })).toEqual(stored);
  });
});
