/**
 * Photos on group-buy offers, end to end in Chromium against a real platform this spec starts
 * (in-process, PGlite in memory); two browser contexts are two desktops of the demo shop. The
 * front desk, offline, makes a new offer and adds two photos by the file chooser (a text file
 * among them is refused at the field with the reason), moves the second to the front with the
 * keyboard, sees it as the cover in the customer's card, and saves: the offer keeps the photos'
 * hashes at once, the images wait on this desktop and go up once the network is back. The
 * kitchen's desktop then shows the same photos in the same order (the cover in its list too),
 * fetched from the platform's variants; in English it puts the offer on sale and still removes a photo (photos are not what
 * buyers paid for). Axe on each editor; screenshots in zh-CN and English.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { desktopSignedIn, useDemoPlatform } from './support/demo-platform';
import { loadedWidth, pngBytes } from './support/images';
import { nav, storedRows } from './support/profile';

const platform = useDemoPlatform();
const shots = 'docs/screenshots';
const DRAWER = '.ant-drawer';
const TITLE = '周末双人下午茶';
const TITLE_EN = 'Weekend tea for two';

test.describe.configure({ timeout: 180_000 });

async function checkA11y(page: Page, what: string) {
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page, what, DRAWER);
}

const offerRow = (page: Page, title: string) =>
  page
    .getByRole('table', { name: /^(团购列表|Group-buy offers)$/ })
    .getByRole('row')
    .filter({ hasText: title });

/** The editor's thumbnails, in order (decorative, alt="": found inside the photo area). */
const thumbs = (editor: Locator, area: string) =>
  editor.getByRole('group', { name: area }).locator('img');

/** Scrolls the photo area to the middle of the drawer, for the screenshot. */
const showPhotos = (editor: Locator, area: string) =>
  editor
    .getByRole('group', { name: area })
    .evaluate((element) => element.scrollIntoView({ block: 'center' }));

const storedImages = async () =>
  Number((await platform.db.query<{ n: number }>('select count(*) as n from media_images'))[0]!.n);

async function checkA11yPage(page: Page, what: string) {
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page, what);
}

/** The offers on this desktop as saved, and the images waiting to go up. */
async function savedOffers(page: Page) {
  const [offers, queued] = await Promise.all([
    storedRows<{ title: { zh: string }; photoHashes: string[] }>(page, 'offer'),
    storedRows<{ id: string }>(page, 'mediaUpload'),
  ]);
  return { offers, queued: queued.map((row) => row.id) };
}

