/** Where an import's new categories, tags and items go: after what the shop has, in file order. */
import type { MenuItem } from '../schema';
import { compareSortKeys, keysBetween } from '../sort-key';

/** New records go after the existing ones, in file order, with short evenly spread keys. */
export function assignSortKeys(
  records: { sortKey: string }[],
  existing: readonly { sortKey: string }[],
): void {
  const last =
    existing
      .map((r) => r.sortKey)
      .sort(compareSortKeys)
      .at(-1) ?? null;
  keysBetween(last, null, records.length).forEach((sortKey, i) => {
    records[i]!.sortKey = sortKey;
  });
}

/** New items go after the existing items of their category, in file order. */
export function assignItemSortKeys(created: MenuItem[], existing: readonly MenuItem[]): void {
  const byCategory = new Map<string, MenuItem[]>();
  for (const item of created) {
    const items = byCategory.get(item.categoryId);
    if (items) items.push(item);
    else byCategory.set(item.categoryId, [item]);
  }
  for (const [categoryId, items] of byCategory) {
    assignSortKeys(
      items,
      existing.filter((i) => i.categoryId === categoryId),
    );
  }
}
