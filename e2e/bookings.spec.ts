/**
 * The front desk's calendar end to end in Chromium (issue 13): the desk creates a booking by
 * clicking a free slot, moves it by drag (to another table and time) and by keyboard, resizes it
 * by its bottom edge and by Shift+arrows, a drop on a taken table is refused with the reason, a
 * walk-in is seated in one step, and the guest is checked in from today's list with one key. The computer runs on New York time while the shop
 * is in Shanghai: the grid must read the shop's clock. Every view passes axe; screenshots in
 * zh-CN and English go to docs/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createProfile, laoWang, nav, vendorStoreName } from './support/profile';

const shots = 'docs/screenshots';
const ROW_PX = 28;

// The computer's zone differs from the shop's (Asia/Shanghai, the profile's default).
test.use({ timezoneId: 'America/New_York', viewport: { width: 1400, height: 900 } });
test.describe.configure({ mode: 'serial', timeout: 180_000 });

async function checkA11y(page: Page, what: string) {
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page, what);
}

/** Tables A1–A3 (and a private room), written into the shop's store as set-up would save them. */
async function seedTables(page: Page) {
  const store = await vendorStoreName(page);
  await page.evaluate(async (name) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = await request(indexedDB.open(name));
    const tx = db.transaction('resource', 'readwrite');
    const tables: Array<[string, string, string, number]> = [
      ['A1', '大厅', '0193a000-0000-7000-8000-000000000001', 4],
      ['A2', '大厅', '0193a000-0000-7000-8000-000000000002', 4],
      ['A3', '大厅', '0193a000-0000-7000-8000-000000000003', 6],
      ['包间 1', '包间', '0193a000-0000-7000-8000-000000000004', 12],
    ];
    tables.forEach(([tableName, area, id, seats], sort) =>
      tx.objectStore('resource').put({
        id,
        kind: 'table',
        name: tableName,
        area,
        minParty: 1,
        maxParty: seats,
        combinable: true,
        serviceIds: [],
        workingHours: null,
        sort,
        archived: false,
        createdAt: 1,
      }),
    );
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, store);
  await page.reload();
}

const column = (page: Page, table: string) =>
  page.getByRole('group', { name: new RegExp(`^(${table} 的预约|Bookings on ${table})$`) });

/** The block of a guest's booking, by the name and times its label reads. */
const block = (page: Page, guest: string, times: string) =>
  page.getByRole('button', { name: new RegExp(`^${guest} · .*?${times}`) });

/** Clicks the free slot `row` rows below the grid's first row (09:00) in a table's column. */
async function clickSlot(page: Page, table: string, row: number) {
  // The grid opens at the current time; count rows from its top.
  await page
    .getByRole('region', { name: '按桌台、员工或房间的日视图' })
    .evaluate((grid) => (grid.scrollTop = 0));
  await column(page, table).click({ position: { x: 40, y: row * ROW_PX + 10 } });
}

async function openBookings(page: Page) {
  await nav(page).getByText('预约', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '预约', level: 1 })).toBeVisible();
}

async function newBooking(page: Page, table: string, row: number, guest: string, phone: string) {
  await clickSlot(page, table, row);
  const drawer = page.getByRole('dialog', { name: '新建预约' });
  await expect(drawer).toBeVisible();
  await drawer.getByLabel('人数').fill('4');
  await drawer.getByLabel('姓名').fill(guest);
  await drawer.getByLabel('手机号').fill(phone);
  return drawer;
}

