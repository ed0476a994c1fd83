/**
 * No table booked twice, even offline (issue 13): two desktops of the demo shop go offline and
 * each books table A1 for tomorrow at 12:00. Back online, the platform keeps the first and turns
 * the second down (booking.resourceTaken); both desktops' Needs attention name the two bookings
 * and offer the free tables at that time, and one click books the guest at the first of them,
 * which reaches both calendars. Screenshots in zh-CN and English go to docs/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { desktopSignedIn, useDemoPlatform } from './support/demo-platform';
import { nav } from './support/profile';

const shots = 'docs/screenshots';
const ROW_PX = 28;
const platform = useDemoPlatform();

test.use({ viewport: { width: 1400, height: 900 } });
test.describe.configure({ timeout: 180_000 });

const header = (page: Page) => page.getByRole('status').first();
const column = (page: Page, table: string) =>
  page.getByRole('group', { name: new RegExp(`^(${table} 的预约|Bookings on ${table})$`) });

async function checkA11y(page: Page, what: string) {
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page, what);
}

/** The bookings page on tomorrow's date (a future slot, whatever the hour the test runs). */
async function tomorrowsCalendar(page: Page) {
  await nav(page).getByText('预约', { exact: true }).click();
  await expect(column(page, 'A1')).toBeVisible();
  await page.getByRole('button', { name: '后一天' }).click();
}

/** Books a party of 4 on `table` at 12:00 (the grid's 13th row from 09:00) by clicking the slot. */
async function bookNoon(page: Page, table: string, guest: string, phone: string) {
  await page
    .getByRole('region', { name: '按桌台、员工或房间的日视图' })
    .evaluate((grid) => (grid.scrollTop = 0));
  await column(page, table).click({ position: { x: 40, y: 12 * ROW_PX + 10 } });
  const drawer = page.getByRole('dialog', { name: '新建预约' });
  await drawer.getByLabel('人数').fill('4');
  await drawer.getByLabel('姓名').fill(guest);
  await drawer.getByLabel('手机号').fill(phone);
  await expect(drawer.getByText(/^12:00 至 /)).toBeVisible();
  await drawer.getByRole('button', { name: '创建预约' }).click();
  await expect(drawer).toBeHidden();
  await expect(
    column(page, table).getByRole('button', { name: new RegExp(`^${guest} · 4 位 12:00`) }),
  ).toBeVisible();
}

test('two offline desktops book one table at one time: the later is on Needs attention, and one click moves it to a free table', async ({
  browser,
}) => {
  const front = await desktopSignedIn(await browser.newContext(), platform.url, '前台电脑');
  const hall = await desktopSignedIn(await browser.newContext(), platform.url, '大厅平板');
  for (const page of [front, hall]) {
    await tomorrowsCalendar(page);
    await page.context().setOffline(true);
    await expect(header(page)).toContainText('离线');
  }
  // Each desktop sees A1 free at noon in its own copy.
  await bookNoon(front, 'A1', '张三', '13900001111');
  await bookNoon(hall, 'A1', '李四', '13900002222');

  await expect(header(front)).toContainText('1 项改动待同步');
  await front.context().setOffline(false);
  // The front desk's booking reaches the platform first (the header's last-sync time is no sign).
  await expect(header(front)).toContainText('改动已全部保存在本机', { timeout: 15_000 });
  await hall.context().setOffline(false);
  // The platform keeps the front desk's booking: the hall's is taken back there…
  await expect(header(hall)).toContainText('1 项需处理', { timeout: 15_000 });
  await expect(column(hall, 'A1').getByRole('button', { name: /^张三 · 4 位 12:00/ })).toBeVisible({
    timeout: 15_000,
  });
  await expect(hall.getByRole('button', { name: /^李四 · / })).toHaveCount(0);
  await expect(header(front)).toContainText('1 项需处理', { timeout: 15_000 });

  // …and both desktops' lists name the two bookings and the free tables at noon.
  for (const page of [front, hall]) {
    await nav(page).getByText('同步', { exact: true }).click();
    const item = page
      .getByRole('region', { name: '需要处理' })
      .getByRole('listitem')
      .filter({ hasText: '新建预约' });
    await expect(item).toBeVisible();
    await expect(item).toContainText(/A1 在该时段已被预约「[A-Z0-9]+」（12:00–\d\d:\d\d）占用/);
    await expect(item.getByRole('button', { name: '改到 A2' })).toBeVisible();
  }
  await checkA11y(hall, 'sync page with a table booked twice');
  await hall.screenshot({ path: `${shots}/bookings-conflict-zh-CN.png`, fullPage: true });

  // The front desk reads it in English.
  await nav(front).getByText('设置', { exact: true }).click();
  await front.getByText('English', { exact: true }).click();
  await nav(front).getByText('Sync', { exact: true }).click();
  const inEnglish = front
    .getByRole('region', { name: 'Needs attention' })
    .getByRole('listitem')
    .filter({ hasText: 'A1' });
  await expect(inEnglish.getByRole('button', { name: 'Seat them at A2 instead' })).toBeVisible();
  await checkA11y(front, 'sync page with a table booked twice (en)');
  await front.screenshot({ path: `${shots}/bookings-conflict-en.png`, fullPage: true });

  // One click on the hall's tablet: 李四 is booked on A2 at noon, on both calendars.
  await hall.getByRole('button', { name: '改到 A2' }).click();
  await expect(hall.getByText('没有需要处理的改动。')).toBeVisible({ timeout: 15_000 });
  await expect(front.getByText('Nothing needs attention.')).toBeVisible({ timeout: 15_000 });
  await tomorrowsCalendar(hall);
  await expect(column(hall, 'A2').getByRole('button', { name: /^李四 · 4 位 12:00/ })).toBeVisible({
    timeout: 15_000,
  });
  await nav(front).getByText('Bookings', { exact: true }).click();
  await front.getByRole('button', { name: 'Next day' }).click();
  await expect(
    column(front, 'A2').getByRole('button', { name: /^李四 · 4 guests 12:00/ }),
  ).toBeVisible({ timeout: 15_000 });
});
