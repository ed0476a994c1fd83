import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createProfile, currentProfile, laoWang, xiaoMei } from './support/profile';

test.describe('foundation: first run, language, offline, profiles apart', () => {
  test('first run creates a shop profile that survives a reload', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: '开始使用商家工作台' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'first run');

    // Validation messages appear at the field, in the user's language, and nothing is saved.
    await page.getByRole('button', { name: '创建店铺档案' }).click();
    await expect(page.getByText('请填写店铺名称')).toBeVisible();
    await page.getByLabel('联系电话').fill('12345');
    await page.getByLabel('店铺地址').focus();
    await expect(page.getByText('电话格式不正确')).toBeVisible();
    await page.getByLabel('周二打烊时间').fill('09:00');
    await expect(page.getByText('周二的开门和打烊时间不能相同')).toBeVisible();
    await page.getByLabel('周二打烊时间').fill('02:00');

    await createProfile(page, laoWang);
    await expect(currentProfile(page, laoWang.name)).toBeVisible();
    await expect(page.getByRole('heading', { name: `欢迎，${laoWang.name}` })).toBeVisible();
    await expect(page.getByRole('status')).toContainText('1 项改动待同步');
    await page.screenshot({ path: 'test-results/screenshots/dashboard-zh-CN.png', fullPage: true });

    await page.reload();
    await expect(currentProfile(page, laoWang.name)).toBeVisible();
    await expect(page.getByText(laoWang.address)).toBeVisible();
  });

  test('switching to English changes the labels and survives a reload', async ({ page }) => {
    await page.goto('/');
    await createProfile(page, laoWang);
    await page.getByRole('navigation', { name: '主导航' }).getByText('设置').click();
    await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
    await page.getByText('English', { exact: true }).click();

    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const label of [
      'Dashboard',
      'Menu',
      'Bookings',
      'Group-buys',
      'Customers',
      'Storefront',
      'Sync',
      'Staff',
    ]) {
      await expect(nav.getByText(label, { exact: true })).toBeVisible();
    }
    await expectNoSeriousA11yViolations(page, 'settings (en)');
    await page.screenshot({ path: 'test-results/screenshots/settings-en.png', fullPage: true });

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await nav.getByText('Dashboard', { exact: true }).click();
    await expect(page.getByRole('heading', { name: `Welcome, ${laoWang.name}` })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/dashboard-en.png', fullPage: true });
  });

  test('every page passes axe', async ({ page }) => {
    await page.goto('/');
    await createProfile(page, laoWang);
    const nav = page.getByRole('navigation', { name: '主导航' });
    for (const label of ['工作台', '设置', '同步', '店员', '会员', '预约', '团购', '店铺装修']) {
      await nav.getByText(label, { exact: true }).click();
      await expectNoSeriousA11yViolations(page, label);
    }
  });

  test('with the network off the console still loads and still saves', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await createProfile(page, laoWang);
    // The service worker must control the page before the network goes away.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
    });

    await context.setOffline(true);
    await page.reload();
    await expect(currentProfile(page, laoWang.name)).toBeVisible();
    await expect(page.getByRole('status')).toContainText('离线');

    await page.getByLabel('当前店铺').click();
    await page.getByTitle('新建店铺档案…').click();
    await createProfile(page, xiaoMei);
    await expect(currentProfile(page, xiaoMei.name)).toBeVisible();

    await page.reload();
    await expect(currentProfile(page, xiaoMei.name)).toBeVisible();
    await context.setOffline(false);
  });

  test("a second profile's data does not appear in the first", async ({ page }) => {
    await page.goto('/');
    await createProfile(page, laoWang);
    await page.getByLabel('当前店铺').click();
    await page.getByTitle('新建店铺档案…').click();
    await createProfile(page, xiaoMei);
    await expect(page.getByText(xiaoMei.address)).toBeVisible();
    await expect(page.getByText(laoWang.address)).toHaveCount(0);

    await page.getByLabel('当前店铺').click();
    await page.getByTitle(laoWang.name).click();
    await expect(page.getByRole('heading', { name: `欢迎，${laoWang.name}` })).toBeVisible();
    await expect(page.getByText(laoWang.address)).toBeVisible();
    await expect(page.getByText(xiaoMei.address)).toHaveCount(0);
    await expect(page.getByText(xiaoMei.phone)).toHaveCount(0);
  });
});
