/** Realistic arguments for the registered mutations. */
import { newId } from '../../domain/ids';
import type { Category, MenuItem, StockEntry } from '../../domain/menu/schema';

/** The shared sample profile (domain/test-support/vendor-profile.ts), under the name these tests use. */
export { sampleVendorProfile as vendorProfile } from '../../domain/test-support/vendor-profile';

export function menuCategory(overrides: Partial<Category> = {}): Category {
  return {
    id: newId(),
    name: { zh: '招牌黄焖鸡', en: 'Braised chicken' },
    sortKey: 'm',
    hidden: false,
    availability: null,
    ...overrides,
  };
}

export function menuItem(categoryId: string, overrides: Partial<MenuItem> = {}): MenuItem {
  return {
    id: newId(),
    categoryId,
    sortKey: 'm',
    name: { zh: '黄焖鸡米饭', en: 'Braised chicken with rice' },
    description: { zh: null, en: null },
    priceFen: 2_200,
    listPriceFen: null,
    photoIds: [],
    tags: [],
    sku: null,
    barcode: null,
    status: 'on_sale',
    soldOutBusinessDate: null,
    dailyStock: null,
    specGroups: [],
    availability: null,
    updatedAt: 1_764_000_000_000,
    ...overrides,
  };
}

/** A stock movement as the console's sale or "made ten more" button writes it. */
export function stockEntry(
  itemId: string,
  delta: number,
  businessDate: string,
  reason: StockEntry['reason'] = 'sale',
): StockEntry {
  return { id: newId(), itemId, businessDate, delta, reason, createdAt: 1_764_000_000_000 };
}
