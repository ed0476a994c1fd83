/**
 * What the demo shop has to show: 老王黄焖鸡米饭's profile and a small menu, as the mutations a
 * first desktop would have sent. Every id is fixed, so seeding again sends the same changes and
 * the platform recognises them as duplicates.
 */
import type { Category, Daypart, MenuItem, MenuTag, SpecGroup } from '../domain/menu/schema';
import type { MenuImport } from '../domain/menu/mutations/import';
import type { VendorProfile } from '../domain/vendor';

/** A fixed UUIDv7-shaped id: `group` tells records apart by kind, `n` within it. */
function demoId(group: number, n: number): string {
  return `0190a1b2-c3d4-7000-8${group.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;
}

/** When the demo shop was "made" (2026-01-05 10:00 in Shanghai); rows stay identical across seeds. */
const MADE_AT = Date.UTC(2026, 0, 5, 2, 0);

/** The shop's name, on its profile and on its account, so sign-in and the synced profile agree. */
export const DEMO_SHOP_NAME = '老王黄焖鸡米饭（演示店）';

export function demoProfile(vendorId: string): VendorProfile {
  const day = [{ open: '06:30', close: '02:00' }];
  return {
    id: vendorId,
    name: DEMO_SHOP_NAME,
    category: 'restaurant',
    address: '上海市徐汇区漕溪北路 88 号',
    phone: '021-12345678',
    openingHours: { 1: day, 2: day, 3: day, 4: day, 5: day, 6: day, 7: day },
    timeZone: 'Asia/Shanghai',
    currency: 'CNY',
    businessDayCutoff: '04:00',
    createdAt: MADE_AT,
  };
}

const name = (zh: string, en: string) => ({ zh, en });

const ids = {
  breakfast: demoId(1, 1),
  lunch: demoId(1, 2),
  dinner: demoId(1, 3),
  lateNight: demoId(1, 4),
  signature: demoId(2, 1),
  snacks: demoId(2, 2),
  drinks: demoId(2, 3),
  signatureTag: demoId(3, 1),
  spicyTag: demoId(3, 2),
};
const { breakfast, lunch, dinner, lateNight, signature, snacks, drinks } = ids;
const { signatureTag, spicyTag } = ids;

export const demoDayparts: Daypart[] = [
  { id: breakfast, name: name('早餐', 'Breakfast'), start: '06:30', end: '10:00', sortKey: 'a' },
  { id: lunch, name: name('午市', 'Lunch'), start: '10:30', end: '14:00', sortKey: 'b' },
  { id: dinner, name: name('晚市', 'Dinner'), start: '17:00', end: '21:00', sortKey: 'c' },
  { id: lateNight, name: name('夜宵', 'Late night'), start: '21:00', end: '02:00', sortKey: 'd' },
];

const category = (id: string, zh: string, en: string, sortKey: string): Category => ({
  id,
  name: name(zh, en),
  sortKey,
  hidden: false,
  availability: null,
});
const categories: Category[] = [
  category(signature, '招牌黄焖', 'Signature braised', 'a'),
  category(snacks, '粥点小吃', 'Congee & snacks', 'b'),
  category(drinks, '饮品', 'Drinks', 'c'),
];

const tags: MenuTag[] = [
  { id: signatureTag, name: name('招牌', 'Signature'), sortKey: 'a' },
  { id: spicyTag, name: name('辣', 'Spicy'), sortKey: 'b' },
];

const option = (n: number, zh: string, en: string, priceDeltaFen = 0) => ({
  id: demoId(5, n),
  name: name(zh, en),
  priceDeltaFen,
});

/** 黄焖鸡米饭's choices: a size, a spice level, and up to three add-ons. */
const chickenSpecs: SpecGroup[] = [
  {
    id: demoId(4, 1),
    name: name('份量', 'Size'),
    selection: 'single',
    required: true,
    min: 1,
    max: 1,
    options: [
      option(1, '小份', 'Small', -300),
      option(2, '标准', 'Regular'),
      option(3, '大份', 'Large', 500),
    ],
  },
  {
    id: demoId(4, 2),
    name: name('辣度', 'Spice level'),
    selection: 'single',
    required: true,
    min: 1,
    max: 1,
    options: [
      option(4, '不辣', 'Not spicy'),
      option(5, '微辣', 'Mild'),
      option(6, '特辣', 'Extra hot'),
    ],
  },
  {
    id: demoId(4, 3),
    name: name('加料', 'Add-ons'),
    selection: 'multiple',
    required: false,
    min: 0,
    max: 3,
    options: [
      option(7, '加土豆', 'Extra potato', 200),
      option(8, '加香菇', 'Extra mushrooms', 300),
      option(9, '加卤蛋', 'Braised egg', 300),
    ],
  },
];

interface ItemSketch {
  zh: string;
  en: string;
  categoryId: string;
  priceFen: number;
  sortKey: string;
  specGroups?: SpecGroup[];
  tags?: string[];
  daypartIds?: string[];
  dailyStock?: number;
}

const sketches: ItemSketch[] = [
  {
    zh: '黄焖鸡米饭',
    en: 'Braised chicken with rice',
    categoryId: signature,
    priceFen: 2_200,
    sortKey: 'a',
    specGroups: chickenSpecs,
    tags: [signatureTag],
  },
  {
    zh: '黄焖排骨米饭',
    en: 'Braised pork ribs with rice',
    categoryId: signature,
    priceFen: 2_800,
    sortKey: 'b',
    dailyStock: 20,
  },
  {
    zh: '黄焖牛肉米饭',
    en: 'Braised beef with rice',
    categoryId: signature,
    priceFen: 3_200,
    sortKey: 'c',
    daypartIds: [lunch, dinner],
  },
  {
    zh: '皮蛋瘦肉粥',
    en: 'Century egg and pork congee',
    categoryId: snacks,
    priceFen: 800,
    sortKey: 'a',
    daypartIds: [breakfast],
  },
  { zh: '卤蛋', en: 'Braised egg', categoryId: snacks, priceFen: 300, sortKey: 'b' },
  { zh: '凉拌黄瓜', en: 'Smashed cucumber salad', categoryId: snacks, priceFen: 800, sortKey: 'c' },
  {
    zh: '香辣鸡翅',
    en: 'Spicy chicken wings',
    categoryId: snacks,
    priceFen: 1_800,
    sortKey: 'd',
    tags: [spicyTag],
    daypartIds: [dinner, lateNight],
  },
  { zh: '酸梅汤', en: 'Sour plum drink', categoryId: drinks, priceFen: 500, sortKey: 'a' },
];

export const demoItems: MenuItem[] = sketches.map((sketch, index) => ({
  id: demoId(6, index + 1),
  categoryId: sketch.categoryId,
  sortKey: sketch.sortKey,
  name: name(sketch.zh, sketch.en),
  description: { zh: null, en: null },
  priceFen: sketch.priceFen,
  listPriceFen: null,
  photoIds: [],
  tags: sketch.tags ?? [],
  sku: null,
  barcode: null,
  status: 'on_sale',
  soldOutBusinessDate: null,
  dailyStock: sketch.dailyStock ?? null,
  specGroups: sketch.specGroups ?? [],
  availability: sketch.daypartIds ? { daypartIds: sketch.daypartIds, weekdays: [] } : null,
  updatedAt: MADE_AT,
}));

/** The menu as one import: categories, tags and items land together or not at all. */
export const demoMenuImport: MenuImport = {
  categories,
  tags,
  createItems: demoItems,
  updateItems: [],
  deleteItemIds: [],
  deleteCategoryIds: [],
  updatedAt: MADE_AT,
};

/** The seed's changes in order: [mutation id, name, args]. Append new ones; never renumber. */
export function demoShopChanges(vendorId: string): Array<[string, string, unknown]> {
  return [
    [demoId(0x900, 1), 'vendorProfile.create', demoProfile(vendorId)],
    ...demoDayparts.map((daypart, index): [string, string, unknown] => [
      demoId(0x900, 2 + index),
      'menuDaypart.create',
      daypart,
    ]),
    [demoId(0x900, 6), 'menu.import', demoMenuImport],
  ];
}

export const DEMO_MADE_AT = MADE_AT;
