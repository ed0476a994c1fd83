/**
 * The redemption desk (核销台) end to end in Chromium against a real platform (issue 14). The
 * platform issues vouchers of an offer on sale — real codes and signed QRs — and the desks learn
 * them by sync. One desk redeems one by typing its code, one by a keyboard-wedge scanner's fast
 * keystrokes, undoes one within the shop's window, takes an unseen voucher's QR offline as
 * unverified (the platform confirms it once online), refuses an unknown typed code offline and a
 * second unverified one over the shop's cap. Two desks offline redeem one voucher, reconnect, and
 * the later is on Needs attention with the first use named. Axe on each screen; screenshots in
 * zh-CN and English.
 */
import { expect, test, type Page } from '@playwright/test';
import { deskCode } from '../domain/customers/receipt';
import { formatVoucherCode, generateVoucherCodes } from '../domain/vouchers/code';
import { expectNoSeriousA11yViolations } from './support/axe';
import { desktopSignedIn, useDemoPlatform } from './support/demo-platform';
import { nav } from './support/profile';
import { DEMO } from '../platform/seed-demo';
import { issueVouchers, offerOnSale, usesTakenOnPlatform } from './support/vouchers';

const shots = 'docs/screenshots';
const platform = useDemoPlatform();

test.describe.configure({ mode: 'serial', timeout: 300_000 });

async function checkA11y(page: Page, what: string) {
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page, what);
}

const header = (page: Page) => page.getByRole('banner');

async function openTab(page: Page, tab: string) {
  await nav(page).getByText('团购', { exact: true }).click();
  await page.getByRole('tab', { name: tab }).click();
}

const deskInput = (page: Page) => page.getByLabel('券码或二维码');
const todayRow = (page: Page, code: string) =>
  page.getByRole('row').filter({ hasText: formatVoucherCode(code) });

/** What a keyboard-wedge scanner does: the text as fast keystrokes, then Enter. */
async function scan(page: Page, text: string) {
  await deskInput(page).focus();
  await page.keyboard.type(text, { delay: 4 });
  await page.keyboard.press('Enter');
}

