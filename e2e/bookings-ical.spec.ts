/**
 * Calendars end to end in Chromium (issue 13): a desk of the demo shop, signed in to a real
 * platform on loopback, chooses a file that is not a calendar and is told so in the panel; then
 * imports a public-holiday .ics in set-up, sees the dates it found, imports them as one change
 * and finds them in the panel's list of closed days. It makes the shop's calendar link and the
 * link serves the shop's bookings as text/calendar. Axe on the panel; screenshots in
 * zh-CN and English go to docs/screenshots/.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addCalendarDays, zonedParts } from '../domain/time';
import { desktopSignedIn, useDemoPlatform } from './support/demo-platform';
import { nav } from './support/profile';

const shots = 'docs/screenshots';
const platform = useDemoPlatform();
const ZONE = 'Asia/Shanghai';

const PANEL = 'section[aria-labelledby="booking-calendars"]';
const panel = (page: Page) => page.locator(PANEL);

test.describe.configure({ mode: 'serial', timeout: 240_000 });

/**
 * Axe on what this spec shows: the calendars panel (the rest of set-up is another spec's), once
 * animations are done, with the pointer out of the way.
 */
async function checkA11y(page: Page, what: string) {
  await page.mouse.move(0, 0);
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  const unfilled = (await panel(page).innerText())
    .split('\n')
    .filter((line) => line.includes('{{'));
  expect({ page: what, unfilled }).toEqual({ page: what, unfilled: [] });
  const results = await new AxeBuilder({ page }).include(PANEL).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      page: what,
      id: violation.id,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  expect(serious).toEqual([]);
}

/** 'YYYY-MM-DD' n days from today in the shop's zone. */
function dayFromToday(days: number): string {
  const p = zonedParts(Date.now(), ZONE);
  const today = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  return addCalendarDays(today, days);
}
const compact = (date: string) => date.replace(/-/g, '');

/** A holiday calendar as a phone exports it: BOM, CRLF, a one-day and a three-day holiday. */
function holidayFile(): Buffer {
  const one = dayFromToday(10);
  const three = dayFromToday(40);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//e2e//holidays//ZH',
    'BEGIN:VEVENT',
    'UID:e2e-one@holidays.test',
    'DTSTAMP:20260101T000000Z',
    `DTSTART;VALUE=DATE:${compact(one)}`,
    `DTEND;VALUE=DATE:${compact(addCalendarDays(one, 1))}`,
    'SUMMARY:店庆休息',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:e2e-three@holidays.test',
    'DTSTAMP:20260101T000000Z',
    `DTSTART;VALUE=DATE:${compact(three)}`,
    `DTEND;VALUE=DATE:${compact(addCalendarDays(three, 3))}`,
    'SUMMARY:春节假期',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n')]);
}

test('a desk imports a holiday calendar as closed days and makes the shop’s calendar link', async ({
  browser,
}) => {
  const page = await desktopSignedIn(await browser.newContext(), platform.url, '前台电脑');
  await nav(page).getByText('预约', { exact: true }).click();
  await page.getByRole('tab', { name: '预约设置' }).click();
  await expect(
    panel(page).getByRole('heading', { name: '从日历文件导入法定节假日和休息日' }),
  ).toBeVisible();

  // A file that is not a calendar: said in the panel, nothing imported.
  const fileInput = panel(page).getByLabel('休息日日历文件');
  await fileInput.setInputFiles({
    name: 'contact.vcf',
    mimeType: 'text/vcard',
    buffer: Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王师傅\r\nEND:VCARD\r\n'),
  });
  await expect(panel(page).getByRole('alert')).toContainText('这个文件不是日历文件');

  await fileInput.setInputFiles({
    name: 'holidays.ics',
    mimeType: 'text/calendar',
    buffer: holidayFile(),
  });
  const dates = [dayFromToday(10), dayFromToday(40), dayFromToday(41), dayFromToday(42)];
  await expect(panel(page).getByText('找到 4 个休息日：')).toBeVisible();
  const preview = panel(page).getByRole('list', { name: '找到 4 个休息日：' });
  for (const date of dates) await expect(preview.getByText(date)).toBeVisible();
  await panel(page).getByRole('button', { name: '导入 4 个休息日' }).click();
  await expect(panel(page).getByText('已导入 4 个休息日。')).toBeVisible();
  await checkA11y(page, 'calendars panel after an import (zh-CN)');

  const closed = panel(page).getByRole('table', { name: '休息日' });
  for (const date of dates) {
    await expect(closed.getByRole('row').filter({ hasText: date })).toBeVisible();
  }
  await expect(closed.getByRole('row').filter({ hasText: dates[0]! })).toContainText('店庆休息');
  await expect(closed.getByRole('row').filter({ hasText: dates[1]! })).toContainText('春节假期');

  // Importing the same file again replaces: still four, not eight.
  await fileInput.setInputFiles({
    name: 'holidays.ics',
    mimeType: 'text/calendar',
    buffer: holidayFile(),
  });
  await panel(page).getByRole('button', { name: '导入 4 个休息日' }).click();
  await expect(panel(page).getByText('已导入 4 个休息日。')).toBeVisible();
  await expect(closed.getByRole('row').filter({ hasText: '日历文件' })).toHaveCount(4);

  // The shop's calendar link, made online, serves a calendar.
  const feeds = panel(page).getByRole('table', { name: '手机和 Outlook 的日历链接' });
  await feeds
    .getByRole('row')
    .filter({ hasText: '店铺的全部预约' })
    .getByRole('button', { name: '生成链接' })
    .click();
  const link = feeds.getByLabel('日历链接：店铺的全部预约');
  await expect(link).toHaveValue(/\/ical\/v1\/[A-Za-z0-9_-]{43}\.ics$/);
  const response = await fetch(await link.inputValue());
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  expect(await response.text()).toMatch(
    /^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VTIMEZONE\r\nTZID:Asia\/Shanghai/,
  );

  await checkA11y(page, 'calendars panel (zh-CN)');
  await panel(page).screenshot({ path: `${shots}/bookings-calendars-zh-CN.png` });

  // The same panel in English.
  await nav(page).getByText('设置', { exact: true }).click();
  await page.getByText('English', { exact: true }).click();
  await nav(page).getByText('Bookings', { exact: true }).click();
  await page.getByRole('tab', { name: 'Set-up' }).click();
  await expect(panel(page).getByRole('table', { name: 'Closed days' })).toBeVisible();
  await panel(page)
    .getByLabel('Calendar file for closed days')
    .setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('just some notes'),
    });
  await expect(panel(page).getByRole('alert')).toContainText('This file is not a calendar');
  await checkA11y(page, 'calendars panel (en)');
  await panel(page).screenshot({ path: `${shots}/bookings-calendars-en.png` });
});
