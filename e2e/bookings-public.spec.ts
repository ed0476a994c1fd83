/**
 * A customer's booking through the public endpoints end to end (issue 13): a desk of the demo shop
 * has tomorrow's day view open; a customer's phone (Playwright's request context, no vendor token)
 * asks tomorrow's availability, has a code sent to their phone, reads it from the sandbox SMS
 * provider's outbox, verifies the phone and books a free slot. The booking appears on the desk's
 * calendar and in that day's list without a reload (the time from the create response to the
 * guest's name on the grid is logged), with a notification through the browser's Notification API
 * and in the page. The customer then cancels by code and phone, and the desk sees it go. Axe on
 * the page; screenshots in zh-CN and English go to docs/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import { addCalendarDays, businessDate, parseCalendarDate, zonedTimeToEpoch } from '../domain/time';
import { publicBookingPaths } from '../platform/http/routes-public-bookings';
import { DEMO } from '../platform/seed-demo';
import { expectNoSeriousA11yViolations } from './support/axe';
import { desktopSignedIn, useDemoPlatform } from './support/demo-platform';
import { nav } from './support/profile';

const shots = 'docs/screenshots';
const platform = useDemoPlatform();
const ZONE = 'Asia/Shanghai';
const GUEST = { name: '周女士', phone: '13700005555' };

test.use({ viewport: { width: 1400, height: 900 } });
test.describe.configure({ mode: 'serial', timeout: 180_000 });

async function checkA11y(page: Page, what: string) {
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page, what);
}

const grid = (page: Page) =>
  page.getByRole('region', {
    name: /^(按桌台、员工或房间的日视图|Day view by table, staff member or room)$/,
  });

/** The guest's block on the day grid, by the name, party and start its label reads. */
const guestBlock = (page: Page, party: RegExp) =>
  grid(page).getByRole('button', { name: new RegExp(`^${GUEST.name} · ${party.source} 12:00–`) });

/**
 * Records, in the page, when the guest's name first shows on the day grid (the page's clock is
 * this machine's, as the test's is): a poll from the test would add its own interval.
 */
