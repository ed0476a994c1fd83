import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alwaysVisible } from '../../domain/storefront/schema';
import { sampleResource } from '../../domain/test-support/bookings';
import { storefrontPaths } from '../../storefront/paths';
import { MemoryTokenBuckets } from '../bookings/rate-limit';
import { storefrontRoutePaths } from '../http/routes-storefront';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { bookingSettings } from '../test/bookings';
import { startTestPlatform, type TestPlatform } from '../test/server';
import { SandboxClock } from './clock';
import {
  documentOf,
  headerBlock,
  noticeBlock,
  publish,
  publishRequest,
  shopWithProfile,
  type TestShop,
} from './test-storefront';

const HTML = { accept: 'text/html,application/xhtml+xml' };
const futureOnly = (zh: string, en: string) => ({
  ...noticeBlock(zh, en),
  visibility: { dayparts: [], days: 'all' as const, from: '2030-01-01', until: null },
});
const IN_2030 = Date.UTC(2030, 5, 1, 4);

async function get(platform: TestPlatform, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(platform.url + path, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const claim = (platform: TestPlatform, shop: TestShop, slug: string) =>
  platform.call('POST', storefrontRoutePaths.site(shop.vendorId), {
    token: shop.device.token,
    body: { slug },
  });

describe.each(backends)('the served storefront on %s', (backend) => {
  let platform: TestPlatform;
  const clock = new SandboxClock();
  let shop: TestShop;
  const header = headerBlock();
  const oldNotice = noticeBlock('旧公告', 'Old notice');
  const notice = noticeBlock('今日特价', 'Today’s special');
  const later = futureOnly('二〇三〇', 'In 2030');

  beforeAll(async () => {
    platform = await startTestPlatform(backend, { storefront: { clock } });
    shop = await shopWithProfile(platform, '老王面馆');
    expect((await claim(platform, shop, 'laowang')).status).toBe(200);
    await publish(shop, publishRequest(documentOf([header, oldNotice])));
    await publish(shop, publishRequest(documentOf([header, notice, later]), { basedOn: 1 }));
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  describe('the slug', () => {
    it('claims, changes and tells desks the shop’s address', async () => {
      const other = await shopWithProfile(platform, 'Noodle Bar');
      const claimed = await claim(platform, other, 'noodle-bar');
      expect(claimed.status).toBe(200);
      expect(claimed.body.site).toMatchObject({ id: other.vendorId, slug: 'noodle-bar' });
      const changed = await claim(platform, other, 'noodles');
      expect(changed.body.site.slug).toBe('noodles');
      const [site] = await platform.db.query<{ data: { slug: string } }>(
        `select data from entities where vendor_id = $1 and tbl = 'storefrontSite'`,
        [other.vendorId],
      );
      expect(site!.data.slug).toBe('noodles');
      // The old slug is free again; the new one is the shop's.
      const third = await shopWithProfile(platform, 'Third');
      expect((await claim(platform, third, 'noodle-bar')).status).toBe(200);
      const taken = await claim(platform, third, 'noodles');
      expect(taken.status).toBe(409);
      expect(taken.body).toMatchObject({ code: 'slug_taken' });
    });

    it('refuses a slug that is not valid, and reserved words as taken', async () => {
      for (const slug of ['A', 'has space', '-lead', 'trail-', 'two--dashes', 'x'.repeat(41)]) {
        const refused = await claim(platform, shop, slug);
        expect(refused.status, slug).toBe(400);
        expect(refused.body.code, slug).toBe('slug_invalid');
      }
      for (const slug of ['api', 'admin', 'public', 'sandbox']) {
        const refused = await claim(platform, shop, slug);
        expect(refused.status, slug).toBe(409);
        expect(refused.body.code).toBe('slug_taken');
      }
    });
  });

  describe('the page', () => {
    it('serves the live version’s blocks, in Chinese by default and English when asked', async () => {
      const zh = await get(platform, storefrontPaths.page('laowang'), HTML);
      expect(zh.status).toBe(200);
      expect(zh.headers.get('content-type')).toMatch(/^text\/html/);
      expect(zh.text).toContain('<html lang="zh-CN"');
      expect(zh.text).toContain(`id="block-${header.id}"`);
      expect(zh.text).toContain(`id="block-${notice.id}"`);
      expect(zh.text).not.toContain(oldNotice.id);
      expect(zh.text).toContain('老王面馆');
      expect(zh.text).toContain('href="/s/laowang?lang=en"');
      const en = await get(platform, storefrontPaths.page('laowang'), {
        ...HTML,
        'accept-language': 'en-GB,en;q=0.9',
      });
      expect(en.text).toContain('<html lang="en"');
      expect(en.text).toContain('href="/s/laowang?lang=zh-CN"');
      expect(en.text).toContain('>中文</a>');
      const asked = await get(platform, `${storefrontPaths.page('laowang')}?lang=en`, HTML);
      expect(asked.text).toContain('<html lang="en"');
    });

    it('ignores ?at= when the sandbox is off', async () => {
      const now = await get(platform, storefrontPaths.page('laowang'), HTML);
      const at = await get(platform, `${storefrontPaths.page('laowang')}?at=${IN_2030}`, HTML);
      expect(now.text).not.toContain(`id="block-${later.id}"`);
      expect(at.text).not.toContain(`id="block-${later.id}"`);
    });

    it('sends an ETag and answers 304 to it, with no-cache and the security headers', async () => {
      const first = await get(platform, storefrontPaths.page('laowang'), HTML);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^W\/"[\w-]+"$/);
      expect(first.headers.get('cache-control')).toBe('no-cache');
      expect(first.headers.get('x-content-type-options')).toBe('nosniff');
      const csp = first.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      const again = await get(platform, storefrontPaths.page('laowang'), {
        ...HTML,
        'if-none-match': etag!,
      });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      const stale = await get(platform, storefrontPaths.page('laowang'), {
        ...HTML,
        'if-none-match': 'W/"stale"',
      });
      expect(stale.status).toBe(200);
    });

    it('tells of an unknown shop, and a shop with nothing published, by a 404 page in the language', async () => {
      const en = await get(platform, storefrontPaths.page('no-such-shop'), {
        ...HTML,
        'accept-language': 'en',
      });
      expect(en.status).toBe(404);
      expect(en.text).toContain('<html lang="en"');
      expect(en.text).toContain('Shop not found');
      expect(en.text).not.toMatch(/at .*\.ts:\d+|Error:/);
      const zh = await get(platform, storefrontPaths.page('x'), HTML);
      expect(zh.status).toBe(404);
      expect(zh.text).toContain('找不到这家店');
      const unpublished = await shopWithProfile(platform, '新店');
      await claim(platform, unpublished, 'new-shop');
      const none = await get(platform, storefrontPaths.page('new-shop'), HTML);
      expect(none.status).toBe(404);
      expect(none.text).toContain('店铺页面尚未发布');
      // Not a browser: the platform's error shape.
      const json = await platform.call('GET', storefrontPaths.page('no-such-shop'));
      expect(json.status).toBe(404);
      expect(json.body).toEqual({ code: 'shop_not_found', message: expect.any(String) });
    });

    it('offers the party sizes the shop’s tables seat, from its synced tables', async () => {
      const tables = await shopWithProfile(platform, '桌位餐厅');
      await tables.push('bookingSettings.put', { settings: bookingSettings(tables.vendorId) });
      for (const [name, minParty, maxParty] of [
        ['A1', 2, 4],
        ['B1', 1, 10],
      ] as const) {
        await tables.push('resource.put', {
          resource: sampleResource({ name, minParty, maxParty }),
        });
      }
      // An archived table seats no one.
      await tables.push('resource.put', {
        resource: sampleResource({ name: 'Z9', minParty: 1, maxParty: 20, archived: true }),
      });
      expect((await claim(platform, tables, 'tables-place')).status).toBe(200);
      const booking = {
        id: crypto.randomUUID(),
        type: 'booking' as const,
        visibility: alwaysVisible(),
        title: { zh: '订座', en: 'Book' },
        serviceIds: [],
      };
      await publish(tables, publishRequest(documentOf([header, booking])));
      const page = await get(platform, storefrontPaths.page('tables-place'), HTML);
      expect(page.status).toBe(200);
      expect(page.text).toContain('可预约 1–10 人');
    });

    it('serves the live document as JSON', async () => {
      const answer = await platform.call('GET', storefrontPaths.document('laowang'));
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        schemaVersion: 1,
        version: 2,
        publishedAt: expect.any(Number),
        document: documentOf([header, notice, later]),
      });
    });

    it('prints a poster with the shop’s name, a QR code of the page and both languages', async () => {
      const poster = await get(platform, storefrontPaths.poster('laowang'), HTML);
      expect(poster.status).toBe(200);
      expect(poster.text).toContain('老王面馆');
      expect(poster.text).toMatch(/<svg[^>]*viewBox/);
      expect(poster.text).toContain('扫码点餐 / 预约');
      expect(poster.text).toContain('Scan to order / book');
      expect(poster.text).toContain(`${platform.url}/s/laowang`);
      expect(poster.text).toContain('size:A5');
    });
  });

  describe('the draft preview', () => {
    const previewLink = async () => {
      const link = await platform.call('POST', storefrontRoutePaths.previewLink(shop.vendorId), {
        token: shop.device.token,
      });
      expect(link.status).toBe(200);
      return link.body as { url: string; expiresAt: number };
    };

    it('shows the draft by a valid link, with its banner', async () => {
      const draft = { ...noticeBlock('草稿', 'Draft'), sortKey: 'i', updatedAt: 1 };
      expect(await shop.push('storefrontBlock.add', { block: draft })).toMatchObject({
        status: 'applied',
      });
      const before = clock.now();
      const { url, expiresAt } = await previewLink();
      expect(expiresAt - before).toBeGreaterThanOrEqual(3_600_000);
      expect(expiresAt - clock.now()).toBeLessThanOrEqual(3_600_000);
      expect(url.startsWith(`${platform.url}/s/laowang/preview?token=`)).toBe(true);
      const page = await fetch(url, { headers: HTML });
      const text = await page.text();
      expect(page.status).toBe(200);
      expect(text).toContain(`id="block-${draft.id}"`);
      expect(text).not.toContain(`id="block-${notice.id}"`);
      expect(text).toContain('草稿预览');
    });

    it('refuses a tampered link, another shop’s and an expired one with a 403 page', async () => {
      const { url } = await previewLink();
      const token = new URL(url).searchParams.get('token')!;
      const [expiry, mac] = token.split('.') as [string, string];
      const tampered = [
        `${Number(expiry) + 3_600_000}.${mac}`,
        `${expiry}.${mac.slice(0, -2)}${mac.endsWith('AA') ? 'BB' : 'AA'}`,
        'garbage',
      ];
      for (const bad of tampered) {
        const page = await get(
          platform,
          `/s/laowang/preview?token=${encodeURIComponent(bad)}`,
          HTML,
        );
        expect(page.status, bad).toBe(403);
        expect(page.text).toContain('预览链接无效');
      }
      const other = await shopWithProfile(platform, '别家');
      await claim(platform, other, 'other-shop');
      const elsewhere = await get(
        platform,
        `/s/other-shop/preview?token=${encodeURIComponent(token)}`,
        HTML,
      );
      expect(elsewhere.status).toBe(403);
      clock.advance(3_600_000 + 1);
      const expired = await fetch(url, { headers: { ...HTML, 'accept-language': 'en' } });
      expect(expired.status).toBe(403);
      expect(await expired.text()).toContain('Preview link not valid');
    });
  });
});

describe.each(backends)('the served storefront with the sandbox on, on %s', (backend) => {
  let platform: TestPlatform;
  let shop: TestShop;
  const later = futureOnly('二〇三〇', 'In 2030');

  beforeAll(async () => {
    platform = await startTestPlatform(backend, {
      storefront: {
        sandbox: true,
        clock: new SandboxClock(),
        limiter: new MemoryTokenBuckets({ storefront: { capacity: 4, perMinute: 1 } }),
      },
    });
    shop = await shopWithProfile(platform, '沙盒店');
    await claim(platform, shop, 'sandbox-shop');
    await publish(shop, publishRequest(documentOf([headerBlock(), later])));
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  it('renders for ?at=, moves its clock, and limits each address with 429', async () => {
    const at = await get(platform, `${storefrontPaths.page('sandbox-shop')}?at=${IN_2030}`, HTML);
    expect(at.text).toContain(`id="block-${later.id}"`);
    const before = await platform.call('GET', storefrontRoutePaths.sandboxClock);
    const moved = await platform.call('POST', storefrontRoutePaths.sandboxClock, {
      body: { advanceMs: 3_600_000 },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.now - before.body.now).toBeGreaterThanOrEqual(3_600_000);
    expect(moved.body.offsetMs).toBe(3_600_000);
    for (let i = 0; i < 4; i += 1) await get(platform, storefrontPaths.page('sandbox-shop'), HTML);
    const limited = await get(platform, storefrontPaths.page('sandbox-shop'), HTML);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited.text).toContain('访问太频繁');
    const json = await platform.call('GET', storefrontPaths.document('sandbox-shop'));
    expect(json.status).toBe(429);
    expect(json.body.code).toBe('too_many_requests');
  });
});
