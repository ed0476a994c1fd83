/**
 * "What is on sale at…": the menu as a customer sees it at a chosen moment, for the picker and
 * the storefront preview. Hidden categories and off-sale items are left out; sold-out items stay,
 * marked, as customers see them greyed out.
 */
import { compareSortKeys } from './sort-key';
import { availabilityAllows, daypartIndex, shopMomentAt } from './dayparts';
import { effectiveStatusOn, stockTotals } from './sold-out';
import type { ShopClock } from './shop-clock';
import type { Category, Daypart, EffectiveStatus, MenuItem, StockEntry } from './schema';

export interface MenuAtSection {
  category: Category;
  items: { item: MenuItem; status: Exclude<EffectiveStatus, 'off_sale'> }[];
}

const bySortKey = (a: { sortKey: string }, b: { sortKey: string }) =>
  compareSortKeys(a.sortKey, b.sortKey);

export function menuAt(
  items: readonly MenuItem[],
  categories: readonly Category[],
  dayparts: readonly Daypart[],
  epochMs: number,
  clock: ShopClock,
  stockEntries: readonly StockEntry[] = [],
): MenuAtSection[] {
  const byId = daypartIndex(dayparts);
  const moment = shopMomentAt(epochMs, clock);
  const totals = stockTotals(stockEntries, moment.businessDate);
  const sections: MenuAtSection[] = [];
  for (const category of [...categories].sort(bySortKey)) {
    if (category.hidden || !availabilityAllows(category.availability, byId, moment)) continue;
    const section: MenuAtSection = { category, items: [] };
    for (const item of items.filter((i) => i.categoryId === category.id).sort(bySortKey)) {
      if (!availabilityAllows(item.availability, byId, moment)) continue;
      const status = effectiveStatusOn(item, moment.businessDate, totals);
      if (status !== 'off_sale') section.items.push({ item, status });
    }
    if (section.items.length > 0) sections.push(section);
  }
  return sections;
}
