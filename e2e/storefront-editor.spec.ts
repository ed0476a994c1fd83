/**
 * The storefront editor (店铺装修) end to end in Chromium: a shop with breakfast among its dayparts
 * builds a page of five blocks from the palette — a header, a notice, a menu, a text and a banner
 * shown only at breakfast — reorders one with the keyboard, undoes and redoes it, and sees in the
 * phone preview the banner at 08:00 and not at 20:00. Axe on the editor; screenshots in zh-CN and
 * English go to docs/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createProfile, laoWang, nav, storedRows } from './support/profile';

const shots = 'docs/screenshots';

test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 1680, height: 1050 } });

const blockList = (page: Page) => page.getByRole('list', { name: /^(页面模块|Page blocks)$/ });

/** The blocks' names in the list's order. */
async function order(page: Page): Promise<string[]> {
  const names = await blockList(page)
    .getByRole('button', { name: /^(编辑|Edit )“/ })
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
  return names.map((name) => /“(.*)”/.exec(name)?.[1] ?? name);
}

test('a shop builds a page of five blocks with a breakfast banner, reorders by keyboard, undoes, and previews it at 08:00 and 20:00', async ({
  page,
}) => {
  await page.goto('/');
  await createProfile(page, laoWang);

  // Breakfast is one of the menu's dayparts (a new shop has none).
  await nav(page).getByText('菜单', { exact: true }).click();
  await page.getByRole('tab', { name: '供应时段' }).click();
  await page.getByRole('button', { name: '添加常用时段（早餐、午市、晚市、夜宵）' }).click();
  await expect(page.getByLabel('“早餐”开始时间')).toBeVisible();

  await nav(page).getByText('店铺装修', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '店铺装修', level: 1 })).toBeVisible();
  await expect(page.getByText(/页面还没有模块/)).toBeVisible();
  await expect(page.getByRole('button', { name: '一键生成起始页面' })).toBeVisible();

  // Five blocks from the palette, each chosen for editing as it is added.
  const palette = (type: string) => page.getByRole('button', { name: `添加“${type}”` });
  await palette('店铺信息').click();
  await palette('公告').click();
  await page.getByLabel('公告内容（中文）').fill('本周六照常营业');
  await page.getByLabel('公告内容（英文）').fill('Open as usual this Saturday');
  await page.getByLabel('公告内容（英文）').blur();
  await palette('菜单').click();
  await palette('文字').click();
  await page.getByLabel('正文（中文）').fill('老王黄焖鸡，**二十年**老店。');
  await page.getByLabel('正文（中文）').blur();
  await palette('横幅图片').click();
  await page.getByLabel('标语（中文）').fill('早餐 8 折');
  await page.getByLabel('标语（中文）').blur();
  // The box shows the stored rule, so it turns checked once the edit is saved.
  await page.getByRole('checkbox', { name: '早餐' }).click();
  await expect(page.getByRole('checkbox', { name: '早餐' })).toBeChecked();
  await expect(blockList(page).getByText('仅早餐')).toBeVisible();
  expect(await order(page)).toEqual(['店铺信息', '公告', '菜单', '文字', '横幅图片']);

  // The text moves above the menu by keyboard: its handle picks it up, an arrow moves it, Space drops.
  const handle = page.getByRole('button', { name: /^拖动“文字”/ });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('“文字”移到第 4 位（共 5 个）。')).toBeAttached();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText('“文字”移到第 3 位（共 5 个）。')).toBeAttached();
  await page.keyboard.press('Space');
  await expect.poll(() => order(page)).toEqual(['店铺信息', '公告', '文字', '菜单', '横幅图片']);

  // Undo puts it back, redo moves it again; the buttons and the keys do the same.
  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(() => order(page)).toEqual(['店铺信息', '公告', '菜单', '文字', '横幅图片']);
  await page.getByRole('button', { name: '重做' }).click();
  await expect.poll(() => order(page)).toEqual(['店铺信息', '公告', '文字', '菜单', '横幅图片']);
  await page.getByRole('heading', { name: '页面模块' }).click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => order(page)).toEqual(['店铺信息', '公告', '菜单', '文字', '横幅图片']);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => order(page)).toEqual(['店铺信息', '公告', '文字', '菜单', '横幅图片']);

  // The labelled buttons move too (and are undone like any step).
  await page.getByRole('button', { name: '下移“店铺信息”' }).click();
  await expect.poll(() => order(page)).toEqual(['公告', '店铺信息', '文字', '菜单', '横幅图片']);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(() => order(page)).toEqual(['店铺信息', '公告', '文字', '菜单', '横幅图片']);

  // The preview shows the breakfast banner at 08:00 and not at 20:00, in the shop's zone.
  const frame = page.getByTitle('店铺页面预览').contentFrame();
  await page.getByLabel('时间', { exact: true }).fill('08:00');
  await expect(frame.locator('[data-block="banner"]')).toHaveCount(1);
  await expect(frame.locator('[data-block]')).toHaveCount(5);
  await page.getByLabel('时间', { exact: true }).fill('20:00');
  await expect(frame.locator('[data-block="banner"]')).toHaveCount(0);
  await expect(frame.locator('[data-block]')).toHaveCount(4);
  await expect(frame.getByRole('heading', { name: laoWang.name })).toBeVisible();
  await page.getByLabel('时间', { exact: true }).fill('08:00');
  await expect(frame.locator('[data-block="banner"]')).toHaveCount(1);

  // Every change is in the local draft, each with its outbox entry waiting to sync (this
  // profile is not connected to a platform, so nothing leaves the desk).
  await expect(page.getByRole('status').first()).toContainText(/\d+ 项改动待同步/);
  const stored = await storedRows<{ type: string; visibility: { dayparts: string[] } }>(
    page,
    'storefrontBlock',
  );
  expect(stored.map((block) => block.type).sort()).toEqual([
    'banner',
    'header',
    'menu',
    'notice',
    'text',
  ]);
  expect(stored.find((block) => block.type === 'banner')!.visibility.dayparts).toHaveLength(1);

  // Back to the banner for the screenshot, with its properties open.
  await page.getByRole('button', { name: '编辑“横幅图片”' }).click();
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page, 'storefront editor');
  await page.screenshot({ path: `${shots}/storefront-editor-zh-CN.png` });

  await nav(page).getByText('设置', { exact: true }).click();
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByText('Storefront').click();
  await expect(blockList(page)).toBeVisible();
  await page.getByRole('button', { name: 'Edit “Image banner”' }).click();
  await expect(blockList(page).getByText('Breakfast only')).toBeVisible();
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page, 'storefront editor (en)');
  await page.screenshot({ path: `${shots}/storefront-editor-en.png` });
});
