/**
 * A group deal from the shop's editor to the counter, with customers buying it through the
 * platform's public endpoints (issue 14), in Chromium against a real platform in-process:
 * the shop makes a group deal of two in the console and puts it on sale; the platform lists it to
 * customers. Customer A (a phone: Playwright's request context, no vendor token) verifies their
 * phone with the sandbox SMS provider's code, buys one and pays through the sandbox payment
 * provider; the voucher reaches the desk but is refused there, the group not yet full. Customer B
 * is refused three by the per-customer limit, buys two and pays; the group fills, every voucher
 * turns valid and the desk learns it by sync. At the desk one is redeemed by typing at a person's
 * pace, one by a scanner's burst of its QR, and the third by the camera (Chromium's fake camera
 * fed a video of its QR this spec makes) with the network off; the scanner's use is undone within
 * the window. Online again, the platform's ledger holds the two standing uses and the customers'
 * own look-up shows what is left. Axe on each screen; screenshots in zh-CN and English.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { formatVoucherCode, voucherIdFor } from '../domain/vouchers/code';
import { publicBookingPaths } from '../platform/http/routes-public-bookings';
import { publicOfferPaths } from '../platform/http/routes-public-offers';
import { DEMO } from '../platform/seed-demo';
import { expectNoSeriousA11yViolations } from './support/axe';
import { desktopSignedIn, useDemoPlatform } from './support/demo-platform';
import { nav, vendorStoreName } from './support/profile';
import { fakeCamera, writeQrVideo } from './support/qr-video';
import { usesTakenOnPlatform } from './support/vouchers';

const shots = 'docs/screenshots';
const video = join(tmpdir(), `vendor-console-buy-camera-${process.env.E2E_PORT ?? 4317}.y4m`);

test.use({ viewport: { width: 1400, height: 900 }, ...fakeCamera(video) });
test.describe.configure({ timeout: 300_000 });

const platform = useDemoPlatform();
test.afterAll(() => rmSync(video, { force: true }));

const shop = DEMO.vendorId;
const TITLE = { zh: '双人火锅拼团', en: 'Hotpot for two, group deal' };
const A = { name: '陈先生', phone: '13700006001' };
const B = { name: '林女士', phone: '13700006002' };

interface CustomerVoucher {
  code: string;
  qr: string;
  offerId: string;
  state: string;
  uses: number;
  usesLeft: number;
  pricePaidFen: number;
}

async function checkA11y(page: Page, what: string, include?: string) {
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page, what, include);
}

const deskInput = (page: Page) => page.getByLabel('券码或二维码');
const shownVoucher = (page: Page) => page.getByRole('region', { name: '券码' });

/** The phone's proof that it is the customer's: a code from the sandbox SMS, verified. */
async function verifyPhone(phone: APIRequestContext, number: string): Promise<string> {
  const sent = await phone.post(publicOfferPaths.phoneCodes(shop), { data: { phone: number } });
  expect(sent.status()).toBe(202);
  const outbox = await phone.get(publicBookingPaths.sandboxSms, { params: { phone: number } });
  const { messages } = (await outbox.json()) as {
    messages: Array<{ to: string; body: string; params: { code: string } }>;
  };
  const last = messages.at(-1)!;
  expect(last.to).toBe(number);
  expect(last.body).toContain(last.params.code);
  const verified = await phone.post(publicOfferPaths.verifyPhone(shop), {
    data: { phone: number, code: last.params.code },
  });
  expect(verified.status()).toBe(200);
  return ((await verified.json()) as { verificationToken: string }).verificationToken;
}

