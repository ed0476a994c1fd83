import { describe, expect, it } from 'vitest';
import { categorySchema, menuItemSchema, stockEntrySchema } from './schema';
import { sampleItem, ids } from './fixtures/menu';

describe('menu schemas', () => {
  it('accepts a complete item and the fixture menu', () => {
    expect(menuItemSchema.safeParse(sampleItem()).success).toBe(true);
  });

  it('refuses a fractional price and an item without a Chinese name', () => {
    expect(menuItemSchema.safeParse({ ...sampleItem(), priceFen: 12.5 }).success).toBe(false);
    expect(
      menuItemSchema.safeParse({ ...sampleItem(), name: { zh: ' ', en: 'Rice' } }).success,
    ).toBe(false);
  });

  it('lets a shop clear optional fields with null (undefined does not survive JSON)', () => {
    const cleared = {
      ...sampleItem(),
      sku: null,
      listPriceFen: null,
      soldOutBusinessDate: null,
      dailyStock: null,
    };
    expect(menuItemSchema.parse(JSON.parse(JSON.stringify(cleared))).sku).toBeNull();
  });

  it('checks business dates, weekdays and sort keys', () => {
    expect(
      menuItemSchema.safeParse({ ...sampleItem(), soldOutBusinessDate: '2025-13-01' }).success,
    ).toBe(false);
    const category = { id: ids.category, name: { zh: '主食' }, sortKey: 'i', hidden: false };
    expect(categorySchema.safeParse(category).success).toBe(true);
    expect(categorySchema.safeParse({ ...category, sortKey: 'i0' }).success).toBe(false);
    expect(
      categorySchema.safeParse({ ...category, availability: { daypartIds: [], weekdays: [8] } })
        .success,
    ).toBe(false);
  });

  it('keeps stock entries whole', () => {
    const entry = {
      id: ids.entry(1),
      itemId: ids.item(1),
      businessDate: '2025-03-07',
      delta: -1,
      reason: 'sale',
      createdAt: 0,
    };
    expect(stockEntrySchema.safeParse(entry).success).toBe(true);
    expect(stockEntrySchema.safeParse({ ...entry, delta: 0.5 }).success).toBe(false);
  });
});
