/**
 * Deterministic shop data for benchmarks (the profile is domain/test-support's sample): a menu of N items whose names are
 * real-looking dish names (so pinyin work is what a shop's menu costs), the same on every run.
 */
import { newId } from '@domain/ids';
import type { Category, MenuItem } from '@domain/menu/schema';

const methods = [
  ...['黄焖', '红烧', '麻辣', '香辣', '宫保', '鱼香', '糖醋', '清蒸', '干煸', '水煮'],
  ...['酸菜', '番茄', '回锅', '孜然', '椒盐', '葱爆', '蒜蓉', '剁椒', '酱爆', '小炒'],
];
const mains = [
  ...['鸡', '牛肉', '猪肉', '鱼', '虾仁', '豆腐', '茄子', '排骨'],
  ...['鸡蛋', '土豆', '羊肉', '鸭', '肥肠', '牛蛙', '鱿鱼'],
];
const forms = ['米饭', '面', '米粉', '盖饭', '套餐', '煲', '锅', '拌面', '饺子', '汤'];
const sizes = ['', '（大份）', '（小份）', '（双人）'];

/** The n-th dish name; every combination of method, main and form before any size repeats. */
export function dishName(n: number): string {
  const method = methods[n % methods.length]!;
  const main = mains[Math.floor(n / methods.length) % mains.length]!;
  const form = forms[Math.floor(n / (methods.length * mains.length)) % forms.length]!;
  const size = sizes[Math.floor(n / (methods.length * mains.length * forms.length)) % sizes.length];
  return `${method}${main}${form}${size}`;
}

export function benchCategory(): Category {
  return { id: newId(), name: { zh: '主食', en: 'Mains' }, sortKey: 'i', hidden: false };
}

/** A fractional-index key that sorts in n order ("00001i" < "00002i" …), valid for sortKeySchema. */
function sortKeyOf(n: number): string {
  return `${String(n + 1).padStart(5, '0')}i`;
}

export function benchItem(n: number, categoryId: string): MenuItem {
  return {
    id: newId(),
    categoryId,
    sortKey: sortKeyOf(n),
    name: { zh: dishName(n), en: `Dish ${n + 1}` },
    description: { zh: '现点现做', en: 'Made to order' },
    priceFen: 1800 + (n % 40) * 50,
    listPriceFen: n % 5 === 0 ? 3000 : null,
    photoIds: [],
    tags: [],
    sku: `SKU-${String(n + 1).padStart(5, '0')}`,
    barcode: null,
    status: 'on_sale',
    soldOutBusinessDate: null,
    dailyStock: null,
    specGroups: [],
    availability: null,
    updatedAt: Date.UTC(2026, 0, 5),
  };
}

export function benchItems(count: number, categoryId: string): MenuItem[] {
  return Array.from({ length: count }, (_, n) => benchItem(n, categoryId));
}