/** Buys `quantity` and pays through the sandbox provider; the order as the platform answered. */
async function buyAndPay(
  phone: APIRequestContext,
  offerId: string,
  who: { name: string; phone: string },
  token: string,
  quantity: number,
): Promise<{ id: string; amountFen: number }> {
  const bought = await phone.post(publicOfferPaths.buy(shop, offerId), {
    data: { name: who.name, phone: who.phone, verificationToken: token, quantity },
  });
  expect(bought.status()).toBe(201);
  const { order, payUrl } = (await bought.json()) as {
    order: { id: string; state: string; amountFen: number; holdUntil: number };
    payUrl: string;
  };
  expect(order.state).toBe('held');
  expect(order.holdUntil).toBeGreaterThan(Date.now());
  // The sandbox's pay page is its payment id; the provider's callback says it is paid — twice,
  // as providers do: the second changes nothing.
  const paymentId = payUrl.replace('sandbox://pay/', '');
  for (const attempt of [1, 2]) {
    const paid = await phone.post(publicBookingPaths.sandboxPaymentCallback(paymentId), {
      data: { kind: 'paid', eventId: `paid-${paymentId}-${attempt}` },
    });
    expect(paid.status()).toBe(200);
  }
  return order;
}

/** The vouchers of the customer's orders, as their phone reads them. */
async function myVouchers(
  phone: APIRequestContext,
  number: string,
  token: string,
): Promise<CustomerVoucher[]> {
  const looked = await phone.post(publicOfferPaths.vouchers(shop), {
    data: { phone: number, verificationToken: token },
  });
  expect(looked.status()).toBe(200);
  return ((await looked.json()) as { vouchers: CustomerVoucher[] }).vouchers;
}

/** The states of the vouchers this desk's store holds, by code. */
async function storedVoucherStates(page: Page): Promise<Record<string, string>> {
  const name = await vendorStoreName(page);
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = await new Promise<Array<{ code: string; state: string }>>((resolve) => {
      const request = db.transaction('voucher').objectStore('voucher').getAll();
      request.onsuccess = () => resolve(request.result as Array<{ code: string; state: string }>);
    });
    db.close();
    return Object.fromEntries(all.map((voucher) => [voucher.code, voucher.state]));
  }, name);
}

/** Types a code as a person does (a burst of keys would be a scanner's) and looks it up. */
async function typeCode(page: Page, code: string) {
  await deskInput(page).fill('');
  await deskInput(page).pressSequentially(formatVoucherCode(code), { delay: 150 });
  await deskInput(page).press('Enter');
}

