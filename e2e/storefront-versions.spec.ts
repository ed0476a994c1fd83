/**
 * Publishing and versions of the storefront (issue 15, "the storefront as git") in Chromium.
 *
 * Offline, as the console is before the platform numbers anything: a shop with a draft publishes
 * it with a note and is told the publish waits for the platform, with nothing in the history yet;
 * a schedule at a past time is refused at the field, one tomorrow is listed and cancelled. Then,
 * with two versions as the platform's sync would bring them, the diff of 1 and 2 names the
 * changed notice text before → after, and rolling back to 1 sends a request with rollbackOf 1
 * based on 2. Axe on the tab; screenshots in zh-CN and English.
 *
 * Online, against the demo platform: publish → version 1
 * arrives by sync; change a block, publish v2, diff 1 and 2; roll back to 1 → v3 "rollback of #1".
 *
 * The draft's blocks are written straight into this desk's store, as a sync from another desk
 * would bring them (storefront-editor.spec.ts builds a draft through the editor).
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { desktopSignedIn, useDemoPlatform } from './support/demo-platform';
import { createProfile, laoWang, nav, storedRows } from './support/profile';

const shots = 'docs/screenshots';
test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 1400, height: 1000 } });

const always = { dayparts: [], days: 'all', from: null, until: null };
const theme = {
  primary: '#c2410c',
  background: '#ffffff',
  text: '#1f2937',
  corner: 'rounded',
  textSize: 'medium',
  logo: null,
  cover: null,
};
const headerBlock = {
  id: randomUUID(),
  type: 'header',
  visibility: always,
  showHours: true,
  showAddress: true,
  showPhone: true,
};
const noticeBlock = {
  id: randomUUID(),
  type: 'notice',
  visibility: always,
  text: { zh: '今日特价：黄焖鸡米饭 18 元', en: 'Today: braised chicken rice ¥18' },
  tone: 'info',
};
const menuBlock = {
  id: randomUUID(),
  type: 'menu',
  visibility: always,
  title: { zh: '招牌菜', en: 'Signature dishes' },
  categoryIds: [],
  itemIds: [],
  showPhotos: true,
};
const document = (blocks: object[], pageTheme: object = theme) => ({
  schemaVersion: 1,
  theme: pageTheme,
  blocks,
});
const v1Blocks = [headerBlock, noticeBlock, menuBlock];
const v2Notice = {
  ...noticeBlock,
  text: { ...noticeBlock.text, zh: '今日特价：黄焖鸡米饭 16 元' },
};
const v2Blocks = [headerBlock, v2Notice, menuBlock];

async function checkA11y(page: Page, what: string, include?: string) {
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page, what, include);
}

/** Puts rows into one store of the shop open in `page`, as a sync or the editor would have. */
async function putRows(page: Page, store: string, rows: object[]): Promise<void> {
  await page.evaluate(
    async ({ store, rows }) => {
      const name = (await indexedDB.databases())
        .map((d) => d.name!)
        .find((n) => n.startsWith('vendor-console.vendor.'))!;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        for (const row of rows) tx.objectStore(store).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { store, rows },
  );
}

/** The draft as one record per block, in order. */
const draftRows = (blocks: object[]) =>
  blocks.map((block, index) => ({ ...block, sortKey: `${index + 1}`, updatedAt: Date.now() }));

/** The storefront page's Versions tab (the page opens on Design). */
async function openVersions(page: Page) {
  await nav(page)
    .getByText(/^(店铺装修|Storefront)$/)
    .click();
  await page.getByRole('tab', { name: /^(版本|Versions)$/ }).click();
}

const bar = (page: Page) => page.getByRole('region', { name: /^(发布|Publishing)$/ });
const history = (page: Page) =>
  page.getByRole('table', { name: /^(已发布的版本|Published versions)$/ });

/** Today and tomorrow in Shanghai, 'YYYY-MM-DD'. */
function shanghaiDate(offsetDays: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    Date.now() + offsetDays * 86_400_000,
  );
}

