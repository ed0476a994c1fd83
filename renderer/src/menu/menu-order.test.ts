import { describe, expect, it } from 'vitest';
import { ids, sampleCategory, sampleItem } from '@domain/menu/fixtures/menu';
import { lastSortKeyIn, orderItems } from './menu-order';
import { pushEntry } from './undo/undo-context';

describe('menu order', () => {
  it('lists items by category order, then their own', () => {
    const categories = [
      sampleCategory({ id: ids.categoryN(2), sortKey: 'a' }),
      sampleCategory({ id: ids.category, sortKey: 'b' }),
    ];
    const items = [
      sampleItem({ id: ids.item(1), categoryId: ids.category, sortKey: 'a' }),
      sampleItem({ id: ids.item(2), categoryId: ids.categoryN(2), sortKey: 'z' }),
      sampleItem({ id: ids.item(3), categoryId: ids.categoryN(2), sortKey: 'm' }),
    ];
    expect(orderItems(items, categories).map((item) => item.id)).toEqual([
      ids.item(3),
      ids.item(2),
      ids.item(1),
    ]);
    expect(lastSortKeyIn(items, ids.categoryN(2))).toBe('z');
    expect(lastSortKeyIn(items, ids.categoryN(9))).toBeNull();
  });

  it('keeps the last twenty undo entries', () => {
    let entries: ReturnType<typeof pushEntry> = [];
    for (let id = 1; id <= 25; id += 1) {
      entries = pushEntry(entries, { id, label: String(id), run: async () => {} });
    }
    expect(entries.map((entry) => entry.id)).toEqual([...Array(20).keys()].map((i) => i + 6));
  });
});
