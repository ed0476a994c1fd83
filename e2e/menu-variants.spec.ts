/**
 * Variants (款式) end to end in Chromium: a T-shirt in 颜色 × 尺码 built in the item form, one
 * combination left out, codes checked at their cells, the list's count and range, and a scan of
 * one variant's barcode opening the item at that variant; in both languages, checked with axe.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createProfile, laoWang } from './support/profile';

const shots = 'docs/screenshots';

async function openMenu(page: Page, menu = '菜单'): Promise<void> {
  await page.getByRole('navigation').getByText(menu, { exact: true }).click();
  await expect(page.getByRole('heading', { name: menu, level: 1 })).toBeVisible();
}

async function chooseOption(page: Page, field: Locator, title: string): Promise<void> {
  await field.click();
  await page.getByTitle(title, { exact: true }).last().click();
}

const itemRow = (page: Page, name: string) =>
  page.getByRole('table', { name: '商品列表' }).getByRole('row').filter({ hasText: name });

/** The three combinations the shirt is sold in (black L is not), with their codes. */
const sold = [
  { variant: '红 / M', price: '99', sku: 'TS-RM', barcode: '6950000000011' },
  { variant: '黑 / M', price: '99', sku: 'TS-BM', barcode: '6950000000028' },
  { variant: '红 / L', price: '109', sku: 'TS-RL', barcode: '6950000000035' },
];

async function createTote(page: Page) {
  await page.getByRole('button', { name: '新建商品' }).click();
  const drawer = page.getByRole('dialog', { name: '新建商品' });
  await drawer.getByLabel('中文名称').fill('帆布袋');
  await chooseOption(page, drawer.getByLabel('分类', { exact: true }), '服装');
  await drawer.getByLabel('价格（元）').fill('39');
  await drawer.getByLabel('SKU', { exact: true }).fill('BAG-1');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer).toBeHidden();
}

/** 颜色 (红, 黑) × 尺码 (M, L), typed as a shop would: a dimension, its values, the next one. */
async function addShirtDimensions(drawer: Locator) {
  await drawer.getByRole('button', { name: '添加款式（如颜色、尺码）' }).click();
  await drawer.getByLabel('属性 1 中文名', { exact: true }).fill('颜色');
  await drawer.getByLabel('属性 1 英文名', { exact: true }).fill('Colour');
  await drawer.getByLabel('属性 1 值 1 中文名').fill('红');
  await drawer.getByLabel('属性 1 值 1 英文名').fill('Red');
  await drawer.getByRole('button', { name: '给属性 1 添加值' }).click();
  await drawer.getByLabel('属性 1 值 2 中文名').fill('黑');
  await drawer.getByLabel('属性 1 值 2 英文名').fill('Black');
  await drawer.getByRole('button', { name: '添加属性（最多 3 个）' }).click();
  await drawer.getByLabel('属性 2 中文名', { exact: true }).fill('尺码');
  await drawer.getByLabel('属性 2 值 1 中文名').fill('M');
  await drawer.getByRole('button', { name: '给属性 2 添加值' }).click();
  await drawer.getByLabel('属性 2 值 2 中文名').fill('L');
}

/** Scrolls the drawer so the variants section starts at its top, for the screenshots. */
async function showVariantsSection(drawer: Locator, heading: string) {
  await drawer
    .getByRole('heading', { name: heading, exact: true })
    .evaluate((element) => element.scrollIntoView({ block: 'start' }));
}

