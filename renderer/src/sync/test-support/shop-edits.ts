/**
 * The edits the sync tests make, as data fast-check can generate and shrink, applied through the
 * real mutations: price and name changes, new and deleted items, stock in and sales (a ledger,
 * guarded by the "never below zero" rule), sold-out marks, profile and category changes, menu
 * imports (one mutation of many rows, which pull pages split), and the members' accounts: new
 * customers (a phone may repeat: both survive as duplicates), top-ups, and charges from stored
 * value or points against the balance the console knows — offline on several consoles these
 * spend the same money, which storedValue.belowZero and points.belowZero turn down.
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
import { splitSpend, storedValueBalance, pointsBalance } from '@domain/customers/ledger';
import { chargeCustomer, createCustomer, topUpStoredValue } from '@domain/customers/mutations';
import { createVendorProfile, updateVendorProfile } from '@domain/vendor/mutations';
import { sampleVendorProfile } from '@domain/test-support/vendor-profile';
import {
  BUSINESS_DATE,
  category,
  chargeArgs,
  customerRecords,
  menuItem,
  stockEntry,
  topUpEntry,
} from './shop-fixtures';
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
  | { kind: 'import'; names: string[]; pick: number; priceFen: number }
  | { kind: 'newCustomer'; name: string; phone: string }
  | { kind: 'topUp'; pick: number; principalFen: number; bonusFen: number }
  | { kind: 'spend'; pick: number; amountFen: number; bonusFirst: boolean }
  | { kind: 'redeem'; pick: number; points: number };

const customerNames = ['王女士', '李先生', '张阿姨'];
const customerPhones = ['13811110000', '13822220000'];

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

/** Spends come often: the same balance spent offline on several consoles collides on the platform. */
const customerEdit: fc.Arbitrary<ShopEdit> = fc.oneof(
  fc.record({
    kind: fc.constant('newCustomer' as const),
    name: fc.constantFrom(...customerNames),
    phone: fc.constantFrom(...customerPhones),
  }),
  fc.record({
    kind: fc.constant('topUp' as const),
    pick: fc.nat(20),
    principalFen: fc.integer({ min: 1, max: 5_000 }),
    bonusFen: fc.constantFrom(0, 0, 500),
  }),
  // Mostly the first member (the one with money), so consoles spend the same balance.
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('spend' as const),
      pick: fc.constantFrom(0, 0, 0, 1),
      amountFen: fc.integer({ min: 1_000, max: 4_000 }),
      bonusFirst: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('redeem' as const),
      pick: fc.constantFrom(0, 0, 1),
      points: fc.integer({ min: 5, max: 40 }),
    }),
  },
);

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

/** The menu's edits and the members' (seedMembers first), half and half. */
export const shopWithMembersEditArbitrary: fc.Arbitrary<ShopEdit> = fc.oneof(
  shopEditArbitrary,
  customerEdit,
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
    case 'newCustomer':
      await device.edit(createCustomer, customerRecords(edit.name, edit.phone));
      return true;
    case 'topUp':
    case 'spend':
    case 'redeem':
      return applyCustomerEdit(device, edit);
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

/** The shop's first member, with ¥50 paid and ¥5 bonus of stored value; returns its id. */
export async function seedMembers(device: SimDevice): Promise<string> {
  const member = customerRecords(customerNames[0]!, customerPhones[0]!);
  await device.edit(createCustomer, member);
  await device.edit(topUpStoredValue, { entry: topUpEntry(member.customer.id, 5_000, 500) });
  return member.customer.id;
}

type CustomerEdit = Extract<ShopEdit, { kind: 'topUp' | 'spend' | 'redeem' }>;

/** A member's top-up or charge, against the balance this console knows (its own entries too). */
async function applyCustomerEdit(device: SimDevice, edit: CustomerEdit): Promise<boolean> {
  const customers = (await device.db.customer.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
  const customer = customers[edit.pick % Math.max(1, customers.length)];
  if (!customer) return false;
  const id = customer.id;
  if (edit.kind === 'topUp') {
    await device.edit(topUpStoredValue, {
      entry: topUpEntry(id, edit.principalFen, edit.bonusFen),
    });
    return true;
  }
  if (edit.kind === 'spend') {
    const entries = await device.db.storedValueEntry.where('customerId').equals(id).toArray();
    const order = edit.bonusFirst ? 'bonusFirst' : 'principalFirst';
    const split = splitSpend(storedValueBalance(entries), edit.amountFen, order);
    if (!split) return false; // the desk would not let it through
    const earned = Math.floor(edit.amountFen / 100);
    await device.edit(chargeCustomer, chargeArgs(id, edit.amountFen, { split }, earned));
    return true;
  }
  const points = await device.db.pointsEntry.where('customerId').equals(id).toArray();
  if (pointsBalance(points) < edit.points) return false;
  await device.edit(chargeCustomer, chargeArgs(id, edit.points, { pointsUsed: edit.points }, 0));
  return true;
}
