/**
 * A salon runs its bookings from the console end to end in Chromium (issue 13: "a restaurant and a
 * salon can each run their bookings"), offline, no platform: a new shop whose category is a salon
 * starts with its calendar by staff; the manager adds a service (a price with three decimals is
 * refused at the field first, saving nothing) and two stylists who do it through the set-up
 * forms; on the calendar the columns are the stylists; a booking with a chosen stylist by
 * clicking a slot in her column, one at the same time for "anyone free" that lands on the other
 * stylist, and the buffer after the service keeps the first stylist from a booking right at its
 * end, but not once the buffer is over. Axe on the set-up and the calendar; screenshots in zh-CN
 * and English go to docs/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createProfile, nav, xiaoMei } from './support/profile';
import { chooseOption } from './support/select';

const shots = 'docs/screenshots';
const ROW_PX = 28;

test.use({ viewport: { width: 1400, height: 900 } });
test.describe.configure({ mode: 'serial', timeout: 180_000 });

/** axe with the pointer out of the way: a hovered button is paler than at rest. */
async function checkA11y(page: Page, what: string) {
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page, what);
}

const column = (page: Page, stylist: string) =>
  page.getByRole('group', { name: new RegExp(`^(${stylist} 的预约|Bookings on ${stylist})$`) });

/** Clicks the free slot `row` rows below the grid's first row (09:00) in a stylist's column. */
async function clickSlot(page: Page, stylist: string, row: number) {
  await page
    .getByRole('region', { name: '按桌台、员工或房间的日视图' })
    .evaluate((grid) => (grid.scrollTop = 0));
  await column(page, stylist).click({ position: { x: 40, y: row * ROW_PX + 10 } });
}

/** Picks the service of a new booking from its list. */
async function chooseService(drawer: ReturnType<Page['getByRole']>, service: string) {
  await chooseOption(
    drawer.getByLabel('服务项目'),
    service,
    drawer.getByTitle(service, { exact: true }),
  );
}

/** Fills in the guest of a new booking: one person, the name and phone taken down. */
async function guest(drawer: ReturnType<Page['getByRole']>, name: string, phone: string) {
  await drawer.getByLabel('人数').fill('1');
  await drawer.getByLabel('姓名').fill(name);
  await drawer.getByLabel('手机号').fill(phone);
}

/** Adds a stylist through the resource dialog: staff, a name, the services she does. */
async function addStylist(page: Page, name: string) {
  await page.getByRole('button', { name: '添加', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: '添加' });
  await dialog.getByText('员工', { exact: true }).click();
  await expect(dialog.getByLabel('最少人数', { exact: true })).toBeHidden();
  await dialog.getByLabel('名称', { exact: true }).fill(name);
  await chooseOption(
    dialog.getByLabel('可做的服务'),
    '洗剪吹',
    dialog.getByTitle('洗剪吹', { exact: true }),
  );
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
}

