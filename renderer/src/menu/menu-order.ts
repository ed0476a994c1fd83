/** The order the shop sees its menu in: categories by their sort key, items by theirs within. */
import { compareSortKeys } from '@domain/menu/sort-key';
import type { Category, MenuItem } from '@domain/menu/schema';

export function orderItems(
  items: readonly MenuItem[],
  categories: readonly Category[],
): MenuItem[] {
  const rank = new Map(categories.map((category, index) => [category.id, index]));
  const rankOf = (item: MenuItem) => rank.get(item.categoryId) ?? categories.length;
  return [...items].sort((a, b) => rankOf(a) - rankOf(b) || compareSortKeys(a.sortKey, b.sortKey));
}

/** The sort key that puts a new item last in its category. */
export function lastSortKeyIn(items: readonly MenuItem[], categoryId: string): string | null {
  let last: string | null = null;
  for (const item of items) {
    if (item.categoryId === categoryId && (last === null || item.sortKey > last))
      last = item.sortKey;
  }
  return last;
}