test('a group deal of two made in the console, bought by two customers through the public endpoints, redeemed by typing, scanner and camera (offline), one undone', async ({
  context,
  playwright,
}) => {
  const page = await desktopSignedIn(context, platform.url, '前台电脑');

  // The shop makes the deal in the editor and puts it on sale.
  await nav(page).getByText('团购', { exact: true }).click();
  await page.getByRole('button', { name: '新建团购' }).click();
  const editor = page.getByRole('dialog', { name: '新建团购' });
  await editor.getByLabel('标题（中文）').fill(TITLE.zh);
  await editor.getByLabel('标题（英文）').fill(TITLE.en);
  await editor.getByLabel('内容（中文）').fill('鸳鸯锅底 + 双人菜品');
  await editor.getByLabel('内容（英文）').fill('Twin-flavour broth and dishes for two');
  await editor.getByLabel('团购价（元）').fill('99');
  await editor.getByLabel('原价（元）').fill('138');
  await editor.getByLabel('成团人数').fill('2');
  await editor.getByLabel('每人限购').fill('2');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor).toBeHidden();
  const row = page
    .getByRole('table', { name: '团购列表' })
    .getByRole('row')
    .filter({ hasText: TITLE.zh });
  await row.getByRole('button', { name: `上架“${TITLE.zh}”` }).click();
  await page
    .getByRole('dialog')
    .filter({ hasText: '上架后，价格' })
    .getByRole('button', { name: '上架' })
    .click();
  await expect(row).toContainText('在售');

  // Customers see it once the desk's change reaches the platform.
  const phoneA = await playwright.request.newContext({ baseURL: platform.url });
  const phoneB = await playwright.request.newContext({ baseURL: platform.url });
  type Listed = { id: string; title: { zh: string }; priceFen: number; groupSize: number };
  let listed: Listed | undefined;
  await expect
    .poll(
      async () => {
        const list = await phoneA.get(publicOfferPaths.offers(shop));
        const { offers } = (await list.json()) as { offers: Listed[] };
        listed = offers.find((offer) => offer.title.zh === TITLE.zh);
        return listed ?? null;
      },
      { timeout: 20_000 },
    )
    .toMatchObject({ priceFen: 9900, groupSize: 2 });
  const offerId = listed!.id;

  // Customer A buys one and pays: the voucher waits for the group.
  const tokenA = await verifyPhone(phoneA, A.phone);
  const orderA = await buyAndPay(phoneA, offerId, A, tokenA, 1);
  expect(orderA.amountFen).toBe(9900);
  const [voucherA] = await myVouchers(phoneA, A.phone, tokenA);
  expect(voucherA).toMatchObject({ offerId, state: 'awaitingGroup', uses: 1, usesLeft: 1 });
  await expect
    .poll(() => storedVoucherStates(page), { timeout: 20_000 })
    .toEqual({ [voucherA!.code]: 'awaitingGroup' });
  await page.getByRole('tab', { name: '核销台' }).click();
  await typeCode(page, voucherA!.code);
  await expect(page.getByRole('alert')).toContainText('这个拼团还没成团，券尚未生效。');
  await checkA11y(page, 'desk refusing a voucher whose group is not full');

  // Customer B: three are over the limit of two, told by the platform; two are bought and paid.
  const tokenB = await verifyPhone(phoneB, B.phone);
  const over = await phoneB.post(publicOfferPaths.buy(shop, offerId), {
    data: { name: B.name, phone: B.phone, verificationToken: tokenB, quantity: 3 },
  });
  expect(over.status()).toBe(409);
  expect(((await over.json()) as { code: string }).code).toBe('over_limit');
  const orderB = await buyAndPay(phoneB, offerId, B, tokenB, 2);
  expect(orderB.amountFen).toBe(19_800);
  const vouchersB = await myVouchers(phoneB, B.phone, tokenB);
  expect(vouchersB.map((voucher) => voucher.state)).toEqual(['valid', 'valid']);
  expect((await myVouchers(phoneA, A.phone, tokenA))[0]!.state).toBe('valid');
  const [scanned, filmed] = vouchersB as [CustomerVoucher, CustomerVoucher];

  // The group is full: the desk learns every voucher is valid, by sync.
  await expect
    .poll(() => storedVoucherStates(page), { timeout: 20_000 })
    .toEqual({ [voucherA!.code]: 'valid', [scanned.code]: 'valid', [filmed.code]: 'valid' });

  // A's by typing: the voucher, its offer and its buyer, then Enter redeems.
  await typeCode(page, voucherA!.code);
  const shown = shownVoucher(page);
  await expect(shown).toContainText(TITLE.zh);
  await expect(shown).toContainText(A.name);
  await expect(shown).toContainText('现在符合使用规则。');
  await checkA11y(page, 'desk with a bought voucher shown');
  await shown.screenshot({ path: `${shots}/offers-buy-desk-zh-CN.png` });
  await deskInput(page).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '已核销' })).toContainText(
    formatVoucherCode(voucherA!.code),
  );

  // B's first by a scanner: its QR as a burst of keys and Enter; Enter again redeems; then undone.
  await deskInput(page).fill('');
  await deskInput(page).focus();
  await page.keyboard.type(scanned.qr, { delay: 4 });
  await page.keyboard.press('Enter');
  await expect(shown).toContainText(formatVoucherCode(scanned.code));
  await expect(shown).toContainText(B.name);
  await deskInput(page).press('Enter');
  const done = page.getByRole('status').filter({ hasText: '已核销' });
  await expect(done).toContainText(formatVoucherCode(scanned.code));
  await done.getByRole('button', { name: '撤销' }).click();
  const undo = page.getByRole('dialog', { name: `撤销 ${formatVoucherCode(scanned.code)} 的核销` });
  await undo.getByLabel('原因').fill('扫错了券');
  await undo.getByRole('button', { name: '撤销核销' }).click();
  await expect(page.getByText('已撤销核销，次数已退回。')).toBeVisible();

  // B's second by the camera, with the network off: the decoder comes from the precache.
  writeQrVideo(video, [{ text: filmed.qr, frames: 10 }]);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await expect(page.getByText('离线：按本机已有的数据核对')).toBeVisible();
  await page.getByRole('button', { name: '用摄像头扫码' }).click();
  await expect(page.getByRole('dialog', { name: '用摄像头扫码' })).toBeHidden({ timeout: 30_000 });
  await expect(deskInput(page)).toHaveValue(filmed.qr);
  await expect(shown).toContainText(formatVoucherCode(filmed.code));
  await expect(shown.getByText('现在符合使用规则。')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: `已核销 ${formatVoucherCode(filmed.code)}` }),
  ).toBeVisible();

  const todayRow = (code: string) =>
    page.getByRole('row').filter({ hasText: formatVoucherCode(code) });
  await page.getByRole('tab', { name: '今日核销' }).click();
  await expect(todayRow(voucherA!.code)).toContainText('手输');
  await expect(todayRow(scanned.code).filter({ hasText: '已撤销' })).toContainText('扫码枪');
  await expect(todayRow(filmed.code)).toContainText('摄像头');
  await expect(page.getByText('有效核销 2 次')).toBeVisible();
  await checkA11y(page, "today's redemptions of bought vouchers");
  await page.screenshot({ path: `${shots}/offers-buy-today-zh-CN.png`, fullPage: true });

  // Online again: the platform's ledger has the two standing uses, and the customers see them.
  await context.setOffline(false);
  await expect(page.getByRole('banner')).toContainText('改动已全部保存在本机', {
    timeout: 20_000,
  });
  await expect
    .poll(() => usesTakenOnPlatform(platform.db, voucherIdFor(shop, filmed.code)), {
      timeout: 20_000,
    })
    .toBe(1);
  expect(await usesTakenOnPlatform(platform.db, voucherIdFor(shop, voucherA!.code))).toBe(1);
  expect(await usesTakenOnPlatform(platform.db, voucherIdFor(shop, scanned.code))).toBe(0);
  expect((await myVouchers(phoneA, A.phone, tokenA))[0]!.usesLeft).toBe(0);
  const leftB = await myVouchers(phoneB, B.phone, tokenB);
  expect(Object.fromEntries(leftB.map((voucher) => [voucher.code, voucher.usesLeft]))).toEqual({
    [scanned.code]: 1,
    [filmed.code]: 0,
  });

  // The same in English.
  await nav(page).getByText('设置', { exact: true }).click();
  await page.getByText('English', { exact: true }).click();
  await nav(page).getByText('Group-buys', { exact: true }).click();
  await page.getByRole('tab', { name: "Today's redemptions" }).click();
  await expect(todayRow(filmed.code)).toContainText('camera');
  await checkA11y(page, "today's redemptions of bought vouchers (en)");
  await page.screenshot({ path: `${shots}/offers-buy-today-en.png`, fullPage: true });
  await page.getByRole('tab', { name: 'Redemption desk' }).click();
  await page.getByLabel('Voucher code or QR').fill(scanned.code);
  await page.getByLabel('Voucher code or QR').press('Enter');
  const shownEn = page.getByRole('region', { name: 'Voucher' });
  await expect(shownEn).toContainText(TITLE.en);
  await expect(shownEn).toContainText(B.name);
  await checkA11y(page, 'desk with a bought voucher shown (en)');
  await shownEn.screenshot({ path: `${shots}/offers-buy-desk-en.png` });
  await phoneA.dispose();
  await phoneB.dispose();
});