test('a shop adds, refuses, reorders and saves an offer’s photos offline; the other desktop shows them after sync', async ({
  browser,
}) => {
  const front = await desktopSignedIn(await browser.newContext(), platform.url, '前台电脑');
  const kitchen = await desktopSignedIn(await browser.newContext(), platform.url, '后厨电脑');

  // Offline from here: the photos are kept and queued on this desktop.
  await front.context().setOffline(true);
  await expect(front.getByRole('status')).toContainText('离线');
  await nav(front).getByText('团购', { exact: true }).click();
  await front.getByRole('button', { name: '新建团购' }).click();
  const editor = front.getByRole('dialog', { name: '新建团购' });
  await editor.getByLabel('标题（中文）').pressSequentially(TITLE, { delay: 20 });
  await editor.getByLabel('标题（英文）').pressSequentially(TITLE_EN, { delay: 10 });
  await editor.getByLabel('内容（中文）').fill('下午茶套餐 ×2');
  await editor.getByLabel('团购价（元）').pressSequentially('98', { delay: 20 });

  // A wide photo and a tall one (so each is known by its shape), and a text file among them.
  const chooser = front.waitForEvent('filechooser');
  await editor.getByRole('button', { name: '添加图片' }).click();
  await (
    await chooser
  ).setFiles([
    { name: 'wide.png', mimeType: 'image/png', buffer: pngBytes(1600, 1200, 200) },
    { name: 'menu.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') },
    { name: 'tall.png', mimeType: 'image/png', buffer: pngBytes(1200, 1600, 40) },
  ]);
  await expect(editor.getByText('这不是图片文件')).toBeVisible();
  await expect(editor.getByRole('button', { name: '移除第 2 张图片' })).toBeVisible();
  await expect(editor.getByRole('button', { name: '移除第 3 张图片' })).toHaveCount(0);
  const area = '图片区：可在此粘贴或拖入图片';
  await expect(thumbs(editor, area)).toHaveCount(2);
  expect(await loadedWidth(thumbs(editor, area).nth(0))).toBe(160);
  expect(await loadedWidth(thumbs(editor, area).nth(1))).toBe(120);

  // The wide one is the cover: the card shows it at 1,024 px, and says there are two.
  const card = editor.getByRole('article', { name: TITLE });
  await expect(card.getByText('共 2 张')).toBeVisible();
  expect(await loadedWidth(card.getByRole('img', { name: '封面图片' }))).toBe(1024);

  // The tall one to the front, by keyboard.
  await editor.getByRole('button', { name: '第 2 张图片前移' }).focus();
  await front.keyboard.press('Enter');
  await expect(editor.getByRole('button', { name: '第 1 张图片前移' })).toBeDisabled();
  await expect.poll(() => loadedWidth(thumbs(editor, area).nth(0))).toBe(120);
  await expect.poll(() => loadedWidth(card.getByRole('img', { name: '封面图片' }))).toBe(768);
  await checkA11y(front, 'offer editor with photos');
  await showPhotos(editor, area);
  await front.screenshot({ path: `${shots}/offer-photos-zh-CN.png` });

  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor).toBeHidden();
  await expect(offerRow(front, TITLE)).toContainText('草稿');
  // The list shows the cover: this desktop's own 160 px thumbnail of the tall photo.
  expect(await loadedWidth(offerRow(front, TITLE).locator('img'))).toBe(120);
  // Saved with both hashes at once, cover first; both images wait to go up.
  const saved = await savedOffers(front);
  expect(saved.offers).toHaveLength(1);
  const hashes = saved.offers[0]!.photoHashes;
  expect(hashes).toHaveLength(2);
  expect(saved.queued.sort()).toEqual([...hashes].sort());
  expect(await storedImages()).toBe(0);

  await front.context().setOffline(false);
  await expect.poll(storedImages, { timeout: 30_000 }).toBe(2);
  await expect.poll(async () => (await savedOffers(front)).queued, { timeout: 30_000 }).toEqual([]);

  // The kitchen: the offer by sync, its photos from the platform (its 320 px thumb variant of
  // the tall 768 × 1,024 image is 240 wide), the cover first.
  await nav(kitchen).getByText('团购', { exact: true }).click();
  const kitchenRow = offerRow(kitchen, TITLE);
  await expect(kitchenRow).toBeVisible({ timeout: 30_000 });
  expect(await loadedWidth(kitchenRow.locator('img'))).toBe(240);
  await kitchenRow.getByRole('button', { name: `编辑“${TITLE}”` }).click();
  const kitchenEditor = kitchen.getByRole('dialog', { name: '编辑团购' });
  await expect(thumbs(kitchenEditor, area)).toHaveCount(2);
  expect(await loadedWidth(thumbs(kitchenEditor, area).nth(0))).toBe(240);
  expect(await loadedWidth(thumbs(kitchenEditor, area).nth(1))).toBe(320);
  const kitchenCard = kitchenEditor.getByRole('article', { name: TITLE });
  expect(await loadedWidth(kitchenCard.getByRole('img', { name: '封面图片' }))).toBe(768);
  await kitchenEditor.getByRole('button', { name: '取消' }).click();
  await expect(kitchenEditor).toBeHidden();

  // In English: on sale, the terms are fixed but the photos still change.
  await nav(kitchen).getByText('设置', { exact: true }).click();
  await kitchen.getByText('English', { exact: true }).click();
  await nav(kitchen).getByText('Group-buys', { exact: true }).click();
  const rowEn = offerRow(kitchen, TITLE_EN);
  await rowEn.getByRole('button', { name: `Put on sale “${TITLE_EN}”` }).click();
  const confirm = kitchen.getByRole('dialog').filter({ hasText: 'cannot change' });
  await confirm.getByRole('button', { name: 'Put on sale' }).click();
  await expect(rowEn).toContainText('On sale');
  await rowEn.getByRole('button', { name: `Edit “${TITLE_EN}”` }).click();
  const editorEn = kitchen.getByRole('dialog', { name: 'Edit offer' });
  await expect(editorEn.getByLabel('Deal price (CNY)')).toBeDisabled();
  await editorEn.getByText('English', { exact: true }).click();
  const cardEn = editorEn.getByRole('article', { name: TITLE_EN });
  await expect(cardEn.getByText('2 photos')).toBeVisible();
  expect(await loadedWidth(cardEn.getByRole('img', { name: 'Cover photo' }))).toBe(768);
  await checkA11y(kitchen, 'offer editor with photos (en, on sale)');
  await showPhotos(editorEn, 'Photos: paste or drop images here');
  await kitchen.screenshot({ path: `${shots}/offer-photos-en.png` });
  await editorEn.getByRole('button', { name: 'Remove photo 2' }).click();
  await expect(cardEn.getByText('2 photos')).toBeHidden();
  await editorEn.getByRole('button', { name: 'Save' }).click();
  await expect(editorEn).toBeHidden();
  await expect(kitchen.getByText(`Saved “${TITLE}”`)).toBeHidden();
  await checkA11yPage(kitchen, 'offers list with cover photos (en)');
  await kitchen.screenshot({ path: `${shots}/offer-photos-list-en.png` });
  await expect
    .poll(async () => (await savedOffers(kitchen)).offers[0]?.photoHashes)
    .toEqual([hashes[0]]);
  // And the front desk hears of it by sync.
  await expect
    .poll(async () => (await savedOffers(front)).offers[0]?.photoHashes, { timeout: 30_000 })
    .toEqual([hashes[0]]);
});
