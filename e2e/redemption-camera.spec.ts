/**
 * The redemption desk reads a voucher's QR with the camera, with the network off (issue 14), in
 * Chromium: a real platform (in-process, PGlite in memory) sells an on-sale deal of the demo
 * shop and issues a voucher with a QR it really signed; the desk learns both by sync; then the
 * network goes off and Chromium's fake camera shows a video this spec makes of a QR that is not
 * a voucher's (the panel says so), then of the voucher's. The panel closes, the desk shows the
 * voucher, one Enter redeems it, and today's list has it as by camera. The decoder is the
 * WebAssembly one (Chromium on Linux has no QR BarcodeDetector), loaded from the service
 * worker's precache while offline. A camera the browser refuses is explained, with how to allow
 * it. Axe on the panel; screenshots in zh-CN and English.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import config from '../playwright.config';
import type { Voucher } from '../domain/offers/schema';
import { formatVoucherCode } from '../domain/vouchers/code';
import { expectNoSeriousA11yViolations } from './support/axe';
import { desktopSignedIn, useDemoPlatform } from './support/demo-platform';
import { createProfile, laoWang, nav, vendorStoreName } from './support/profile';
import { fakeCamera, writeQrVideo } from './support/qr-video';
import { issueVouchers, offerOnSale } from './support/vouchers';

const shots = 'docs/screenshots';
const video = join(tmpdir(), `vendor-console-camera-${process.env.E2E_PORT ?? 4317}.y4m`);
const baseLaunch = config.use?.launchOptions ?? {};

test.use(fakeCamera(video));
test.describe.configure({ timeout: 180_000 });

const platform = useDemoPlatform();
// The video is some 20 MB of raw frames: it goes once the spec is done.
test.afterAll(() => rmSync(video, { force: true }));

/** The fake camera's video: 8 s of a menu link's QR, then 2 s of the voucher's (5 frames a second). */
const NOT_A_VOUCHER = 'https://example.com/menu';
function filmQrs(voucherQr: string): void {
  writeQrVideo(video, [
    { text: NOT_A_VOUCHER, frames: 40 },
    { text: voucherQr, frames: 10 },
  ]);
}