test('a salon sets up stylists and a service, books a chosen stylist and anyone free, and the buffer after holds the stylist', async ({
  page,
}) => {
  await page.goto('/');
  await createProfile(page, xiaoMei);
  await nav(page).getByText('预约', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '预约', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: '预约设置' }).click();

  // A salon's calendar is by staff and services from the start.
  await expect(page.getByRole('radio', { name: '员工与服务' })).toBeChecked();

  // The service: a price with three decimals is refused at the field, and nothing is saved.
  const services = page.getByRole('table').nth(1);
  await page.getByRole('button', { name: '添加服务' }).click();
  const addService = page.getByRole('dialog', { name: '添加服务' });
  await addService.getByLabel('名称（中文）').fill('洗剪吹');
  await addService.getByLabel('名称（英文）').fill('Wash, cut and blow-dry');
  await addService.getByLabel('时长').fill('60');
  await addService.getByLabel('价格').fill('128.005');
  await addService.getByLabel('结束后预留').fill('15');
  await addService.getByRole('button', { name: '保存' }).click();
  await expect(addService.getByText('最多两位小数（分）。')).toBeVisible();
  await expect(addService).toBeVisible();
  await expect(services).toContainText('暂无服务项目');
  await checkA11y(page, 'add service dialog with a bad price');
  await addService.getByLabel('价格').fill('128');
  await addService.getByRole('button', { name: '保存' }).click();
  await expect(addService).toBeHidden();
  const cut = services.getByRole('row').filter({ hasText: '洗剪吹' });
  await expect(cut).toContainText('60 分钟');
  await expect(cut).toContainText('128.00');

  // An empty name is refused at the field too.
  await page.getByRole('button', { name: '添加', exact: true }).first().click();
  const nameless = page.getByRole('dialog', { name: '添加' });
  await nameless.getByText('员工', { exact: true }).click();
  await nameless.getByRole('button', { name: '保存' }).click();
  await expect(nameless.getByText('请填写此项。')).toBeVisible();
  await nameless.getByRole('button', { name: '取消' }).click();
  await expect(nameless).toBeHidden();
  const resources = page.getByRole('table').first();
  await expect(resources).toContainText('还没有可预约的资源');

  await addStylist(page, '王师傅');
  await addStylist(page, '李师傅');
  await expect(resources.getByRole('row').filter({ hasText: '王师傅' })).toContainText('员工');
  await expect(resources.getByRole('row').filter({ hasText: '李师傅' })).toContainText('员工');
  await checkA11y(page, 'salon set-up');

  // The calendar's columns are the stylists. Tomorrow, so the day is still ahead all through.
  await page.getByRole('tab', { name: '预约日历' }).click();
  await page.getByRole('button', { name: '后一天' }).click();
  await expect(column(page, '王师傅')).toBeVisible();
  await expect(column(page, '李师傅')).toBeVisible();
  await expect(page.getByText('09:00', { exact: true }).first()).toBeVisible();
  await checkA11y(page, 'salon day view');

  // A chosen stylist: click 10:00 in 王师傅's column, the service sets the length.
  await clickSlot(page, '王师傅', 4);
  const first = page.getByRole('dialog', { name: '新建预约' });
  await expect(first).toBeVisible();
  await chooseService(first, '洗剪吹');
  await guest(first, '张女士', '13900001111');
  await expect(first.getByText('10:00 至 11:00')).toBeVisible();
  await checkA11y(page, 'new salon booking drawer');
  await first.getByRole('button', { name: '创建预约' }).click();
  await expect(first).toBeHidden();
  await expect(
    column(page, '王师傅').getByRole('button', {
      name: '张女士 · 1 位 10:00–11:00 · 洗剪吹 · 已确认 · 预留 15 分钟',
    }),
  ).toBeVisible();

  // Anyone free at the same time: 王师傅 is taken, so it is 李师傅.
  await page.getByRole('button', { name: '新建预约' }).click();
  const second = page.getByRole('dialog', { name: '新建预约' });
  await second.getByLabel('时间').fill('10:00');
  await second.getByLabel('时间').press('Enter');
  const anyone = second.getByRole('button', { name: '任意空闲员工' });
  await expect(anyone).toBeDisabled();
  await chooseService(second, '洗剪吹');
  await anyone.click();
  await expect(second.getByTitle('李师傅', { exact: true })).toBeVisible();
  await expect(second.getByTitle('王师傅', { exact: true })).toBeHidden();
  await guest(second, '赵女士', '13900002222');
  await expect(second.getByText('10:00 至 11:00')).toBeVisible();
  await second.getByRole('button', { name: '创建预约' }).click();
  await expect(second).toBeHidden();
  await expect(page.getByText('已预约 10:00，李师傅。').first()).toBeVisible();
  await expect(
    column(page, '李师傅').getByRole('button', { name: /^赵女士 · 1 位 10:00–11:00 · 洗剪吹/ }),
  ).toBeVisible();

  // Nobody is left at 10:00: anyone free says so at the field.
  await page.getByRole('button', { name: '新建预约' }).click();
  const third = page.getByRole('dialog', { name: '新建预约' });
  await third.getByLabel('时间').fill('10:00');
  await third.getByLabel('时间').press('Enter');
  await chooseService(third, '洗剪吹');
  await third.getByRole('button', { name: '任意空闲员工' }).click();
  await expect(third.getByText('这个时间没有会做这项服务的空闲员工。')).toBeVisible();
  await third.getByRole('button', { name: '取消', exact: true }).click();
  await expect(third).toBeHidden();

  // 王师傅 right at the end of the first booking, 11:00: the 15 minutes after still hold her.
  await clickSlot(page, '王师傅', 8);
  const fourth = page.getByRole('dialog', { name: '新建预约' });
  await chooseService(fourth, '洗剪吹');
  await guest(fourth, '钱女士', '13900003333');
  await expect(fourth.getByText('11:00 至 12:00')).toBeVisible();
  await expect(fourth.getByRole('alert')).toHaveText('该时段这张桌台或这位员工已有预约。');
  await expect(fourth.getByRole('button', { name: '创建预约' })).toBeDisabled();
  // Once the buffer is over, 11:15, she is free.
  await fourth.getByLabel('时间').fill('11:15');
  await fourth.getByLabel('时间').press('Enter');
  await expect(fourth.getByText('11:15 至 12:15')).toBeVisible();
  await expect(fourth.getByRole('alert')).toBeHidden();
  await fourth.getByRole('button', { name: '创建预约' }).click();
  await expect(fourth).toBeHidden();
  await expect(
    column(page, '王师傅').getByRole('button', { name: /^钱女士 · 1 位 11:15–12:15/ }),
  ).toBeVisible();
  // axe once the toast has gone (the words stay in the grid's live log): mid-fade, its text is
  // paler than it is.
  await expect(page.getByText('已预约 11:15，王师傅。')).toHaveCount(1, { timeout: 10_000 });
  await checkA11y(page, 'salon day view with bookings');
  await page.getByRole('region', { name: '按桌台、员工或房间的日视图' }).evaluate((grid) => {
    grid.scrollTop = 0;
  });
  await page.screenshot({ path: `${shots}/bookings-salon-zh-CN.png`, fullPage: true });

  // English: the same day in the console's other language.
  await nav(page).getByText('设置', { exact: true }).click();
  await page.getByText('English', { exact: true }).click();
  await nav(page).getByText('Bookings', { exact: true }).click();
  await page.getByRole('tab', { name: 'Calendar' }).click();
  await page.getByRole('button', { name: 'Next day' }).click();
  await expect(
    column(page, '李师傅').getByRole('button', {
      name: '赵女士 · 1 guest 10:00–11:00 · Wash, cut and blow-dry · Confirmed · 15 minutes kept after',
    }),
  ).toBeVisible();
  await checkA11y(page, 'salon day view (en)');
  await page
    .getByRole('region', { name: 'Day view by table, staff member or room' })
    .evaluate((grid) => (grid.scrollTop = 0));
  await page.screenshot({ path: `${shots}/bookings-salon-en.png`, fullPage: true });
});
