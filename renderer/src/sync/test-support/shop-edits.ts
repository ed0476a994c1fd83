/**
 * The edits the sync tests make, as data fast-check can generate and shrink, applied through the
 * real mutations: price and name changes, new and deleted items, stock in and sales (a ledger,
 * guarded by the "never below zero" rule), sold-out marks, profile and category changes, and menu
 * imports: one mutation of many rows, which pull pages split.
 */
import fc from 'fast-check';
import {
  appendStock,
  createCategory,
  createItem,
  deleteItems,
  importMenu,
  markItemsSoldOut,
  updateCategory,
  updateItem,
} from '@domain/menu/mutations';
import { createVendorProfile, updateVendorProfile } from '@domain/vendor/mutations';
import { sampleVendorProfile } from '@domain/test-support/vendor-profile';
import { BUSINESS_DATE, category, menuItem, stockEntry } from './shop-fixtures';
import type { SimDevice } from './sim-device';

export type ShopEdit =
  | { kind: 'price'; pick: number; priceFen: number }
  | { kind: 'rename'; pick: number; name: string }
  | { kind: 'newItem'; name: string; priceFen: number }
  | { kind: 'deleteItem'; pick: number }
  | { kind: 'restock'; pick: number; quantity: number }
  | { kind: 'sell'; pick: number; quantity: number }
  | { kind: 'soldOut'; pick: number }
  | { kind: 'profile'; field: 'phone' | 'address'; value: string }
  | { kind: 'hideCategory'; hidden: boolean }
  | { kind: 'import'; names: string[]; pick: number; priceFen: number };

const names = ['牛肉面', '刀削面', '炸酱面', '凉皮', '肉夹馍', '酸辣粉', '小笼包', '馄饨'];
const phones = ['13812341234', '02112345678', '13900001111', '075588886666'];
const addresses = [
  '上海市黄浦区南京东路 1 号',
  '上海市徐汇区漕溪北路 88 号',
  '杭州市西湖区文三路 1 号',
];

const sell = fc.record({
  kind: fc.constant('sell' as const),
  pick: fc.nat(20),
  quantity: fc.integer({ min: 1, max: 3 }),
});

/** Sales come most often: offline sales on several consoles are what collide on the platform. */
export const shopEditArbitrary: fc.Arbitrary<ShopEdit> = fc.oneof(
  { weight: 4, arbitrary: sell },
  fc.record({
    kind: fc.constant('price' as const),
    pick: fc.nat(20),
    priceFen: fc.integer({ min: 100, max: 9_900 }),
  }),
  fc.record({
    kind: fc.constant('rename' as const),
    pick: fc.nat(20),
    name: fc.constantFrom(...names),
  }),
  fc.record({
    kind: fc.constant('newItem' as const),
    name: fc.constantFrom(...names),
    priceFen: fc.integer({ min: 100, max: 9_900 }),
  }),
  fc.record({ kind: fc.constant('deleteItem' as const), pick: fc.nat(20) }),
  fc.record({
    kind: fc.constant('restock' as const),
    pick: fc.nat(20),
    quantity: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant('soldOut' as const), pick: fc.nat(20) }),
  fc
    .record({
      kind: fc.constant('profile' as const),
      field: fc.constantFrom('phone' as const, 'address' as const),
      value: fc.constant(''),
    })
    .chain((edit) =>
      fc
        .constantFrom(...(edit.field === 'phone' ? phones : addresses))
        .map((value) => ({ ...edit, value })),
    ),
  fc.record({ kind: fc.constant('hideCategory' as const), hidden: fc.boolean() }),
  fc.record({
    kind: fc.constant('import' as const),
    names: fc.array(fc.constantFrom(...names), { minLength: 2, maxLength: 7 }),
    pick: fc.nat(20),
    priceFen: fc.integer({ min: 100, max: 9_900 }),
  }),
);

export interface ShopSeed {
  vendorId: string;
  categoryId: string;
}

/** The shop as the first console sets it up: profile, one category, two items with stock. */
export async function seedShop(device: SimDevice, vendorId: string): Promise<ShopSeed> {
  const noodles = category();
  await device.edit(createVendorProfile, sampleVendorProfile({ id: vendorId }));
  await device.edit(createCategory, noodles);
  for (const name of names.slice(0, 2)) {
    const item = menuItem(noodles.id, name);
    await device.edit(createItem, item);
    await device.edit(appendStock, { entries: [stockEntry(item.id, 3, 'adjustment')] });
  }
  return { vendorId, categoryId: noodles.id };
}

/** Makes `edit` on `device` against what that device shows now; false when there was nothing to edit. */
export async function applyShopEdit(
  device: SimDevice,
  seed: ShopSeed,
  edit: ShopEdit,
): Promise<boolean> {
  const items = (await device.db.menuItem.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
  const item = 'pick' in edit && items.length > 0 ? items[edit.pick % items.length] : undefined;
  const updatedAt = 1_764_000_000_000;
  switch (edit.kind) {
    case 'newItem':
      await device.edit(createItem, menuItem(seed.categoryId, edit.name, edit.priceFen));
      return true;
    case 'profile':
      await device.edit(updateVendorProfile, { id: seed.vendorId, [edit.field]: edit.value });
      return true;
    case 'hideCategory':
      await device.edit(updateCategory, { id: seed.categoryId, hidden: edit.hidden });
      return true;
    case 'import':
      // New items, and a new price for one item the device shows (if any): several rows at once.
      await device.edit(importMenu, {
        categories: [],
        tags: [],
        createItems: edit.names.map((name) => menuItem(seed.categoryId, name, edit.priceFen)),
        updateItems: item ? [{ id: item.id, fields: { priceFen: edit.priceFen } }] : [],
        deleteItemIds: [],
        deleteCategoryIds: [],
        updatedAt,
      });
      return true;
    default:
      break;
  }
  if (!item) return false;
  switch (edit.kind) {
    case 'price':
      await device.edit(updateItem, { id: item.id, priceFen: edit.priceFen, updatedAt });
      break;
    case 'rename':
      await device.edit(updateItem, { id: item.id, name: { zh: edit.name, en: null }, updatedAt });
      break;
    case 'deleteItem':
      await device.edit(deleteItems, { ids: [item.id], photoIds: [] });
      break;
    case 'restock':
      await device.edit(appendStock, {
        entries: [stockEntry(item.id, edit.quantity, 'adjustment')],
      });
      break;
    case 'sell':
      await device.edit(appendStock, { entries: [stockEntry(item.id, -edit.quantity, 'sale')] });
      break;
    case 'soldOut':
      await device.edit(markItemsSoldOut, {
        ids: [item.id],
        businessDate: BUSINESS_DATE,
        updatedAt,
      });
      break;
  }
  return true;
}