async function watchForGuest(page: Page): Promise<void> {
  // The zh-CN grid's label (calendar.gridLabel): the desk is in zh-CN when the booking arrives.
  await page.evaluate((name) => {
    const seen = window as unknown as { __guestSeenAt: number | null };
    seen.__guestSeenAt = null;
    const observer = new MutationObserver(() => {
      const region = document.querySelector(
        '[role="region"][aria-label="按桌台、员工或房间的日视图"]',
      );
      if (region?.textContent?.includes(name)) {
        seen.__guestSeenAt = Date.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, GUEST.name);
}

/** What the page's Notification API was asked to show: the real one, wrapped before the app loads. */
function recordSystemNotifications() {
  const shown: Array<{ title: string; body: string }> = [];
  const Real = window.Notification;
  class Recorded extends Real {
    constructor(title: string, options?: NotificationOptions) {
      shown.push({ title, body: options?.body ?? '' });
      super(title, options);
    }
  }
  window.Notification = Recorded;
  (window as unknown as { __systemNotifications: typeof shown }).__systemNotifications = shown;
}

test('a customer books through the public endpoints with a phone verified by the sandbox SMS; the desk sees it arrive without a reload, is notified, and sees the cancellation', async ({
  browser,
  playwright,
}) => {
  const context = await browser.newContext({ permissions: ['notifications'] });
  await context.addInitScript(recordSystemNotifications);
  const page = await desktopSignedIn(context, platform.url, '前台电脑');

  // The desk: tomorrow's day view (tomorrow is bookable whatever the time of day now).
  const tomorrow = addCalendarDays(businessDate(Date.now(), ZONE, 240), 1);
  const noon = zonedTimeToEpoch({ ...parseCalendarDate(tomorrow)!, hour: 12, minute: 0 }, ZONE);
  await nav(page).getByText('预约', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '预约', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '后一天' }).click();
  await expect(grid(page).getByRole('group', { name: 'A1 的预约' })).toBeVisible();
  await expect(grid(page).getByRole('button', { name: new RegExp(`^${GUEST.name}`) })).toHaveCount(
    0,
  );

  // The customer's phone: no vendor token, only the shop's id.
  const phone = await playwright.request.newContext({ baseURL: platform.url });
  const shop = DEMO.vendorId;
  const day = await phone.get(publicBookingPaths.availability(shop), {
    params: { date: tomorrow, party: 2 },
  });
  expect(day.status()).toBe(200);
  const offered = (await day.json()) as { closed: boolean; slots: Array<{ startsAt: number }> };
  expect(offered.closed).toBe(false);
  expect(offered.slots.map((slot) => slot.startsAt)).toContain(noon);

  const sent = await phone.post(publicBookingPaths.phoneCodes(shop), {
    data: { phone: GUEST.phone },
  });
  expect(sent.status()).toBe(202);
  const outbox = await phone.get(publicBookingPaths.sandboxSms, { params: { phone: GUEST.phone } });
  const { messages } = (await outbox.json()) as {
    messages: Array<{ to: string; template: string; body: string; params: { code: string } }>;
  };
  expect(messages).toHaveLength(1);
  expect(messages[0]!.to).toBe(GUEST.phone);
  expect(messages[0]!.body).toContain(`【${DEMO.vendorName}】`);
  expect(messages[0]!.body).toContain(messages[0]!.params.code);
  const verified = await phone.post(publicBookingPaths.verifyPhone(shop), {
    data: { phone: GUEST.phone, code: messages[0]!.params.code },
  });
  expect(verified.status()).toBe(200);
  const { verificationToken } = (await verified.json()) as { verificationToken: string };

  await watchForGuest(page);
  const created = await phone.post(publicBookingPaths.book(shop), {
    data: {
      name: GUEST.name,
      phone: GUEST.phone,
      verificationToken,
      partySize: 2,
      startsAt: noon,
      note: '靠窗',
    },
  });
  const createdAt = Date.now();
  expect(created.status()).toBe(201);
  const { booking } = (await created.json()) as {
    booking: { code: string; status: string; startsAt: number; partySize: number };
  };
  expect(booking).toMatchObject({ status: 'confirmed', startsAt: noon, partySize: 2 });

  // The desk, without a reload: the block on the grid, and the day in the week's list.
  await expect(guestBlock(page, /2 位/)).toBeVisible({ timeout: 20_000 });
  const seenAt = await page.evaluate(
    () => (window as unknown as { __guestSeenAt: number | null }).__guestSeenAt,
  );
  expect(seenAt).not.toBeNull();
  console.log(
    `customer's booking on the desk's calendar ${seenAt! - createdAt} ms after the create response`,
  );
  await expect(guestBlock(page, /2 位/)).toContainText('已确认');

  // Told: in the page, and through the browser's Notification API, with the i18n texts.
  const title = `新预约：${GUEST.name}`;
  await expect(page.getByRole('status').filter({ hasText: title })).toBeVisible();
  const notified = await page.evaluate(
    () =>
      (
        window as unknown as {
          __vendorConsoleNotified: Array<{
            kind: string;
            title: string;
            body: string;
            via: string;
          }>;
        }
      ).__vendorConsoleNotified,
  );
  expect(notified.map((notice) => [notice.kind, notice.title, notice.via])).toEqual([
    ['booking.new', title, 'browser'],
  ]);
  expect(notified[0]!.body).toMatch(/12:00 · 2 人 · A\d$/);
  const system = await page.evaluate(
    () =>
      (window as unknown as { __systemNotifications: Array<{ title: string; body: string }> })
        .__systemNotifications,
  );
  expect(system).toEqual([{ title, body: notified[0]!.body }]);

  await checkA11y(page, 'day view with a customer’s booking and its notification');
  await guestBlock(page, /2 位/).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/bookings-public-zh-CN.png`, fullPage: true });

  await page.getByText('周', { exact: true }).click();
  const { month, day: dayOfMonth } = parseCalendarDate(tomorrow)!;
  const dayList = page.getByRole('region', { name: new RegExp(`${month}月${dayOfMonth}日`) });
  await expect(dayList.getByRole('button', { name: `12:00 ${GUEST.name} · 2 位` })).toBeVisible();
  await checkA11y(page, 'week view with a customer’s booking');
  await page.getByText('日', { exact: true }).click();

  // English: the same day, the same booking.
  await nav(page).getByText('设置', { exact: true }).click();
  await page.getByText('English', { exact: true }).click();
  await nav(page).getByText('Bookings', { exact: true }).click();
  await page.getByRole('button', { name: 'Next day' }).click();
  await expect(guestBlock(page, /2 guests/)).toContainText('Confirmed');
  await checkA11y(page, 'day view with a customer’s booking (en)');
  await guestBlock(page, /2 guests/).scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${shots}/bookings-public-en.png`, fullPage: true });

  // The customer cancels by code and phone; the desk sees the booking go, and why on the profile.
  const cancelled = await phone.post(publicBookingPaths.cancel(shop), {
    data: { code: booking.code, phone: GUEST.phone, reason: '行程有变' },
  });
  expect(cancelled.status()).toBe(200);
  expect(((await cancelled.json()) as { booking: { status: string } }).booking.status).toBe(
    'cancelled',
  );
  const cancelledAt = Date.now();
  await expect(guestBlock(page, /2 guests/)).toHaveCount(0, { timeout: 20_000 });
  // The same day still drawn: the block went, not the grid.
  await expect(grid(page).getByRole('group', { name: 'Bookings on A1' })).toBeVisible();
  console.log(
    `customer's cancellation off the desk's calendar when checked ${Date.now() - cancelledAt} ms after the cancel response`,
  );
  await nav(page).getByText('Customers', { exact: true }).click();
  await page.getByRole('tab', { name: 'Customer list' }).click();
  await page.getByRole('link', { name: GUEST.name }).click();
  // The booking's row on the guest's profile, by its code.
  await expect(page.getByRole('row').filter({ hasText: booking.code })).toContainText('Cancelled');
  await phone.dispose();
});