test('the desk books by clicking a slot, moves by drag and by keyboard, and checks the guest in', async ({
  page,
}) => {
  await page.goto('/');
  await createProfile(page, laoWang);
  await seedTables(page);
  await openBookings(page);
  await expect(column(page, 'A1')).toBeVisible();
  // The first row is the shop's 09:00 (Shanghai), not the computer's (New York).
  await expect(page.getByText('09:00', { exact: true }).first()).toBeVisible();
  await checkA11y(page, 'bookings day view');

  // Click 12:00 on A1: a party of 4 keeps the table for its turn time (105 minutes).
  const drawer = await newBooking(page, 'A1', 12, '张三', '13900001111');
  await expect(drawer.getByText('12:00 至 13:45')).toBeVisible();
  await checkA11y(page, 'new booking drawer');
  await drawer.getByRole('button', { name: '创建预约' }).click();
  await expect(drawer).toBeHidden();
  const booked = block(page, '张三', '12:00–13:45');
  await expect(
    column(page, 'A1').getByRole('button', { name: /^张三 · 4 位 12:00–13:45/ }),
  ).toBeVisible();

  // Drag it to A2, two slots later.
  const box = (await booked.boundingBox())!;
  const a2 = (await column(page, 'A2').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(a2.x + a2.width / 2, box.y + 8 + ROW_PX, { steps: 5 });
  await page.mouse.move(a2.x + a2.width / 2, box.y + 8 + 2 * ROW_PX, { steps: 5 });
  await expect(page.getByRole('status').filter({ hasText: '12:30–14:15，A2' })).toBeVisible();
  await page.mouse.up();
  await expect(page.getByText('预约已调整。').first()).toBeVisible();
  await expect(
    column(page, 'A2').getByRole('button', { name: /^张三 · 4 位 12:30–14:15/ }),
  ).toBeVisible();

  // By keyboard: back to A1, one slot later, 15 minutes longer; Enter saves.
  const moved = block(page, '张三', '12:30–14:15');
  await moved.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.getByRole('log')).toHaveText('12:45–14:45，A1。');
  await page.keyboard.press('Enter');
  await expect(
    column(page, 'A1').getByRole('button', { name: /^张三 · 4 位 12:45–14:45/ }),
  ).toBeVisible();

  // Esc cancels a keyboard move.
  const again = block(page, '张三', '12:45–14:45');
  await again.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('log')).toHaveText('已取消调整。');
  await expect(block(page, '张三', '12:45–14:45')).toBeVisible();

  // Longer by dragging the bottom edge one slot down; then shorter again by Shift+ArrowUp.
  const edge = (await block(page, '张三', '12:45–14:45').boundingBox())!;
  await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height - 3);
  await page.mouse.down();
  await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height - 3 + ROW_PX, { steps: 5 });
  await page.mouse.up();
  await expect(
    column(page, 'A1').getByRole('button', { name: /^张三 · 4 位 12:45–15:00/ }),
  ).toBeVisible();
  await block(page, '张三', '12:45–15:00').focus();
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Enter');
  await expect(
    column(page, 'A1').getByRole('button', { name: /^张三 · 4 位 12:45–14:45/ }),
  ).toBeVisible();

  // A second party on A2 at 13:00; dropping 张三 onto A2 then is refused, with the reason.
  const second = await newBooking(page, 'A2', 16, '李四', '13900002222');
  await second.getByRole('button', { name: '创建预约' }).click();
  await expect(second).toBeHidden();
  const zhang = (await block(page, '张三', '12:45–14:45').boundingBox())!;
  const a2Again = (await column(page, 'A2').boundingBox())!;
  await page.mouse.move(zhang.x + zhang.width / 2, zhang.y + 8);
  await page.mouse.down();
  await page.mouse.move(a2Again.x + a2Again.width / 2, zhang.y + 8, { steps: 5 });
  await expect(
    page.getByRole('status').filter({ hasText: '该时段这张桌台或这位员工已有预约。' }),
  ).toBeVisible();
  await page.mouse.up();
  await expect(page.getByText(/^未调整：该时段这张桌台或这位员工已有预约。/).first()).toBeVisible();
  await expect(
    column(page, 'A1').getByRole('button', { name: /^张三 · 4 位 12:45–14:45/ }),
  ).toBeVisible();

  // A walk-in in one step.
  await page.getByRole('button', { name: '散客入座' }).click();
  const walkIn = page.getByRole('dialog', { name: '散客入座' });
  await walkIn.getByLabel('人数').fill('2');
  await checkA11y(page, 'walk-in dialog');
  await walkIn.getByRole('button', { name: '立即入座' }).click();
  await expect(walkIn).toBeHidden();
  await expect(page.getByText(/^散客已入座 /).first()).toBeVisible();

  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${shots}/bookings-day-zh-CN.png`, fullPage: true });

  // Today's list: select 张三's row and press Enter to check them in.
  await page.getByText('今日列表', { exact: true }).click();
  const list = page.getByRole('table', { name: '今日预约' });
  const row = list.getByRole('row', { name: /张三/ });
  await expect(row).toContainText('已确认');
  await checkA11y(page, "today's list");
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(row).toContainText('已到店');
  await expect(page.getByText('张三 已到店。').first()).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${shots}/bookings-today-zh-CN.png`, fullPage: true });

  // The week view, then the status steps of a booking: cancelling shows the deposit policy.
  await page.getByText('周', { exact: true }).click();
  await expect(page.getByText(/2 个预约|3 个预约/).first()).toBeVisible();
  await checkA11y(page, 'bookings week view');
  await page.getByText('日', { exact: true }).click();

  // The day as an .ics file, from the local store: in the shop's zone, without the guests' names.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 .ics' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^bookings-\d{4}-\d{2}-\d{2}\.ics$/);
  const ics = await readFile((await file.path())!, 'utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VTIMEZONE\r\nTZID:Asia\/Shanghai/);
  expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:');
  expect(ics.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  expect(ics).toContain('4 位');
  expect(ics).not.toContain('张三');
  await block(page, '李四', '13:00').click();
  const detail = page.getByRole('dialog', { name: '预约：李四' });
  await expect(detail.getByText('已确认')).toBeVisible();
  await checkA11y(page, 'booking detail');
  await detail.getByRole('button', { name: '取消预约' }).click();
  const cancel = page.getByRole('dialog', { name: '取消预约' });
  await expect(cancel.getByText(/^规则：提前 24 小时以上取消退还定金/)).toBeVisible();
  await cancel.getByLabel('原因').fill('临时有事');
  await checkA11y(page, 'cancel booking');
  await cancel.getByRole('button', { name: '取消预约' }).click();
  await expect(page.getByText('当前状态：已取消。').first()).toBeVisible();
  await expect(block(page, '李四', '13:00')).toBeHidden();

  // English: the same day in the console's other language.
  await nav(page).getByText('设置', { exact: true }).click();
  await page.getByText('English', { exact: true }).click();
  await nav(page).getByText('Bookings', { exact: true }).click();
  await expect(page.getByRole('group', { name: 'Bookings on A1' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^张三 · 4 guests 12:45–14:45 · Seated/ }),
  ).toBeVisible();
  await checkA11y(page, 'bookings day view (en)');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${shots}/bookings-day-en.png`, fullPage: true });
});
