/**
 * What the item list shows: the menu narrowed by search and filters, each item with its status
 * for today. Search ranks (best match first); without a query the shop's own order stands.
 */
import { codeValues, normalizeCode } from '@domain/menu/codes';
import type { SearchIndex } from '@domain/menu/search';
import { effectiveStatusOn, remainingStockOn } from '@domain/menu/sold-out';
import type { Availability, EffectiveStatus, Menu, MenuItem } from '@domain/menu/schema';
import { variantsOf } from '@domain/menu/variants';

export interface ItemFilters {
  query: string;
  categoryId: string | null;
  status: EffectiveStatus | null;
  tagId: string | null;
  daypartId: string | null;
}

export const noFilters: ItemFilters = {
  query: '',
  categoryId: null,
  status: null,
  tagId: null,
  daypartId: null,
};

export interface ListedItem {
  item: MenuItem;
  status: EffectiveStatus;
  /** Portions left today; null = no daily stock. */
  remaining: number | null;
  /** Sold out by the shop's mark for today (not by stock running out): "back on sale" clears it. */
  markedSoldOut: boolean;
  /** The variant whose SKU or barcode the query is (or begins), to say why the item is listed. */
  matchedVariantId?: string;
}

export interface ListContext {
  /** null while the index is still being built: a plain name/code match stands in. */
  search: SearchIndex | null;
  businessDate: string;
  stockTotals: ReadonlyMap<string, number>;
}

/** Whether a rule lets the item be sold in the daypart (no daypart limit means always). */
function offeredIn(
  availability: Availability | null | undefined,
  daypartId: string,
  known: ReadonlySet<string>,
): boolean {
  const limits = availability?.daypartIds.filter((id) => known.has(id)) ?? [];
  return limits.length === 0 || limits.includes(daypartId);
}

function plainMatches(items: readonly MenuItem[], query: string): MenuItem[] {
  const text = query.trim().toLowerCase();
  // codeValues: the item's own codes and its variants'.
  return items.filter((item) =>
    [item.name.zh, item.name.en, ...codeValues(item)].some((field) =>
      field?.toLowerCase().includes(text),
    ),
  );
}

function searched(menu: Menu, query: string, search: SearchIndex | null): MenuItem[] {
  if (!query.trim()) return menu.items;
  if (!search) return plainMatches(menu.items, query);
  const byId = new Map(menu.items.map((item) => [item.id, item]));
  return search.search(query).flatMap((id) => byId.get(id) ?? []);
}

/** The first variant with a code the typed code is, or begins. */
function variantMatching(item: MenuItem, code: string): string | undefined {
  if (!code) return undefined;
  return variantsOf(item).find((variant) =>
    [variant.sku, variant.barcode].some((each) => each && normalizeCode(each).startsWith(code)),
  )?.id;
}

export function listItems(menu: Menu, filters: ItemFilters, context: ListContext): ListedItem[] {
  const categories = new Map(menu.categories.map((category) => [category.id, category]));
  const known = new Set(menu.dayparts.map((daypart) => daypart.id));
  const { businessDate, stockTotals } = context;
  const listed: ListedItem[] = [];
  const code = normalizeCode(filters.query);
  for (const item of searched(menu, filters.query, context.search)) {
    if (filters.categoryId && item.categoryId !== filters.categoryId) continue;
    if (filters.tagId && !item.tags.includes(filters.tagId)) continue;
    if (filters.daypartId) {
      const category = categories.get(item.categoryId);
      if (!offeredIn(category?.availability, filters.daypartId, known)) continue;
      if (!offeredIn(item.availability, filters.daypartId, known)) continue;
    }
    const status = effectiveStatusOn(item, businessDate, stockTotals);
    if (filters.status && status !== filters.status) continue;
    listed.push({
      item,
      status,
      remaining: remainingStockOn(item, businessDate, stockTotals),
      markedSoldOut: item.status === 'on_sale' && item.soldOutBusinessDate === businessDate,
      ...(code ? { matchedVariantId: variantMatching(item, code) } : {}),
    });
  }
  return listed;
}
