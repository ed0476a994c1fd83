/** Lookups over the shop's current menu that an import matches rows against. */
import { normalizeCode } from '../codes';
import type { Menu, MenuItem } from '../schema';

export interface MenuIndex {
  itemsById: ReadonlyMap<string, MenuItem>;
  /** Items by SKU, their own or a variant's (an export's row finds its item by either). */
  itemsBySku: ReadonlyMap<string, MenuItem>;
  /** Items by lower-case Chinese name; null when two items share the name (no guessing). */
  itemsByName: ReadonlyMap<string, MenuItem | null>;
  /** The item holding each barcode, its own or a variant's. */
  barcodeOwners: ReadonlyMap<string, string>;
  categoryIdsByName: Map<string, string>;
  tagIdsByName: Map<string, string>;
  daypartsByName: ReadonlyMap<string, string>;
}

export const nameKey = (name: string) => name.trim().toLowerCase();

/** Maps each record's zh and en names (lower case) to its id; the first record wins a clash. */
function byNames(records: readonly { id: string; name: { zh: string; en?: string | null } }[]) {
  const map = new Map<string, string>();
  for (const { id, name } of records) {
    for (const n of [name.zh, name.en]) if (n && !map.has(nameKey(n))) map.set(nameKey(n), id);
  }
  return map;
}

export function indexMenu(menu: Menu): MenuIndex {
  const itemsBySku = new Map<string, MenuItem>();
  const itemsByName = new Map<string, MenuItem | null>();
  const barcodeOwners = new Map<string, string>();
  for (const item of menu.items) {
    for (const holder of [item, ...(item.variants ?? [])]) {
      if (holder.sku && !itemsBySku.has(normalizeCode(holder.sku)))
        itemsBySku.set(normalizeCode(holder.sku), item);
      if (holder.barcode) barcodeOwners.set(normalizeCode(holder.barcode), item.id);
    }
    const key = nameKey(item.name.zh);
    itemsByName.set(key, itemsByName.has(key) ? null : item);
  }
  return {
    itemsById: new Map(menu.items.map((item) => [item.id, item])),
    itemsBySku,
    itemsByName,
    barcodeOwners,
    categoryIdsByName: byNames(menu.categories),
    tagIdsByName: byNames(menu.tags),
    daypartsByName: byNames(menu.dayparts),
  };
}
