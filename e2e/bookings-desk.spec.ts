/**
 * The bookings desk end to end in Chromium (issue 13): a desk of the demo shop (its tables come
 * from the demo seed) sets up a table and a deposit rule, with a field's error said at the field
 * first; a walk-in takes a waitlist number, is called and seated at a free table; a customer's
 * booking for tomorrow arrives by sync with a notification and is on tomorrow's list to call, where
 * the desk confirms it; the customer's profile shows their bookings and their no-show. Axe on
 * every screen; screenshots in zh-CN and English go to docs/screenshots/.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { newBookingArgs } from '../domain/bookings/build';
import type { BookingSettings } from '../domain/bookings/schema';
import { PROTOCOL_VERSION, syncPaths } from '../domain/sync/protocol';
import { addCalendarDays, businessDate, parseCalendarDate, zonedTimeToEpoch } from '../domain/time';
import { demoResources } from '../platform/demo-bookings';
import { DEMO } from '../platform/seed-demo';
import { expectNoSeriousA11yViolations } from './support/axe';
import { demoDevice, desktopSignedIn, useDemoPlatform } from './support/demo-platform';
import { nav } from './support/profile';

const shots = 'docs/screenshots';
const platform = useDemoPlatform();
const ZONE = 'Asia/Shanghai';

const card = (page: Page, heading: string | RegExp) =>
  page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: heading }) });

test.describe.configure({ mode: 'serial', timeout: 240_000 });

/** axe with the pointer out of the way: a hovered primary button is paler than at rest. */
async function checkA11y(page: Page, what: string) {
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page, what);
}

async function openBookings(page: Page, tab: string) {
  await nav(page).getByText('预约', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '预约', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
}

/** The shop's booking settings as the platform holds them. */
async function platformSettings(): Promise<BookingSettings> {
  const [row] = await platform.db.query<{ data: BookingSettings }>(
    `select data from entities where vendor_id = $1 and tbl = 'bookingSettings' and id = $2`,
    [DEMO.vendorId, DEMO.vendorId],
  );
  return row!.data;
}

/** What a customer's booking would be as the platform writes it, pushed by another device. */
async function pushCustomerBookings(): Promise<void> {
  const { deviceId, token } = await demoDevice(platform.url, '顾客');
  const clock = { timeZone: ZONE, businessDayCutoff: '04:00' };
  const today = businessDate(Date.now(), ZONE, 240);
  const at = (date: string, hour: number) =>
    zonedTimeToEpoch({ ...parseCalendarDate(date)!, hour, minute: 0 }, ZONE);
  const customerId = randomUUID();
  const now = Date.now();
  const tomorrow = newBookingArgs(
    {
      startsAt: at(addCalendarDays(today, 1), 19),
      endsAt: at(addCalendarDays(today, 1), 21),
      resourceIds: [demoResources[1]!.id],
      partySize: 4,
      newCustomer: {
        customer: {
          id: customerId,
          source: 'miniProgram',
          createdAt: now,
          consent: null,
          mergedInto: null,
          erasedAt: null,
        },
        personal: {
          id: customerId,
          name: '李女士',
          phone: '13900002222',
          gender: null,
          birthday: null,
          tags: [],
          note: '',
        },
      },
      status: 'requested',
      source: 'customer',
      by: 'customer',
      at: now,
    },
    clock,
  );
  const missed = newBookingArgs(
    {
      startsAt: at(addCalendarDays(today, -7), 12),
      endsAt: at(addCalendarDays(today, -7), 13),
      resourceIds: [demoResources[2]!.id],
      partySize: 2,
      customerId,
      status: 'noShow',
      source: 'customer',
      by: 'customer',
      at: now,
    },
    clock,
  );
  const mutations = [tomorrow, missed].map((args, index) => ({
    id: randomUUID(),
    name: 'booking.create',
    version: 1,
    args,
    deviceId,
    seq: index + 1,
    createdAt: now,
  }));
  const push = await fetch(platform.url + syncPaths.push(DEMO.vendorId), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, deviceId, mutations }),
  });
  expect(push.status).toBe(200);
  const body = (await push.json()) as { results: Array<{ status: string }> };
  expect(body.results.map((result) => result.status)).toEqual(['applied', 'applied']);
}

