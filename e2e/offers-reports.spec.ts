/**
 * Group-buy reports, the redemption slip and the customer's vouchers, end to end in Chromium
 * (issue 14). A real platform (in-process, PGlite in memory) holds the demo shop; a seed device
 * of the shop puts two offers on sale and adds a customer, the platform issues vouchers of both
 * (sold, refunded, expired, awaiting their group, a three-use card) with its own `voucher.put`,
 * and the seed device redeems the card twice and undoes one. The desktop learns all of it by sync;
 * its front desk redeems one meal by typing the code and prints the slip. Then: the report's
 * figures on screen, the CSV it saves, the slip as print media shows it (and nothing else), and
 * the customer's vouchers on their profile, in zh-CN and English, axe on the report.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { Offer, Redemption, Voucher } from '../domain/offers/schema';
import { PROTOCOL_VERSION, syncPaths } from '../domain/sync/protocol';
import { sampleOffer } from '../domain/test-support/offers';
import { businessDate } from '../domain/time';
import { generateVoucherCodes, voucherIdFor } from '../domain/vouchers/code';
import { DEMO } from '../platform/seed-demo';
import { originate } from '../platform/sync/originate';
import { defaultSyncRules } from '../platform/sync/rules';
import { expectNoSeriousA11yViolations } from './support/axe';
import { demoDevice, desktopSignedIn, useDemoPlatform } from './support/demo-platform';
import { nav } from './support/profile';

const platform = useDemoPlatform();
const shots = 'docs/screenshots';
const zone = 'Asia/Shanghai';
const cutoff = 240;
const day = 86_400_000;

test.describe.configure({ timeout: 180_000 });

async function checkA11y(page: Page, what: string) {
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page, what);
}

/** A device of the demo shop pushing changes in order, as a desktop would. */
async function seedDevice() {
  const { deviceId, token } = await demoDevice(platform.url, 'reports seed');
  let seq = 0;
  return {
    deviceId,
    async push(name: string, args: unknown) {
      seq += 1;
      const response = await fetch(platform.url + syncPaths.push(DEMO.vendorId), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          protocolVersion: PROTOCOL_VERSION,
          deviceId,
          mutations: [
            { id: randomUUID(), name, version: 1, args, deviceId, seq, createdAt: Date.now() },
          ],
        }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { results: Array<{ status: string }> };
      expect({ name, result: body.results[0]!.status }).toEqual({ name, result: 'applied' });
    },
  };
}