/** How many rows of `table` the desk's store holds. */
async function storedCount(page: Page, table: string): Promise<number> {
  const name = await vendorStoreName(page);
  return page.evaluate(
    async ({ name, table }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const count = await new Promise<number>((resolve) => {
        const request = db.transaction(table).objectStore(table).count();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return count;
    },
    { name, table },
  );
}

/** Axe with the pointer out of the way, on the open panel only (the page under its mask is dimmed). */
async function checkA11y(page: Page, what: string) {
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page, what, '.ant-modal');
}

test('the desk reads a signed voucher QR with the camera, offline, and redeems it with one key', async ({
  context,
}) => {
  // Another desktop put the deal on sale; the platform sold one voucher of it.
  const offer = await offerOnSale(platform.url, {
    title: { zh: '双人黄焖鸡套餐', en: 'Braised chicken for two' },
  });
  const [{ code, qr }] = (await issueVouchers(platform.db, offer, 1)) as [Voucher];
  filmQrs(qr);

  const page = await desktopSignedIn(context, platform.url, '前台');
  // The desk knows the voucher and the platform's public key before the network goes.
  await expect.poll(() => storedCount(page, 'voucher'), { timeout: 15_000 }).toBe(1);
  await expect.poll(() => storedCount(page, 'voucherKey'), { timeout: 15_000 }).toBeGreaterThan(0);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });

  await nav(page).getByText('团购', { exact: true }).click();
  await page.getByRole('tab', { name: '核销台' }).click();
  await context.setOffline(true);
  await expect(page.getByText('离线：按本机已有的数据核对')).toBeVisible();

  await page.getByRole('button', { name: '用摄像头扫码' }).click();
  const panel = page.getByRole('dialog', { name: '用摄像头扫码' });
  await expect(panel.getByLabel('摄像头画面')).toBeVisible();
  // The menu link's QR first: read, and named as not a voucher's.
  await expect(panel.getByText(/不是团购券的二维码/)).toBeVisible({ timeout: 20_000 });
  await checkA11y(page, 'camera panel');
  await page.screenshot({ path: `${shots}/offers-camera-zh-CN.png` });

  // Then the voucher's: the panel closes by itself and the desk shows the voucher.
  await expect(panel).toBeHidden({ timeout: 30_000 });
  const input = page.getByLabel('券码或二维码');
  await expect(input).toHaveValue(qr);
  const shown = page.getByRole('region', { name: '券码' });
  await expect(shown).toContainText(formatVoucherCode(code));
  await expect(shown).toContainText('双人黄焖鸡套餐');
  await expect(shown.getByText('现在符合使用规则。')).toBeVisible();
  await expect(input).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: `已核销 ${formatVoucherCode(code)}` }),
  ).toBeVisible();
  await page.screenshot({ path: `${shots}/offers-camera-redeemed-zh-CN.png` });

  await page.getByRole('tab', { name: '今日核销' }).click();
  const row = page.getByRole('row').filter({ hasText: formatVoucherCode(code) });
  await expect(row).toContainText('摄像头');
  await expect(row).toContainText('双人黄焖鸡套餐');

  // The panel in English (still offline).
  await nav(page).getByText('设置', { exact: true }).click();
  await page.getByText('English', { exact: true }).click();
  await nav(page).getByText('Group-buys', { exact: true }).click();
  await page.getByRole('tab', { name: 'Redemption desk' }).click();
  await page.getByRole('button', { name: 'Scan with the camera' }).click();
  const panelEn = page.getByRole('dialog', { name: 'Scan with the camera' });
  await expect(panelEn.getByText(/not a voucher/)).toBeVisible({ timeout: 20_000 });
  await checkA11y(page, 'camera panel (en)');
  await page.screenshot({ path: `${shots}/offers-camera-en.png` });
  await page.keyboard.press('Escape');
  await expect(panelEn).toBeHidden();
  await context.setOffline(false);
});

test('the panel says how to allow the camera when the browser refuses it', async ({
  playwright,
}) => {
  // A browser of its own with a camera but no automatic yes: it asks, and this origin's answer
  // is "Block", as a shop that clicked it would have set.
  const browser = await playwright.chromium.launch({
    ...baseLaunch,
    args: [...(baseLaunch.args ?? []), '--use-fake-device-for-media-stream'],
  });
  try {
    const context = await browser.newContext({
      baseURL: config.use?.baseURL,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const page = await context.newPage();
    await page.goto('/');
    await createProfile(page, laoWang);
    const cdp = await context.newCDPSession(page);
    const { targetInfo } = await cdp.send('Target.getTargetInfo');
    await cdp.send('Browser.setPermission', {
      permission: { name: 'camera' },
      setting: 'denied',
      origin: new URL(page.url()).origin,
      browserContextId: targetInfo.browserContextId,
    });
    await nav(page).getByText('团购', { exact: true }).click();
    await page.getByRole('tab', { name: '核销台' }).click();
    await page.getByRole('button', { name: '用摄像头扫码' }).click();
    const panel = page.getByRole('dialog', { name: '用摄像头扫码' });
    const refused = panel.getByRole('alert');
    await expect(refused).toContainText('没有使用摄像头的权限');
    await expect(refused).toContainText('允许本应用使用摄像头');
    await expect(panel.getByLabel('摄像头画面')).toBeHidden();
    await expect(panel.getByRole('button', { name: '再试一次' })).toBeVisible();
    await checkA11y(page, 'camera panel (refused)');
    await page.screenshot({ path: `${shots}/offers-camera-denied-zh-CN.png` });
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page.getByLabel('券码或二维码')).toBeVisible();
  } finally {
    await browser.close();
  }
});
