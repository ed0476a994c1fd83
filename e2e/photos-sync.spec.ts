/**
 * Photos reach the platform, end to end in Chromium: two browser contexts are two desktops of
 * one shop signed in to a real platform this spec starts (in-process, PGlite in memory). The
 * front desk adds an item with a photo; the kitchen's desktop shows that photo, fetched from the
 * platform's variants (its thumbnail is the platform's 320 px one, not the 160 px the front desk
 * made). Then a photo added while the front desk is offline stays queued and goes up, and on to
 * the kitchen, once the front desk is back online.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { desktopSignedIn, useDemoPlatform } from './support/demo-platform';
import { loadedWidth, pngBytes } from './support/images';
import { nav } from './support/profile';

const platform = useDemoPlatform();
const shots = 'docs/screenshots';

async function openItems(page: Page): Promise<void> {
  await nav(page).getByText('菜单', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '菜单', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: '商品' }).click();
}

async function chooseOption(page: Page, field: Locator, title: string): Promise<void> {
  await field.click();
  await page.getByTitle(title, { exact: true }).last().click();
}

const itemRow = (page: Page, name: string) =>
  page.getByRole('table', { name: '商品列表' }).getByRole('row').filter({ hasText: name });

/** Saves a new item with one photo (as the menu spec attaches one: the file chooser). */
async function createItemWithPhoto(page: Page, name: string, photo: Buffer): Promise<void> {
  await page.getByRole('button', { name: '新建商品' }).click();
  const drawer = page.getByRole('dialog', { name: '新建商品' });
  await drawer.getByLabel('中文名称').fill(name);
  await chooseOption(page, drawer.getByLabel('分类', { exact: true }), '招牌黄焖');
  await drawer.getByLabel('价格（元）').fill('25');
  const chooser = page.waitForEvent('filechooser');
  await drawer.getByRole('button', { name: '添加图片' }).click();
  await (await chooser).setFiles({ name: `${name}.png`, mimeType: 'image/png', buffer: photo });
  await expect(drawer.getByRole('button', { name: '移除第 1 张图片' })).toBeVisible();
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer).toBeHidden();
  await expect(itemRow(page, name)).toBeVisible();
}

/** The item row's photo, loaded and decoded (a placeholder is an icon, not an img). */
async function shownPhotoWidth(row: Locator): Promise<number> {
  // The thumbnail is decorative (alt=""), so it has no role to find it by.
  const image = row.locator('img');
  await expect(image).toHaveCount(1, { timeout: 20_000 });
  return loadedWidth(image);
}

const storedImages = async () =>
  Number((await platform.db.query<{ n: number }>('select count(*) as n from media_images'))[0]!.n);

test('a photo added on one desktop shows on the other, fetched from the platform, also when it was added offline', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const front = await desktopSignedIn(await browser.newContext(), platform.url, '前台电脑');
  const kitchen = await desktopSignedIn(await browser.newContext(), platform.url, '后厨电脑');
  await openItems(front);
  await createItemWithPhoto(front, '椒麻鸡饭', pngBytes(1600, 1200, 120));
  // The front desk shows its own 160 px thumbnail at once.
  expect(await shownPhotoWidth(itemRow(front, '椒麻鸡饭'))).toBe(160);
  await expect.poll(storedImages, { timeout: 20_000 }).toBe(1);

  await openItems(kitchen);
  const kitchenRow = itemRow(kitchen, '椒麻鸡饭');
  await expect(kitchenRow).toBeVisible({ timeout: 20_000 });
  // The platform's thumb variant: 320 px on the long edge of the front desk's 1,024 px image.
  expect(await shownPhotoWidth(kitchenRow)).toBe(320);
  await expectNoSeriousA11yViolations(kitchen, 'items with a photo from another desktop');

  // Offline, the photo is kept and queued; nothing reaches the platform until the network is back.
  await front.context().setOffline(true);
  await expect(front.getByRole('status')).toContainText('离线');
  await createItemWithPhoto(front, '番茄牛腩饭', pngBytes(1200, 1200, 20));
  expect(await shownPhotoWidth(itemRow(front, '番茄牛腩饭'))).toBe(160);
  expect(await storedImages()).toBe(1);
  // The Sync page says a photo waits; it goes once the photo is up.
  await nav(front).getByText('同步', { exact: true }).click();
  const waiting = front.getByText('1 张图片等待上传，联网后自动上传。');
  await expect(waiting).toBeVisible();
  await expectNoSeriousA11yViolations(front, 'sync page with a photo waiting to upload');
  await front.screenshot({ path: `${shots}/sync-photo-waiting-zh-CN.png`, fullPage: true });
  await front.context().setOffline(false);
  await expect.poll(storedImages, { timeout: 30_000 }).toBe(2);
  await expect(waiting).toBeHidden();
  const second = itemRow(kitchen, '番茄牛腩饭');
  await expect(second).toBeVisible({ timeout: 20_000 });
  expect(await shownPhotoWidth(second)).toBe(320);
  await kitchen.screenshot({ path: `${shots}/menu-photos-synced-zh-CN.png`, fullPage: true });
});
