import { expect, type Page } from '@playwright/test';

export interface ShopDetails {
  name: string;
  category: string;
  address: string;
  phone: string;
}

export const laoWang: ShopDetails = {
  name: '老王黄焖鸡米饭',
  category: '餐饮',
  address: '上海市徐汇区漕溪北路 88 号',
  phone: '13812341234',
};

export const xiaoMei: ShopDetails = {
  name: '小美美发沙龙',
  category: '美容美发',
  address: '杭州市西湖区文三路 1 号',
  phone: '0571-88886666',
};

/** Fills the zh-CN shop profile form (first run or "new profile") and submits it. */
export async function createProfile(page: Page, shop: ShopDetails): Promise<void> {
  await page.getByLabel('店铺名称').fill(shop.name);
  await page.getByLabel('经营类目').click();
  await page.getByTitle(shop.category, { exact: true }).click();
  await page.getByLabel('店铺地址').fill(shop.address);
  await page.getByLabel('联系电话').fill(shop.phone);
  await page.getByRole('button', { name: '创建店铺档案' }).click();
  await expect(currentProfile(page, shop.name)).toBeVisible();
}

/** The shop shown as current in the header's profile switcher. */
export function currentProfile(page: Page, name: string) {
  return page.getByRole('banner').getByTitle(name, { exact: true });
}

/** The console's main navigation, in either language. */
export function nav(page: Page) {
  return page.getByRole('navigation', { name: /主导航|Main navigation/ });
}

/** The IndexedDB database of the shop open in `page` (the console names it by the vendor). */
export function vendorStoreName(page: Page): Promise<string> {
  return page.evaluate(async () =>
    (await indexedDB.databases())
      .map((d) => d.name!)
      .find((n) => n.startsWith('vendor-console.vendor.'))!,
  );
}

/** Every row of one store of the shop open in `page`, as this device keeps it (plain rows only). */
export function storedRows<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (store) => {
    const name = (await indexedDB.databases())
      .map((d) => d.name!)
      .find((n) => n.startsWith('vendor-console.vendor.'))!;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows;
  }, store) as Promise<T[]>;
}