test.describe('menu variants', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a T-shirt in colour × size: priced and coded per variant, one left out, found by scanning a variant', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 1300 });
    await page.goto('/');
    await createProfile(page, laoWang);
    await openMenu(page);
    await page.getByRole('tab', { name: '分类' }).click();
    await page.getByRole('button', { name: '新建分类' }).click();
    const categoryDialog = page.getByRole('dialog', { name: '新建分类' });
    await categoryDialog.getByLabel('中文名称').fill('服装');
    await categoryDialog.getByRole('button', { name: '创建' }).click();
    await expect(categoryDialog).toBeHidden();
    await page.getByRole('tab', { name: '商品' }).click();
    await createTote(page);

    await page.getByRole('button', { name: '新建商品' }).click();
    const drawer = page.getByRole('dialog', { name: '新建商品' });
    await drawer.getByLabel('中文名称').fill('纯棉T恤');
    await drawer.getByLabel('英文名称').fill('Cotton T-shirt');
    await chooseOption(page, drawer.getByLabel('分类', { exact: true }), '服装');
    await drawer.getByLabel('价格（元）').fill('99');
    await addShirtDimensions(drawer);

    // The item's own price gives way to the variants'; every combination is offered.
    await expect(drawer.getByLabel('价格（元）', { exact: true })).toHaveCount(0);
    const table = drawer.getByRole('table', { name: '款式列表' });
    const row = (variant: string) => table.getByRole('row').filter({ hasText: variant });
    await expect(table.getByRole('row')).toHaveCount(5);
    for (const variant of ['红 / M', '黑 / M', '红 / L', '黑 / L']) {
      await expect(drawer.getByLabel(`${variant} 价格（元）`)).toHaveValue('99');
    }
    await drawer.getByRole('button', { name: '删除款式 黑 / L' }).click();
    await expect(row('黑 / L')).toHaveCount(0);
    for (const { variant, price, sku, barcode } of sold) {
      await drawer.getByLabel(`${variant} 价格（元）`).fill(price);
      await drawer.getByLabel(`${variant} SKU`, { exact: true }).fill(sku);
      await drawer.getByLabel(`${variant} 条码`).fill(barcode);
    }
    await drawer.getByLabel('红 / L 原价（元）').fill('129');
    await expect(drawer.getByText('¥99.00 起')).toBeVisible();
    await expect(drawer.getByText('价格区间：¥99.00 – ¥109.00')).toBeVisible();

    // A code another item has names it at the cell; one this item has twice names the variant.
    const blackMSku = drawer.getByLabel('黑 / M SKU', { exact: true });
    await blackMSku.fill('bag-1');
    await expect(row('黑 / M')).toContainText('这个 SKU 已被“帆布袋”使用');
    await drawer.getByRole('button', { name: '保存' }).click();
    await expect(drawer).toBeVisible();
    await blackMSku.fill('TS-RM');
    await expect(row('黑 / M')).toContainText('与款式“红 / M”的 SKU 相同');
    await blackMSku.fill('TS-BM');
    await expect(row('黑 / M')).not.toContainText('SKU 相同');
    // Off the Save button pressed above: antd's hover blue is paler than its resting blue.
    await page.mouse.move(0, 0);
    await expectNoSeriousA11yViolations(page, 'item form with variants');

    // Removing a value whose combinations carry codes asks first and lists them.
    await drawer.getByRole('button', { name: '删除属性 2 值 2' }).click();
    const ask = page.getByRole('dialog', { name: '删除“L”和它的 1 个款式？' });
    await expect(ask).toContainText('红 / L：¥109.00、原价 ¥129.00、SKU TS-RL、条码 6950000000035');
    await ask.getByRole('button', { name: '取消' }).click();
    await expect(ask).toBeHidden();
    await expect(row('红 / L')).toBeVisible();

    await showVariantsSection(drawer, '款式');
    await page.screenshot({ path: `${shots}/menu-variants-zh-CN.png` });
    await drawer.getByRole('button', { name: '保存' }).click();
    await expect(drawer).toBeHidden();

    const shirt = itemRow(page, '纯棉T恤');
    await expect(shirt).toContainText('3 款');
    await expect(shirt).toContainText('¥99.00–¥109.00');
    // No code of its own: its variants' first, and how many they have.
    await expect(shirt).toContainText('TS-RM');
    await expect(shirt).toContainText('共 6 个编码');
    await expectNoSeriousA11yViolations(page, 'items with a variant item');
    await page.screenshot({ path: 'test-results/screenshots/menu-variants-list-zh-CN.png' });

    // A bulk price change moves every variant's price; the shirt's row shows its lowest, and says so.
    await page.getByRole('checkbox', { name: '选择 纯棉T恤' }).check();
    await page.getByRole('checkbox', { name: '选择 帆布袋' }).check();
    await page.getByRole('button', { name: '批量改价' }).click();
    const bulk = page.getByRole('dialog', { name: '给 2 个商品改价' });
    await expect(bulk).toContainText('1 个商品有款式：每个款式的价格都按同样方式调整');
    await bulk.getByLabel('调整百分比（涨价填正数，降价填负数）').fill('10');
    const bulkRows = bulk.getByRole('table').getByRole('row');
    await expect(bulkRows.filter({ hasText: '帆布袋' })).toContainText('¥39.00¥42.90');
    await expect(bulkRows.filter({ hasText: '纯棉T恤' })).toContainText('¥99.00¥108.90');
    await bulk.getByRole('button', { name: '取消' }).click();
    await expect(bulk).toBeHidden();
    await page.getByRole('button', { name: '取消选择' }).click();

    // The scanner types the second variant's barcode and Enter: the item opens at that variant.
    const search = page.getByLabel('搜索商品');
    await search.fill(sold[1]!.barcode);
    await expect(shirt).toContainText('匹配款式 黑 / M');
    await expect(shirt).toContainText(`TS-BM · ${sold[1]!.barcode}`);
    await search.press('Enter');
    const edit = page.getByRole('dialog', { name: '编辑商品：纯棉T恤' });
    const marked = edit
      .getByRole('table', { name: '款式列表' })
      .getByRole('row')
      .filter({ hasText: '扫到的款式' });
    await expect(marked).toHaveCount(1);
    await expect(marked).toContainText('黑 / M');
    await expect(marked).toHaveAttribute('aria-current', 'true');
    await expect(marked).toBeInViewport();
    await expect(edit.getByLabel('黑 / M SKU', { exact: true })).toHaveValue('TS-BM');
    await expect(edit.getByLabel('红 / L 价格（元）')).toHaveValue('109.00');
    await expect(edit.getByRole('row').filter({ hasText: '黑 / L' })).toHaveCount(0);
    await edit.getByRole('button', { name: '取消' }).click();
    await expect(edit).toBeHidden();

    // In English: the same item scanned again, every label and message in English.
    await page.getByRole('navigation', { name: '主导航' }).getByText('设置').click();
    await page.getByText('English', { exact: true }).click();
    await openMenu(page, 'Menu');
    const items = page.getByRole('table', { name: 'Items' });
    await expect(items.getByRole('row').filter({ hasText: '纯棉T恤' })).toContainText('3 variants');
    await page.getByLabel('Search items').fill(sold[2]!.sku);
    await page.getByLabel('Search items').press('Enter');
    const en = page.getByRole('dialog', { name: 'Edit item: Cotton T-shirt' });
    const enTable = en.getByRole('table', { name: 'Variants' });
    const enMarked = enTable.getByRole('row').filter({ hasText: 'Scanned' });
    await expect(enMarked).toContainText('Red / L');
    await expect(enMarked).toHaveAttribute('aria-current', 'true');
    await expect(en.getByText('from CN¥99.00')).toBeVisible();
    // The later of two combinations with one code is the one marked, naming the earlier.
    const redL = en.getByLabel('Red / L SKU', { exact: true });
    const redLRow = enTable
      .getByRole('row')
      .filter({ has: page.getByLabel('Red / L SKU', { exact: true }) });
    await redL.fill('TS-BM');
    await expect(redLRow).toContainText('Same SKU as variant “Black / M”');
    await redL.fill('BAG-1');
    await expect(redLRow).toContainText('This SKU is already used by “帆布袋”');
    await expectNoSeriousA11yViolations(page, 'item form with variants (en)');
    await showVariantsSection(en, 'Variants');
    await page.screenshot({ path: `${shots}/menu-variants-en.png` });

    // A combination removed from the middle leaves the rows after it with their own values.
    await redL.fill(sold[2]!.sku);
    await en.getByRole('button', { name: 'Remove variant Black / M' }).click();
    await expect(en.getByLabel('Red / L barcode')).toHaveValue(sold[2]!.barcode);
    await expect(en.getByLabel('Red / L price (yuan)')).toHaveValue('109.00');
    await expect(redL).toHaveValue(sold[2]!.sku);

    // Turning variants off asks, and the item sells at what was its "from" price.
    await en.getByRole('button', { name: 'Stop selling in variants' }).click();
    const off = page.getByRole('dialog', { name: 'Remove all 2 variants?' });
    await expect(off).toContainText('the item will sell at CN¥99.00');
    await off.getByRole('button', { name: 'Remove' }).click();
    await expect(en.getByLabel('Price (yuan)')).toHaveValue('99.00');
    await expect(enTable).toHaveCount(0);

    // None of it was saved: closing asks, and the item still has its three variants.
    await en.getByRole('button', { name: 'Cancel' }).click();
    await page
      .getByRole('dialog', { name: 'Discard unsaved changes?' })
      .getByRole('button', { name: 'Discard' })
      .click();
    await expect(en).toBeHidden();
    await expect(items.getByRole('row').filter({ hasText: '纯棉T恤' })).toContainText('3 variants');
  });
});
