import { describe, expect, it } from 'vitest';
import { findMutation } from '../../mutations/registry';
import { entityTables, ledgerTables } from '../../mutations/tables';
import { ids, sampleCategory, sampleItem } from '../fixtures/menu';
import {
  bulkUpdateItems,
  clearItemsSoldOut,
  deleteCategory,
  deleteItems,
  importMenu,
  markItemsSoldOut,
  menuMutations,
  updateItem,
} from './index';

/** What the outbox and the platform see: arguments after a JSON round trip, parsed again. */
function opsAfterWire<Args>(
  definition: { args: { parse(v: unknown): Args }; ops(a: Args): unknown },
  args: unknown,
) {
  return definition.ops(definition.args.parse(JSON.parse(JSON.stringify(args))));
}

describe('menu mutations', () => {
  it('are all registered under their own names and write only known tables', () => {
    const tables = new Set<string>([...entityTables, ...ledgerTables]);
    for (const definition of menuMutations) {
      expect(findMutation(definition.name)).toBe(definition);
    }
    const ops = importMenu.ops(
      importMenu.args.parse({
        categories: [sampleCategory()],
        tags: [],
        createItems: [sampleItem()],
        updateItems: [{ id: ids.item(9), fields: { priceFen: 100 } }],
        deleteItemIds: [ids.item(8)],
        deleteCategoryIds: [ids.categoryN(7)],
        updatedAt: 5,
      }),
    );
    expect(ops.every((op) => tables.has(op.table))).toBe(true);
    expect(ops.map((op) => op.op)).toEqual(['put', 'put', 'patch', 'delete', 'delete']);
  });

  it('an item update patches only the changed fields', () => {
    expect(opsAfterWire(updateItem, { id: ids.item(1), priceFen: 2600, updatedAt: 9 })).toEqual([
      { op: 'patch', table: 'menuItem', id: ids.item(1), fields: { priceFen: 2600, updatedAt: 9 } },
    ]);
  });

  it('clearing a field travels as null, which survives JSON', () => {
    const ops = opsAfterWire(clearItemsSoldOut, { ids: [ids.item(1)], updatedAt: 3 });
    expect(ops).toEqual([
      {
        op: 'patch',
        table: 'menuItem',
        id: ids.item(1),
        fields: { soldOutBusinessDate: null, updatedAt: 3 },
      },
    ]);
  });

  it('marks several items sold out for one business day', () => {
    const ops = markItemsSoldOut.ops({
      ids: [ids.item(1), ids.item(2)],
      businessDate: '2025-03-07',
      updatedAt: 1,
    });
    expect(ops.map((op) => (op.op === 'patch' ? op.fields.soldOutBusinessDate : null))).toEqual([
      '2025-03-07',
      '2025-03-07',
    ]);
    expect(
      markItemsSoldOut.args.safeParse({
        ids: [ids.item(1)],
        businessDate: '7/3/2025',
        updatedAt: 1,
      }).success,
    ).toBe(false);
  });

  it('a bulk update stamps every item with the same updatedAt', () => {
    const ops = bulkUpdateItems.ops({
      changes: [
        { id: ids.item(1), fields: { priceFen: 1100 } },
        { id: ids.item(2), fields: { categoryId: ids.categoryN(2) } },
      ],
      updatedAt: 42,
    });
    expect(ops[1]).toEqual({
      op: 'patch',
      table: 'menuItem',
      id: ids.item(2),
      fields: { categoryId: ids.categoryN(2), updatedAt: 42 },
    });
  });

  it('deleting a category moves its items in the same change, before the delete', () => {
    const ops = deleteCategory.ops({
      id: ids.category,
      moveItems: { toCategoryId: ids.categoryN(2), itemIds: [ids.item(1)], updatedAt: 7 },
    });
    expect(ops).toEqual([
      {
        op: 'patch',
        table: 'menuItem',
        id: ids.item(1),
        fields: { categoryId: ids.categoryN(2), updatedAt: 7 },
      },
      { op: 'delete', table: 'menuCategory', id: ids.category },
    ]);
  });

  it('deleting items also deletes the photos named, never stock entries', () => {
    const ops = opsAfterWire(deleteItems, { ids: [ids.item(1)], photoIds: [ids.photo(1)] });
    expect(ops).toEqual([
      { op: 'delete', table: 'menuItem', id: ids.item(1) },
      { op: 'delete', table: 'menuPhoto', id: ids.photo(1) },
    ]);
  });

  it('refuses an item whose price is not whole fen', () => {
    expect(
      updateItem.args.safeParse({ id: ids.item(1), priceFen: 10.5, updatedAt: 1 }).success,
    ).toBe(false);
  });
});