test('the report counts what was sold, redeemed, undone, refunded and expired; the slip prints alone; the customer sees their vouchers', async ({
  browser,
}) => {
  const page = await desktopSignedIn(await browser.newContext(), platform.url, '前台电脑');
  const now = Date.now();
  const seed = await seedDevice();

  // Two offers: a ¥88 set meal, and a three-visit card for ¥100.01 (a use is not a whole fen).
  const meal = sampleOffer({ createdAt: now - 2 * day });
  const card = sampleOffer({
    title: { zh: '三次洗车卡', en: 'Three car washes' },
    lines: [{ kind: 'text', text: { zh: '洗车 ×3', en: 'Car wash ×3' } }],
    priceFen: 10_001,
    originalPriceFen: 15_000,
    usesPerVoucher: 3,
    // Two washes on one visit are allowed (the platform judges uses per visit across desks).
    usage: { ...meal.usage, usesPerVisit: 3 },
    createdAt: now - day,
  });
  for (const offer of [meal, card]) {
    await seed.push('offer.create', { offer });
    await seed.push('offer.setStatus', {
      id: offer.id,
      from: 'draft',
      to: 'onSale',
      at: now - day,
      firstOnSaleAt: now - day,
    });
  }
  const customerId = randomUUID();
  await seed.push('customer.create', {
    customer: {
      id: customerId,
      source: 'miniProgram',
      createdAt: now - day,
      consent: null,
      mergedInto: null,
      erasedAt: null,
    },
    personal: {
      id: customerId,
      name: '王小姐',
      phone: '13800001234',
      gender: null,
      birthday: null,
      tags: [],
      note: '',
    },
  });

  // The platform issues the vouchers, as it does when their payments are confirmed.
  const codes = generateVoucherCodes(6);
  const voucher = (offer: Offer, code: string, over: Partial<Voucher> = {}): Voucher => ({
    id: voucherIdFor(DEMO.vendorId, code),
    code,
    offerId: offer.id,
    customerId: randomUUID(),
    orderId: randomUUID(),
    groupId: null,
    uses: offer.usesPerVoucher,
    pricePaidFen: offer.priceFen,
    purchasedAt: now - 60_000,
    validFrom: now - 60_000,
    validUntil: now + 30 * day,
    state: 'valid',
    stateAt: now - 60_000,
    qr: '',
    ...over,
  });
  const typed = voucher(meal, codes[0]!, { customerId });
  const unused = voucher(meal, codes[1]!, { customerId });
  const refunded = voucher(meal, codes[2]!, { state: 'refunded' });
  const expired = voucher(meal, codes[3]!, { state: 'expired', validUntil: now - 30_000 });
  const waiting = voucher(meal, codes[4]!, { state: 'awaitingGroup' });
  const washes = voucher(card, codes[5]!, { customerId });
  const issued = await originate(platform.db, defaultSyncRules, DEMO.vendorId, {
    name: 'voucher.put',
    args: { vouchers: [typed, unused, refunded, expired, waiting, washes] },
  });
  expect(issued.status).toBe('applied');

  // Another desk (the seed device) washed the car twice and undid the second.
  const use = (at: number): Redemption => ({
    id: randomUUID(),
    voucherId: washes.id,
    code: washes.code,
    offerId: card.id,
    uses: 1,
    reverses: null,
    reason: null,
    how: 'scanner',
    unverified: false,
    at,
    businessDate: businessDate(at, zone, cutoff),
    deviceId: seed.deviceId,
  });
  const first = use(now - 50_000);
  const second = use(now - 40_000);
  await seed.push('voucher.redeem', { redemption: first });
  await seed.push('voucher.redeem', { redemption: second });
  await seed.push('voucher.reverseRedemption', {
    redemption: {
      ...second,
      id: randomUUID(),
      uses: -1,
      reverses: second.id,
      reason: '顾客改主意',
      at: now - 30_000,
    },
  });

  // The front desk redeems the meal by typing its code, and prints the slip.
  await page.evaluate(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed += 1;
    };
  });
  await nav(page).getByText('团购', { exact: true }).click();
  await page.getByRole('tab', { name: '核销台' }).click();
  const input = page.getByLabel('券码或二维码');
  await expect(async () => {
    await input.fill(typed.code);
    await input.press('Enter');
    await expect(page.getByRole('button', { name: '核销一次' })).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await input.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '已核销' })).toBeVisible();
  const last4 = typed.code.slice(-4);
  await page.getByRole('button', { name: `打印核销单（**** **** ${last4}）` }).click();
  const preview = page.getByRole('dialog', { name: '核销单预览' });
  await expect(preview).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1);
  const slip = preview.getByRole('article', { name: '核销单' });
  await expect(slip).toContainText(DEMO.vendorName);
  await expect(slip).toContainText('双人套餐');
  await expect(slip).toContainText(`**** **** ${last4}`);
  await expect(slip).not.toContainText(typed.code.slice(0, 4));
  await expect(slip).toContainText('剩余次数0 / 1');

  // As printed: the slip alone, nothing of the console around it.
  await page.emulateMedia({ media: 'print' });
  const printed = page.getByRole('article', { name: '核销单' });
  await expect(printed).toHaveCount(1);
  await expect(printed).toBeVisible();
  await expect(printed).toContainText('本次核销1 次');
  await expect(page.getByRole('heading', { name: '团购', level: 1 })).toBeHidden();
  await expect(preview).toBeHidden();
  await page.screenshot({ path: `${shots}/offers-slip-zh-CN.png` });
  await page.emulateMedia({ media: 'screen' });
  // The dialog's corner × and its footer button are both 关闭; the footer's is the last.
  await preview.getByRole('button', { name: '关闭' }).last().click();
  await expect(preview).toBeHidden();

  // The desk's redemption reaches the platform, beside the seed desk's three entries. (Synced by
  // hand: the first change on an empty outbox does not trigger the automatic sync, because
  // vendor-sync.ts's watchOutbox only reacts to a seq above the first one it saw.)
  const platformEntries = async () =>
    Number(
      (
        await platform.db.query<{ n: number }>(
          `select count(*) as n from ledger_entries where vendor_id = $1 and tbl = 'redemption'`,
          [DEMO.vendorId],
        )
      )[0]!.n,
    );
  await nav(page).getByText('同步', { exact: true }).click();
  await page.getByRole('button', { name: '立即同步' }).click();
  await expect.poll(platformEntries, { timeout: 20_000 }).toBe(4);
  await nav(page).getByText('团购', { exact: true }).click();

  // Today's list prints any entry's slip too: the seed desk's undo of the wash.
  await page.getByRole('tab', { name: '今日核销' }).click();
  await expect(page.getByRole('button', { name: /^打印核销单（/ })).toHaveCount(4);
  // Newest first: the desk's meal, then the seed desk's undo of the second wash.
  await page
    .getByRole('button', { name: /^打印核销单（/ })
    .nth(1)
    .click();
  const undoSlip = page.getByRole('dialog', { name: '核销单预览' }).getByRole('article');
  await expect(undoSlip).toContainText('撤销核销');
  await expect(undoSlip).toContainText('退回次数1 次');
  await expect(undoSlip).toContainText('剩余次数2 / 3');
  await page
    .getByRole('dialog', { name: '核销单预览' })
    .getByRole('button', { name: '关闭' })
    .last()
    .click();

  // The report.
  await page.getByRole('tab', { name: '报表' }).click();
  const report = page.getByRole('table', { name: '各团购的售出与核销' });
  const row = (name: string) => report.getByRole('row').filter({ hasText: name });
  const cells = async (name: string) =>
    (await row(name).getByRole('cell').allInnerTexts()).map((text) => text.trim());
  await expect(row('三次洗车卡')).toBeVisible();
  //                 sold, amount,    waiting, valid, uses, undone, used up, redeemed, refunded, amount, expired
  expect(await cells('双人套餐')).toEqual([
    '双人套餐',
    '5',
    '¥440.00',
    '1',
    '2',
    '1',
    '0',
    '1',
    '¥88.00',
    '1',
    '¥88.00',
    '1',
  ]);
  expect(await cells('三次洗车卡')).toEqual([
    '三次洗车卡',
    '1',
    '¥100.01',
    '0',
    '1',
    '1',
    '1',
    '0',
    '¥33.33',
    '0',
    '¥0.00',
    '0',
  ]);
  expect(await cells('合计')).toEqual([
    '合计',
    '6',
    '¥540.01',
    '1',
    '3',
    '2',
    '1',
    '1',
    '¥121.33',
    '1',
    '¥88.00',
    '1',
  ]);
  await checkA11y(page, 'group-buy report');
  await page.screenshot({ path: `${shots}/offers-report-zh-CN.png`, fullPage: true });

  // The CSV: a BOM for Excel, yuan with two decimals, the total last.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^团购报表-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  expect(lines).toEqual([
    '团购,售出（张）,售出金额（元）,待成团,有效,已核销（次）,撤销（次）,已用完（张）,核销金额（元）,已退款（张）,退款金额（元）,已过期（张）',
    '三次洗车卡,1,100.01,0,1,1,1,0,33.33,0,0.00,0',
    '双人套餐,5,440.00,1,2,1,0,1,88.00,1,88.00,1',
    '合计,6,540.01,1,3,2,1,1,121.33,1,88.00,1',
  ]);

  // By redemption date, yesterday alone: nothing was redeemed then.
  await page.getByText('按核销日期').click();
  const yesterday = businessDate(now - day, zone, cutoff);
  await page.getByLabel('开始日期').fill(yesterday);
  await page.getByLabel('结束日期').fill(yesterday);
  await expect(row('合计').getByRole('cell').nth(1)).toHaveText('0');
  const today = businessDate(now, zone, cutoff);
  await page.getByLabel('结束日期').fill(today);
  await expect(row('合计').getByRole('cell').nth(8)).toHaveText('¥121.33');
  // Only the redeemed vouchers are in: the meal typed at the desk and the card.
  await expect(row('合计').getByRole('cell').nth(1)).toHaveText('2');

  // The customer's profile: their three vouchers and the card's redemptions.
  await nav(page).getByText('会员', { exact: true }).click();
  await page.getByRole('link', { name: '王小姐' }).click();
  const vouchers = page.getByRole('table', { name: '这位会员的团购券' });
  await expect(vouchers.getByRole('row')).toHaveCount(4);
  const cardRow = vouchers.getByRole('row').filter({ hasText: '三次洗车卡' });
  await expect(cardRow).toContainText(`**** **** ${washes.code.slice(-4)}`);
  await expect(cardRow).toContainText('可用');
  await expect(cardRow).toContainText('2 / 3');
  await expect(vouchers.getByRole('row').filter({ hasText: '已用完' })).toHaveCount(1);
  const redemptions = page.getByRole('table', { name: '这位会员的核销记录' });
  await expect(redemptions.getByRole('row')).toHaveCount(5);
  await expect(redemptions.getByRole('row').filter({ hasText: '已撤销' })).toHaveCount(1);
  await expect(redemptions.getByRole('row').filter({ hasText: '撤销核销' })).toHaveCount(1);
  await checkA11y(page, 'customer profile with vouchers');
  await page.screenshot({ path: `${shots}/customers-vouchers-zh-CN.png`, fullPage: true });

  // The same in English.
  await nav(page).getByText('设置', { exact: true }).click();
  await page.getByText('English', { exact: true }).click();
  await nav(page).getByText('Group-buys', { exact: true }).click();
  await page.getByRole('tab', { name: 'Reports' }).click();
  const reportEn = page.getByRole('table', { name: 'Sales and redemptions by offer' });
  await expect(reportEn.getByRole('row').filter({ hasText: 'Three car washes' })).toContainText(
    'CN¥33.33',
  );
  await checkA11y(page, 'group-buy report (en)');
  await page.screenshot({ path: `${shots}/offers-report-en.png`, fullPage: true });
  await page.getByRole('tab', { name: "Today's redemptions" }).click();
  await page.getByRole('button', { name: `Print slip (**** **** ${last4})` }).click();
  const previewEn = page.getByRole('dialog', { name: 'Redemption slip preview' });
  await expect(previewEn.getByRole('article', { name: 'Redemption slip' })).toContainText(
    'Set meal for two',
  );
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('article', { name: 'Redemption slip' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Reports' })).toBeHidden();
  await page.screenshot({ path: `${shots}/offers-slip-en.png` });
  await page.emulateMedia({ media: 'screen' });
});