test('the manager sets up a table and a deposit rule; a walk-in is numbered, called and seated; a customer’s booking arrives, is called and confirmed; the profile shows bookings and no-shows', async ({
  browser,
}) => {
  const page = await desktopSignedIn(await browser.newContext(), platform.url, '前台电脑');

  // Set-up: the demo shop's tables are there; a new one, its error at the field first.
  await openBookings(page, '预约设置');
  const resources = page.getByRole('table').first();
  await expect(resources).toContainText('A1');
  await expect(resources).toContainText('V2');
  await checkA11y(page, 'booking set-up');
  await page.screenshot({ path: `${shots}/bookings-setup-zh-CN.png`, fullPage: true });
  await page.getByRole('button', { name: '添加', exact: true }).first().click();
  const addTable = page.getByRole('dialog', { name: '添加' });
  await addTable.getByLabel('最少人数', { exact: true }).fill('6');
  await addTable.getByLabel('最多人数', { exact: true }).fill('4');
  await addTable.getByRole('button', { name: '保存' }).click();
  await expect(addTable.getByText('请填写此项。')).toBeVisible();
  await expect(addTable.getByText('最多人数不能少于最少人数。')).toBeVisible();
  await checkA11y(page, 'add table dialog');
  await addTable.getByLabel('名称', { exact: true }).fill('A7');
  await addTable.getByLabel('区域', { exact: true }).fill('大厅');
  await addTable.getByLabel('最少人数', { exact: true }).fill('2');
  await addTable.getByLabel('最多人数', { exact: true }).fill('6');
  await addTable.getByRole('button', { name: '保存' }).click();
  await expect(addTable).toBeHidden();
  await expect(resources.getByRole('row').filter({ hasText: 'A7' })).toContainText('2–6');

  // A deposit rule: parties of 8 or more on Friday and Saturday evenings pay ¥200.
  await page.getByRole('button', { name: '添加定金规则' }).click();
  const rule = page.getByRole('group', { name: '定金规则 2' });
  await rule.getByLabel('人数至少', { exact: true }).fill('8');
  await rule.getByLabel('定金', { exact: true }).fill('2.005');
  await page.getByRole('button', { name: '保存预约规则' }).click();
  await expect(rule.getByText('最多两位小数（分）。')).toBeVisible();
  await rule.getByLabel('定金', { exact: true }).fill('200');
  await rule.getByLabel('开始时间从', { exact: true }).fill('17:00');
  await rule.getByLabel('至', { exact: true }).fill('21:00');
  await rule.getByLabel('周五').check();
  await rule.getByLabel('周六').check();
  await checkA11y(page, 'booking rules with a new deposit rule');
  await page.getByRole('button', { name: '保存预约规则' }).click();
  await expect(page.getByText('预约规则已保存。').first()).toBeVisible();
  // The header read 已同步 before the click too: the save is done when the platform has it.
  await expect
    .poll(async () => (await platformSettings()).depositRules.length, { timeout: 15_000 })
    .toBe(2);
  await expect(page.getByRole('status').filter({ hasText: '已同步' })).toBeVisible({
    timeout: 15_000,
  });
  // Saved as one change: after a reload the rule is there as typed.
  await page.reload();
  await openBookings(page, '预约设置');
  const saved = page.getByRole('group', { name: '定金规则 2' });
  await expect(saved.getByLabel('定金', { exact: true })).toHaveValue('200.00');
  await expect(saved.getByLabel('周六')).toBeChecked();

  // The waitlist: a party of two takes a number by the keyboard, is called and seated.
  await page.getByRole('tab', { name: '排队取号' }).click();
  const party = page.getByLabel('人数', { exact: true });
  await expect(party).toBeFocused();
  await party.fill('2');
  await page.getByLabel('姓名', { exact: true }).fill('王先生');
  await page.getByLabel('电话', { exact: true }).fill('138 0000 1111');
  await page.getByLabel('电话', { exact: true }).press('Enter');
  await expect(page.getByText(/A001 号（小桌（1–2 人）），2 人。/)).toBeVisible();
  const queueA = card(page, /^A · /);
  await expect(queueA).toContainText('王先生');
  await page.getByRole('button', { name: '小桌（1–2 人）叫下一位' }).click();
  await expect(queueA.getByText('已叫号')).toBeVisible();
  await checkA11y(page, 'waitlist with a called number');
  await page.screenshot({ path: `${shots}/bookings-waitlist-zh-CN.png`, fullPage: true });
  await page.getByRole('button', { name: 'A001 入座' }).click();
  const seat = page.getByRole('dialog', { name: 'A001 入座，2 人' });
  await expect(seat.getByRole('combobox')).toBeFocused();
  await checkA11y(page, 'seat dialog');
  await seat.getByRole('button', { name: '入座' }).click();
  await expect(seat).toBeHidden();
  await expect(queueA).toContainText('暂无等位');
  await expect(queueA).not.toContainText('王先生');

  // A customer's booking for tomorrow arrives by sync: a notification, and one to call.
  await pushCustomerBookings();
  await expect(page.getByRole('status').filter({ hasText: '新预约：李女士' })).toBeVisible({
    timeout: 20_000,
  });
  const notified = await page.evaluate(
    () =>
      (window as unknown as { __vendorConsoleNotified: Array<{ kind: string; title: string }> })
        .__vendorConsoleNotified,
  );
  expect(notified.map((notice) => [notice.kind, notice.title])).toEqual([
    ['booking.new', '新预约：李女士'],
  ]);
  const toCall = card(page, '明天待电话确认（1）');
  await expect(toCall).toContainText('李女士');
  await expect(toCall).toContainText('13900002222');
  await expect(toCall).toContainText('19:00');
  await checkA11y(page, 'tomorrow to call');
  await page.screenshot({ path: `${shots}/bookings-to-call-zh-CN.png`, fullPage: true });
  await toCall.getByRole('button', { name: '将 李女士 的预约标为已确认' }).click();
  await expect(page.getByText('明天的预约都已确认。')).toBeVisible();

  // The customer's profile: one booking to come (confirmed now), one they did not come to.
  await nav(page).getByText('会员', { exact: true }).click();
  await page.getByRole('tab', { name: '会员列表' }).click();
  await page.getByRole('link', { name: '李女士' }).click();
  const bookings = card(page, '预约记录');
  await expect(bookings).toContainText('已确认');
  await expect(bookings).toContainText('爽约');
  await expect(bookings.locator('.ant-statistic').filter({ hasText: '爽约' })).toContainText('1');
  await checkA11y(page, 'customer profile with bookings');
  await page.screenshot({ path: `${shots}/bookings-profile-zh-CN.png`, fullPage: true });

  // The same screens in English.
  await nav(page).getByText('设置', { exact: true }).click();
  await page.getByText('English', { exact: true }).click();
  await nav(page).getByText('Customers', { exact: true }).click();
  await page.getByRole('tab', { name: 'Customer list' }).click();
  await page.getByRole('link', { name: '李女士' }).click();
  await expect(page.getByRole('heading', { name: 'Bookings', level: 2 })).toBeVisible();
  await expect(page.getByText('No-shows')).toBeVisible();
  await checkA11y(page, 'customer profile with bookings (en)');
  await page.screenshot({ path: `${shots}/bookings-profile-en.png`, fullPage: true });
  await nav(page).getByText('Bookings', { exact: true }).click();
  await page.getByRole('tab', { name: 'Set-up' }).click();
  await expect(page.getByRole('heading', { name: 'Booking rules' })).toBeVisible();
  await checkA11y(page, 'booking set-up (en)');
  await page.screenshot({ path: `${shots}/bookings-setup-en.png`, fullPage: true });
  await page.getByRole('tab', { name: 'Waitlist' }).click();
  await page.getByLabel('Guests', { exact: true }).fill('5');
  await page.getByRole('button', { name: 'Take a number' }).click();
  await expect(page.getByText(/Number C001 \(Large table \(5\+\)\), 5 guests\./)).toBeVisible();
  await checkA11y(page, 'waitlist (en)');
  await page.screenshot({ path: `${shots}/bookings-waitlist-en.png`, fullPage: true });
});