test('one desk redeems by typing and by scanner, undoes one, and takes an unseen QR offline as unverified', async ({
  browser,
}) => {
  const offer = await offerOnSale(platform.url, {
    title: { zh: '双人黄焖鸡套餐', en: 'Braised chicken for two' },
  });
  const [typed, scanned] = await issueVouchers(platform.db, offer, 2);
  const front = await desktopSignedIn(await browser.newContext(), platform.url, '前台电脑');

  // The shop lets each desk take one unverified voucher a day.
  await openTab(front, '核销设置');
  await front.getByLabel('每台电脑每天最多收多少张未核实的券').fill('1');
  await front.getByRole('button', { name: '保存设置' }).click();
  await expect(front.getByText('核销设置已保存。')).toBeVisible();
  await checkA11y(front, 'redemption settings');

  // Typing: spaces are ignored, the desk counts the digits, Enter looks up, Enter redeems.
  await front.getByRole('tab', { name: '核销台' }).click();
  await expect(deskInput(front)).toBeFocused();
  await deskInput(front).fill(formatVoucherCode(typed!.code).slice(0, 9));
  await expect(front.getByText('已输入 8 / 12 位')).toBeVisible();
  // A person types at a person's pace (a burst of keys would be a scanner's).
  await deskInput(front).fill('');
  await deskInput(front).pressSequentially(formatVoucherCode(typed!.code), { delay: 150 });
  await deskInput(front).press('Enter');
  const shown = front.getByRole('region', { name: '券码' });
  await expect(shown).toContainText('双人黄焖鸡套餐');
  await expect(shown).toContainText('现在符合使用规则。');
  await checkA11y(front, 'desk with a voucher shown');
  await shown.screenshot({ path: `${shots}/redemption-desk-zh-CN.png` });
  await deskInput(front).press('Enter');
  await expect(front.getByRole('status').filter({ hasText: '已核销' })).toContainText(
    formatVoucherCode(typed!.code),
  );

  // The same code again is refused, naming the first use on this desk.
  await deskInput(front).fill(typed!.code);
  await deskInput(front).press('Enter');
  await expect(front.getByRole('alert')).toContainText('已使用：首次使用于');

  // A scanner types the signed QR text fast and presses Enter; Enter again redeems.
  await deskInput(front).fill('');
  await scan(front, scanned!.qr);
  await expect(shown).toContainText(formatVoucherCode(scanned!.code));
  await deskInput(front).press('Enter');
  const done = front.getByRole('status').filter({ hasText: '已核销' });
  await expect(done).toContainText(formatVoucherCode(scanned!.code));

  // Undo within the window, with a reason.
  await done.getByRole('button', { name: '撤销' }).click();
  const undo = front.getByRole('dialog', {
    name: `撤销 ${formatVoucherCode(scanned!.code)} 的核销`,
  });
  await undo.getByRole('button', { name: '撤销核销' }).click();
  await expect(undo.getByText('请填写原因。')).toBeVisible();
  await undo.getByLabel('原因').fill('顾客改主意了');
  await undo.getByRole('button', { name: '撤销核销' }).click();
  await expect(front.getByText('已撤销核销，次数已退回。')).toBeVisible();

  // Offline: the platform issues a voucher the desk cannot learn; its QR is genuine, so the desk
  // takes it as unverified, once (the cap), and refuses a typed code it does not know.
  await front.context().setOffline(true);
  await expect(header(front)).toContainText('离线');
  const [unseen, overCap] = await issueVouchers(platform.db, offer, 2);
  await deskInput(front).fill('');
  await scan(front, unseen!.qr);
  await expect(shown).toContainText('未核实：这张券还没同步到本机');
  await expect(shown).toContainText('本机今天还可收 1 张未核实的券。');
  await expect(shown).toContainText('双人黄焖鸡套餐');
  await checkA11y(front, 'desk with an unverified voucher');
  await shown.screenshot({ path: `${shots}/redemption-unverified-zh-CN.png` });
  await deskInput(front).press('Enter');
  await expect(front.getByRole('status').filter({ hasText: '已核销' })).toContainText(
    formatVoucherCode(unseen!.code),
  );
  await deskInput(front).fill('');
  await scan(front, overCap!.qr);
  await expect(front.getByRole('alert')).toContainText('本机今天已收满 1 张未核实的券');
  const [madeUp] = generateVoucherCodes(1);
  await deskInput(front).fill(madeUp!);
  await deskInput(front).press('Enter');
  await expect(front.getByRole('alert')).toContainText('本机不认识这个券码，且当前离线');

  await front.getByRole('tab', { name: '今日核销' }).click();
  await expect(todayRow(front, typed!.code)).toContainText('手输');
  await expect(todayRow(front, scanned!.code).first()).toContainText('扫码枪');
  await expect(todayRow(front, scanned!.code).filter({ hasText: '已撤销' })).toHaveCount(1);
  await expect(todayRow(front, unseen!.code)).toContainText('待确认');
  await expect(front.getByText('有效核销 2 次')).toBeVisible();
  await checkA11y(front, "today's redemptions");
  await front.screenshot({ path: `${shots}/redemption-today-zh-CN.png`, fullPage: true });

  // Online again: the platform takes the unverified use, and the desk says it is confirmed.
  await front.context().setOffline(false);
  await expect(header(front)).toContainText('改动已全部保存在本机', { timeout: 20_000 });
  await expect(todayRow(front, unseen!.code)).toContainText('已由平台确认', { timeout: 20_000 });
  expect(await usesTakenOnPlatform(platform.db, typed!.id)).toBe(1);
  expect(await usesTakenOnPlatform(platform.db, scanned!.id)).toBe(0);
  expect(await usesTakenOnPlatform(platform.db, unseen!.id)).toBe(1);
  expect(await usesTakenOnPlatform(platform.db, overCap!.id)).toBe(0);

  // The desk in English.
  await nav(front).getByText('设置', { exact: true }).click();
  await front.getByText('English', { exact: true }).click();
  await nav(front).getByText('Group-buys', { exact: true }).click();
  await front.getByRole('tab', { name: "Today's redemptions" }).click();
  await expect(todayRow(front, unseen!.code)).toContainText('confirmed by the platform');
  await checkA11y(front, "today's redemptions in English");
  await front.screenshot({ path: `${shots}/redemption-today-en.png`, fullPage: true });
  await front.getByRole('tab', { name: 'Redemption desk' }).click();
  await front.getByLabel('Voucher code or QR').fill(overCap!.code);
  await front.getByLabel('Voucher code or QR').press('Enter');
  const inEnglish = front.getByRole('region', { name: 'Voucher' });
  await expect(inEnglish).toContainText('Braised chicken for two');
  await expect(inEnglish).toContainText('The rules allow it now.');
  await checkA11y(front, 'desk with a voucher shown, in English');
  await inEnglish.screenshot({ path: `${shots}/redemption-desk-en.png` });
  await front.getByRole('tab', { name: 'Redemption settings' }).click();
  await expect(front.getByLabel('Unverified vouchers one desktop may take a day')).toHaveValue('1');
  await front.screenshot({ path: `${shots}/redemption-settings-en.png`, fullPage: true });
});

