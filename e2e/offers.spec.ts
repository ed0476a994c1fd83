/**
 * Group-buy offers end to end in Chromium (issue 14): a shop makes a group deal of two in the
 * editor, is told at the field when the original price is below the deal price, sees the card
 * the customer will see beside the form, saves the draft and puts it on sale; from then on the
 * terms are read-only and say why, while the description still changes; it ends the offer and
 * copies it into a new draft. The same screens in English. Axe on each; screenshots in zh-CN and
 * English go to docs/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createProfile, laoWang, nav, storedRows } from './support/profile';

const shots = 'docs/screenshots';

test.describe.configure({ timeout: 180_000 });

/** Axe with the pointer out of the way: a hovered button is paler than it will be. */
async function checkA11y(page: Page, what: string, include?: string) {
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page, what, include);
}

/** The open drawer, for axe: the page under its mask is dimmed on purpose. */
const DRAWER = '.ant-drawer';

const offerRows = (page: Page) =>
  page.getByRole('table', { name: /^(团购列表|Group-buy offers)$/ }).getByRole('row');

test('a shop makes a group deal of two, puts it on sale, finds its terms fixed, ends it and copies it', async ({
  page,
}) => {
  await page.goto('/');
  await createProfile(page, laoWang);
  await nav(page).getByText('团购', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '团购', level: 1 })).toBeVisible();
  await expect(page.getByText('还没有团购。')).toBeVisible();
  await checkA11y(page, 'offers list (empty)');

  await page.getByRole('button', { name: '新建团购' }).click();
  const editor = page.getByRole('dialog', { name: '新建团购' });
  await editor.getByLabel('标题（中文）').fill('双人黄焖鸡套餐');
  await editor.getByLabel('标题（英文）').fill('Braised chicken for two');
  await editor.getByLabel('内容（中文）').fill('黄焖鸡米饭 ×2');
  await editor.getByLabel('内容（英文）').fill('Braised chicken rice ×2');
  await editor.getByLabel('团购价（元）').fill('59');
  await editor.getByLabel('原价（元）').fill('50');
  await editor.getByLabel('成团人数').fill('2');
  await editor.getByRole('checkbox', { name: '周六' }).check();
  await editor.getByRole('checkbox', { name: '周日' }).check();

  // The card the customer will see follows what is typed.
  const card = editor.getByRole('article', { name: '双人黄焖鸡套餐' });
  await expect(card.getByText('2 人成团')).toBeVisible();
  await expect(card.getByText('¥59.00')).toBeVisible();
  await expect(card.getByText('黄焖鸡米饭 ×2')).toBeVisible();
  await expect(card.getByText(/周六、周日 可用/)).toBeVisible();

  // A wrong original price is refused at its field, and nothing is saved.
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor.getByText('原价不能低于团购价。')).toBeVisible();
  await editor.getByLabel('原价（元）').fill('76');
  await expect(editor.getByText('原价不能低于团购价。')).toBeHidden();
  await expect(card.getByText('¥76.00')).toBeVisible();
  await checkA11y(page, 'offer editor', DRAWER);
  await page.screenshot({ path: `${shots}/offers-editor-zh-CN.png` });

  // The card in English, whatever the console's language.
  await editor.getByText('English', { exact: true }).click();
  const cardEn = editor.getByRole('article', { name: 'Braised chicken for two' });
  await expect(cardEn.getByText('Group of 2')).toBeVisible();
  await expect(cardEn.getByText(/On Sat, Sun/)).toBeVisible();

  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor).toBeHidden();
  const row = offerRows(page).filter({ hasText: '双人黄焖鸡套餐' });
  await expect(row).toContainText('草稿');
  await expect(row).toContainText('2 人团');

  // On sale, after saying what that fixes.
  await row.getByRole('button', { name: '上架“双人黄焖鸡套餐”' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '上架后，价格' });
  await confirm.getByRole('button', { name: '上架' }).click();
  await expect(row).toContainText('在售');

  // Its terms are read-only now and the form says why; the description still changes.
  await row.getByRole('button', { name: '编辑“双人黄焖鸡套餐”' }).click();
  const edit = page.getByRole('dialog', { name: '编辑团购' });
  await expect(edit.getByText(/顾客按原条件购买/)).toBeVisible();
  await expect(edit.getByLabel('团购价（元）')).toBeDisabled();
  await expect(edit.getByLabel('成团人数')).toBeDisabled();
  await edit.getByLabel('描述（中文）').fill('周末两人同享');
  await expect(edit.getByRole('article').getByText('周末两人同享')).toBeVisible();
  await checkA11y(page, 'offer editor (on sale)', DRAWER);
  await page.screenshot({ path: `${shots}/offers-editor-locked-zh-CN.png` });
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  const stored = await storedRows<{
    description: { zh: string };
    priceFen: number;
    status: string;
  }>(page, 'offer');
  expect(stored).toEqual([
    expect.objectContaining({
      description: expect.objectContaining({ zh: '周末两人同享' }),
      priceFen: 5900,
      status: 'onSale',
    }),
  ]);
  await page.screenshot({ path: `${shots}/offers-list-zh-CN.png` });

  // The redemption desk's input checks a code as it is typed, and says so in the shop's words;
  // a code this desk does not hold is refused. (Redeeming is redemption.spec's.)
  await page.getByRole('tab', { name: '核销台' }).click();
  const code = page.getByLabel('券码或二维码');
  await expect(code).toBeFocused();
  await code.fill('1234 5678');
  await expect(page.getByText('已输入 8 / 12 位')).toBeVisible();
  await code.fill('1234-5678-9019');
  await expect(page.getByText(/这不是有效的券码/)).toBeVisible();
  await checkA11y(page, 'redemption desk');
  await page.getByRole('tab', { name: '今日核销' }).click();
  await checkA11y(page, 'today’s redemptions');
  await page.getByRole('tab', { name: '团购列表' }).click();

  // The same list in English: end the offer, then copy it into a new draft.
  await nav(page).getByText('设置', { exact: true }).click();
  await page.getByText('English', { exact: true }).click();
  await nav(page).getByText('Group-buys', { exact: true }).click();
  const rowEn = offerRows(page).filter({ hasText: 'Braised chicken for two' });
  await expect(rowEn).toContainText('On sale');
  await rowEn.getByRole('button', { name: 'End “Braised chicken for two”' }).click();
  const end = page.getByRole('dialog').filter({ hasText: 'cannot go back on sale' });
  await end.getByRole('button', { name: 'End' }).click();
  await expect(rowEn).toContainText('Ended');
  await expect(rowEn.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
  await checkA11y(page, 'offers list (en)');
  await page.screenshot({ path: `${shots}/offers-list-en.png` });
  await rowEn.getByRole('button', { name: 'Copy as new offer “Braised chicken for two”' }).click();
  const copy = page.getByRole('dialog', { name: 'Edit offer' });
  await expect(copy.getByLabel('Deal price (CNY)')).toBeEnabled();
  await expect(copy.getByLabel('Deal price (CNY)')).toHaveValue('59.00');
  await checkA11y(page, 'offer editor (en)', DRAWER);
  await page.screenshot({ path: `${shots}/offers-editor-en.png` });
  await copy.getByRole('button', { name: 'Cancel' }).click();
  await expect(offerRows(page).filter({ hasText: 'Draft' })).toHaveCount(1);
});