test('offline: publishing waits for the platform, a past schedule is refused, a schedule is cancelled, and two versions are compared and rolled back', async ({
  page,
}) => {
  await page.goto('/');
  await createProfile(page, laoWang);
  await putRows(page, 'storefrontBlock', draftRows(v1Blocks));
  await openVersions(page);

  await expect(bar(page).getByText('还没有发布过')).toBeVisible();
  await expect(bar(page).getByText('草稿还没有发布')).toBeVisible();
  await expect(page.getByText('还没有版本。发布后，平台确认的版本会显示在这里。')).toBeVisible();

  // Publish with a note: the request is saved and waits for the platform.
  await bar(page).getByRole('button', { name: '发布', exact: true }).click();
  const publish = page.getByRole('dialog', { name: '发布店铺页面' });
  await expect(publish.getByText('发布前检查：没有发现问题。')).toBeVisible();
  await publish.getByLabel('发布说明（可选）').fill('开业首版');
  await checkA11y(page, 'publish dialog', '.ant-modal');
  await publish.getByRole('button', { name: '发布', exact: true }).click();
  await expect(publish).toBeHidden();
  await expect(bar(page).getByRole('status')).toContainText('正在发布——等待平台确认');
  await expect(page.getByText('还没有版本。发布后，平台确认的版本会显示在这里。')).toBeVisible();
  const requests = await storedRows<{ note: string; basedOn: number; rollbackOf: number | null }>(
    page,
    'storefrontPublishRequest',
  );
  expect(requests.map(({ note, basedOn, rollbackOf }) => ({ note, basedOn, rollbackOf }))).toEqual([
    { note: '开业首版', basedOn: 0, rollbackOf: null },
  ]);
  const outbox = await storedRows<{ name: string }>(page, 'outbox');
  expect(outbox.map((entry) => entry.name)).toContain('storefront.publish');

  // A schedule at a time already past is refused at the field; tomorrow's is listed, then cancelled.
  await bar(page).getByRole('button', { name: '定时发布' }).click();
  const schedule = page.getByRole('dialog', { name: '定时发布' });
  await expect(schedule.getByText('Asia/Shanghai')).toBeVisible();
  await schedule.getByLabel('日期').fill(shanghaiDate(0));
  await schedule.getByLabel('日期').press('Enter');
  await schedule.getByLabel('时间').fill('00:00');
  await schedule.getByLabel('时间').press('Enter');
  await schedule.getByRole('button', { name: '定时发布' }).click();
  await expect(schedule.getByText('这个时间已经过去了，请选择将来的时间。')).toBeVisible();
  await schedule.getByLabel('日期').fill(shanghaiDate(1));
  await schedule.getByLabel('日期').press('Enter');
  await schedule.getByLabel('时间').fill('10:30');
  await schedule.getByLabel('时间').press('Enter');
  await expect(schedule.getByText('这个时间已经过去了，请选择将来的时间。')).toBeHidden();
  await schedule.getByRole('button', { name: '定时发布' }).click();
  await expect(schedule).toBeHidden();
  const pending = bar(page).getByRole('region', { name: '等待中的定时发布' });
  const tomorrow = shanghaiDate(1).replaceAll('-', '/');
  await expect(pending).toContainText(`${tomorrow} 10:30`);
  const [stored] = await storedRows<{ publishAt: number; status: string }>(
    page,
    'storefrontSchedule',
  );
  const [y, m, d] = shanghaiDate(1).split('-').map(Number) as [number, number, number];
  expect(stored).toMatchObject({ status: 'pending', publishAt: Date.UTC(y, m - 1, d, 2, 30) });
  await pending.getByRole('button', { name: `取消 ${tomorrow} 10:30 的定时发布` }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '取消' }).click();
  await expect(pending).toBeHidden();

  // Two versions as the platform's sync would bring them: 2 changed the notice's Chinese text.
  const now = Date.now();
  await putRows(page, 'storefrontVersion', [
    {
      id: randomUUID(),
      number: 1,
      document: document(v1Blocks),
      note: '开业首版',
      kind: 'publish',
      rollbackOf: null,
      publishedBy: '王老板',
      publishedAt: now - 3_600_000,
    },
    {
      id: randomUUID(),
      number: 2,
      document: document(v2Blocks, { ...theme, primary: '#0f766e' }),
      note: '降价',
      kind: 'publish',
      rollbackOf: null,
      publishedBy: '王老板',
      publishedAt: now - 60_000,
    },
  ]);
  await page.reload();
  await openVersions(page);
  await expect(bar(page).getByText('线上版本：第 2 版')).toBeVisible();
  await expect(history(page).getByRole('row')).toHaveCount(3);
  const v2Row = history(page).getByRole('row').filter({ hasText: '第 2 版' });
  await expect(v2Row).toContainText('线上');
  await expect(v2Row).toContainText('降价');
  await expect(v2Row).toContainText('王老板');

  // The diff of 1 and 2, side by side, in words.
  const diff = page.getByRole('table', { name: '第 1 版 与 第 2 版 的差异' });
  await expect(diff.getByRole('row').filter({ hasText: '公告（第 2 个）' })).toContainText('修改');
  const line = diff.getByRole('row').filter({ hasText: '公告内容（中文）' });
  await expect(line).toContainText('“今日特价：黄焖鸡米饭 18 元”');
  await expect(line).toContainText('“今日特价：黄焖鸡米饭 16 元”');
  await expect(diff.getByRole('row').filter({ hasText: '主色' })).toContainText('#0f766e');
  await checkA11y(page, 'versions tab');
  await page.screenshot({ path: `${shots}/storefront-versions-zh-CN.png`, fullPage: true });

  // Roll back to 1: a publish of its document, rollbackOf 1, based on the live 2.
  await history(page).getByRole('button', { name: '回滚到这个版本（第 1 版）' }).click();
  const rollback = page.getByRole('dialog', { name: '回滚到第 1 版？' });
  await expect(rollback.getByLabel('发布说明（可选）')).toHaveValue('回滚到第 1 版');
  await rollback.getByRole('button', { name: '回滚' }).click();
  await expect(rollback).toBeHidden();
  const after = await storedRows<{
    basedOn: number;
    rollbackOf: number | null;
    document: { blocks: Array<{ text?: { zh: string } }> };
  }>(page, 'storefrontPublishRequest');
  const sent = after.find((request) => request.rollbackOf === 1)!;
  expect(sent.basedOn).toBe(2);
  expect(sent.document.blocks[1]!.text!.zh).toBe('今日特价：黄焖鸡米饭 18 元');

  // The site's address needs the platform: offline, the tab says so.
  await expect(page.getByText('设置店铺地址需要联网并登录平台（同步页面）。')).toBeVisible();

  // The same tab in English.
  await nav(page).getByText('设置', { exact: true }).click();
  await page.getByText('English', { exact: true }).click();
  await openVersions(page);
  await expect(bar(page).getByText('Live: version 2')).toBeVisible();
  const diffEn = page.getByRole('table', { name: 'Differences between Version 1 and Version 2' });
  await expect(diffEn.getByRole('row').filter({ hasText: 'Notice text (Chinese)' })).toBeVisible();
  await expect(bar(page).getByRole('status')).toContainText('Publishing — waits for the platform');
  await checkA11y(page, 'versions tab (English)');
  await page.screenshot({ path: `${shots}/storefront-versions-en.png`, fullPage: true });
});