test('two desks offline redeem one voucher: the later is on Needs attention with the first use named', async ({
  browser,
}) => {
  const offer = await offerOnSale(platform.url, { title: { zh: '单人午市套餐', en: 'Lunch set' } });
  const [voucher] = await issueVouchers(platform.db, offer, 1);
  const front = await desktopSignedIn(await browser.newContext(), platform.url, '前台电脑');
  const kitchen = await desktopSignedIn(await browser.newContext(), platform.url, '后厨电脑');
  for (const page of [front, kitchen]) {
    await openTab(page, '核销台');
    await deskInput(page).fill(voucher!.code);
    await deskInput(page).press('Enter');
    await expect(page.getByRole('region', { name: '券码' })).toContainText('单人午市套餐', {
      timeout: 15_000,
    });
  }
  for (const page of [front, kitchen]) {
    await page.context().setOffline(true);
    await expect(header(page)).toContainText('离线');
    await deskInput(page).press('Enter');
    await expect(page.getByRole('status').filter({ hasText: '已核销' })).toBeVisible();
  }

  // The kitchen's use reaches the platform first; the front's is then one too many.
  await kitchen.context().setOffline(false);
  await expect(header(kitchen)).toContainText('改动已全部保存在本机', { timeout: 20_000 });
  await front.context().setOffline(false);
  await expect(header(front)).toContainText('1 项需处理', { timeout: 20_000 });
  expect(await usesTakenOnPlatform(platform.db, voucher!.id)).toBe(1);

  const [first] = await platform.db.query<{ device: string }>(
    `select data ->> 'deviceId' as device from ledger_entries
      where vendor_id = $1 and tbl = 'redemption' and data ->> 'voucherId' = $2`,
    [DEMO.vendorId, voucher!.id],
  );
  await nav(front).getByText('同步', { exact: true }).click();
  const item = front
    .getByRole('region', { name: '需要处理' })
    .getByRole('listitem')
    .filter({ hasText: formatVoucherCode(voucher!.code) });
  await expect(item).toContainText(`券码 ${formatVoucherCode(voucher!.code)} 已被用过（1/1 次）`);
  await expect(item).toContainText(`在收银台 ${deskCode(first!.device)}`);
  await expect(item).toContainText('请向顾客收取这份的价钱，或联系顾客说明情况。');
  await checkA11y(front, 'needs attention with a voucher used first elsewhere');
  await item.screenshot({ path: `${shots}/redemption-attention-zh-CN.png` });

  // Both desks now hold the platform's one use: the kitchen's, not the front's turned-down one.
  for (const page of [front, kitchen]) {
    await openTab(page, '今日核销');
    await expect(todayRow(page, voucher!.code)).toHaveCount(1, { timeout: 15_000 });
    await expect(todayRow(page, voucher!.code)).toContainText(deskCode(first!.device));
  }
});
