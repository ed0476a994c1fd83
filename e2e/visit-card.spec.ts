/**
 * A visit card (次卡) sold in the shop, end to end in Chromium against a real platform (issue
 * 14). The cashier sells a ten-visit card from the group-buy page to a new customer typed in by
 * phone and name, with the desk offline: the sale is saved at once and shows as awaiting the
 * platform's voucher, on the customer's profile too. Back online, the platform issues the voucher
 * (a real code, a signed QR) and the desk pulls it; the cashier reads its code on the profile,
 * redeems one visit on the 核销台 by typing it and sees 9 of 10 left. Axe on each screen;
 * screenshots in zh-CN and English.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatVoucherCode } from '../domain/vouchers/code';
import { expectNoSeriousA11yViolations } from './support/axe';
import { desktopSignedIn, useDemoPlatform } from './support/demo-platform';
import { nav } from './support/profile';
import { DEMO } from '../platform/seed-demo';
import { offerOnSale, usesTakenOnPlatform } from './support/vouchers';

const shots = 'docs/screenshots';
const platform = useDemoPlatform();

test.describe.configure({ mode: 'serial', timeout: 300_000 });

async function checkA11y(page: Page, what: string) {
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page, what);
}

const header = (page: Page) => page.getByRole('banner');
const deskInput = (page: Page) => page.getByLabel('券码或二维码');

test('the cashier sells a ten-visit card offline; online the voucher arrives and one visit is redeemed by its code', async ({
  browser,
}) => {
  const card = await offerOnSale(platform.url, {
    kind: 'visitCard',
    title: { zh: '黄焖鸡十次卡', en: 'Ten braised chicken meals' },
    priceFen: 30_000,
    originalPriceFen: 38_000,
    usesPerVoucher: 10,
    validity: { kind: 'afterPurchase', days: 180 },
  });
  const front = await desktopSignedIn(await browser.newContext(), platform.url, '前台电脑');
  await nav(front).getByText('团购', { exact: true }).click();
  await expect(front.getByRole('row').filter({ hasText: '黄焖鸡十次卡' })).toBeVisible({
    timeout: 15_000,
  });

  // Offline, the cashier sells the card to a new customer, paid by WeChat at the till.
  await front.context().setOffline(true);
  await expect(header(front)).toContainText('离线');
  await front.getByRole('button', { name: '卖次卡' }).click();
  const dialog = front.getByRole('dialog', { name: '在店里卖次卡' });
  await dialog.getByRole('radio', { name: /黄焖鸡十次卡 · ¥300\.00 · 10 次/ }).check();
  await dialog.getByLabel('顾客手机号').pressSequentially('13900001111', { delay: 40 });
  await expect(dialog.getByText('新顾客：卖卡时为 TA 建档。')).toBeVisible();
  await dialog.getByLabel('顾客姓名（新顾客）').pressSequentially('周小美', { delay: 60 });
  await dialog.getByRole('radio', { name: '微信' }).check();
  await expect(dialog.getByText('在收银台收取 ¥300.00，再确认售卡。')).toBeVisible();
  await checkA11y(front, 'selling a visit card');
  await dialog.screenshot({ path: `${shots}/visit-card-sell-zh-CN.png` });
  await dialog.getByRole('button', { name: '确认售卡' }).click();
  await expect(dialog.getByText('次卡已售出')).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('等待平台发券');
  await dialog.getByRole('button', { name: '完成' }).click();

  // The customer's profile shows the card at once, awaiting its voucher.
  await nav(front).getByText('会员', { exact: true }).click();
  await front
    .getByRole('table', { name: '会员列表' })
    .getByRole('link', { name: '周小美' })
    .click();
  const sales = front.getByRole('table', { name: '这位顾客在店里买的次卡' });
  const saleRow = sales.getByRole('row').filter({ hasText: '黄焖鸡十次卡' });
  await expect(saleRow).toContainText('微信');
  await expect(saleRow).toContainText('¥300.00');
  await expect(saleRow).toContainText('等待平台发券');
  await checkA11y(front, 'profile with a card awaiting its voucher');

  // Online again: the sale reaches the platform, which issues the voucher; the desk pulls it.
  await front.context().setOffline(false);
  await expect(header(front)).toContainText('改动已全部保存在本机', { timeout: 20_000 });
  await expect(saleRow).not.toContainText('等待平台发券', { timeout: 20_000 });
  const [issued] = await platform.db.query<{ code: string; uses: number; id: string }>(
    `select data ->> 'code' as code, (data ->> 'uses')::int as uses, id from entities
      where vendor_id = $1 and tbl = 'voucher' and data ->> 'offerId' = $2`,
    [DEMO.vendorId, card.id],
  );
  expect(issued!.uses).toBe(10);
  const shownCode = (await saleRow.getByRole('cell').nth(4).innerText()).trim();
  expect(shownCode).toBe(formatVoucherCode(issued!.code));
  await expect(
    front
      .getByRole('table', { name: '这位会员的团购券' })
      .getByRole('row')
      .filter({ hasText: '黄焖鸡十次卡' }),
  ).toContainText('10 / 10');
  await checkA11y(front, 'profile with the card’s voucher');
  await front.screenshot({ path: `${shots}/visit-card-profile-zh-CN.png`, fullPage: true });

  // The cashier redeems one visit on the 核销台 by typing the code read off the profile.
  await nav(front).getByText('团购', { exact: true }).click();
  await front.getByRole('tab', { name: '核销台' }).click();
  await expect(deskInput(front)).toBeFocused();
  await deskInput(front).pressSequentially(shownCode, { delay: 150 });
  await deskInput(front).press('Enter');
  const shown = front.getByRole('region', { name: '券码' });
  await expect(shown).toContainText('黄焖鸡十次卡');
  await expect(shown).toContainText('10 / 10');
  await deskInput(front).press('Enter');
  await expect(front.getByRole('status').filter({ hasText: '已核销' })).toContainText(shownCode);
  await deskInput(front).fill('');
  await deskInput(front).pressSequentially(shownCode, { delay: 150 });
  await deskInput(front).press('Enter');
  await expect(shown).toContainText('9 / 10');
  await checkA11y(front, 'desk with the card, one visit used');
  await expect(header(front)).toContainText('改动已全部保存在本机', { timeout: 20_000 });
  expect(await usesTakenOnPlatform(platform.db, issued!.id)).toBe(1);

  // In English: the profile's card and the sale dialog.
  await nav(front).getByText('设置', { exact: true }).click();
  await front.getByText('English', { exact: true }).click();
  await nav(front).getByText('Customers', { exact: true }).click();
  await front
    .getByRole('table', { name: 'Customers' })
    .getByRole('link', { name: '周小美' })
    .click();
  const inEnglish = front
    .getByRole('table', { name: 'Visit cards this customer bought in the shop' })
    .getByRole('row')
    .filter({ hasText: 'Ten braised chicken meals' });
  await expect(inEnglish).toContainText('WeChat Pay');
  await expect(inEnglish).toContainText(shownCode);
  await expect(
    front
      .getByRole('table', { name: 'This customer’s vouchers' })
      .getByRole('row')
      .filter({ hasText: 'Ten braised chicken meals' }),
  ).toContainText('9 of 10');
  await checkA11y(front, 'profile in English');
  await front.screenshot({ path: `${shots}/visit-card-profile-en.png`, fullPage: true });
  await front.getByRole('button', { name: 'Sell a visit card' }).click();
  const english = front.getByRole('dialog', { name: 'Sell a visit card in the shop' });
  await english.getByRole('radio', { name: /Ten braised chicken meals/ }).check();
  await english.getByRole('radio', { name: 'Alipay' }).check();
  await expect(english.getByText(/Take .*300\.00 at the till/)).toBeVisible();
  await checkA11y(front, 'selling a visit card in English');
  await english.screenshot({ path: `${shots}/visit-card-sell-en.png` });
});