test.describe('online, with the platform numbering versions', () => {
  const platform = useDemoPlatform();

  // Online, the draft is built through the editor: rows written past the mutation layer are a
  // cache the next pull may replace, as the platform has never heard of them.
  test('publish → v1 from the platform; change a block, v2; diff 1 and 2; roll back → v3 rollback of #1', async ({
    context,
  }) => {
    const page = await desktopSignedIn(context, platform.url, '收银台');
    await nav(page).getByText('店铺装修', { exact: true }).click();
    await page.getByRole('button', { name: '一键生成起始页面' }).click();
    await expect(page.getByRole('button', { name: '编辑“公告”' })).toBeVisible();
    const publishAs = async (note: string) => {
      await bar(page).getByRole('button', { name: '发布', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: '发布店铺页面' });
      await dialog.getByLabel('发布说明（可选）').fill(note);
      await dialog.getByRole('button', { name: '发布', exact: true }).click();
      await expect(dialog).toBeHidden();
    };
    await publishAs('开业首版');
    await expect(bar(page).getByText('线上版本：第 1 版')).toBeVisible({ timeout: 20_000 });
    await expect(bar(page).getByText('草稿与线上版本相同')).toBeVisible();
    await page.getByRole('tab', { name: '版本' }).click();
    await expect(history(page).getByRole('row').filter({ hasText: '第 1 版' })).toContainText(
      '开业首版',
    );

    // Change the notice in the editor and publish again.
    await page.getByRole('tab', { name: '装修' }).click();
    await page.getByRole('button', { name: '编辑“公告”' }).click();
    await page.getByLabel('公告内容（中文）').fill('今日特价：黄焖鸡米饭 16 元');
    await page.getByLabel('公告内容（中文）').blur();
    await expect(bar(page).getByText('草稿有未发布的修改')).toBeVisible();
    await publishAs('降价');
    await expect(bar(page).getByText('线上版本：第 2 版')).toBeVisible({ timeout: 20_000 });
    await page.getByRole('tab', { name: '版本' }).click();
    const diff = page.getByRole('table', { name: '第 1 版 与 第 2 版 的差异' });
    const line = diff.getByRole('row').filter({ hasText: '公告内容（中文）' });
    await expect(line).toContainText('“欢迎光临！”');
    await expect(line).toContainText('“今日特价：黄焖鸡米饭 16 元”');

    await history(page).getByRole('button', { name: '回滚到这个版本（第 1 版）' }).click();
    await page
      .getByRole('dialog', { name: '回滚到第 1 版？' })
      .getByRole('button', { name: '回滚' })
      .click();
    await expect(bar(page).getByText('线上版本：第 3 版')).toBeVisible({ timeout: 20_000 });
    await expect(history(page).getByRole('row').filter({ hasText: '第 3 版' })).toContainText(
      '回滚到第 1 版',
    );
    await checkA11y(page, 'versions tab (online)');
  });
});
