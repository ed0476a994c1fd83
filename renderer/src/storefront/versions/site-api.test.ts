import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@domain/ids';
import { PlatformClient } from '../../platform-api/platform-client';
import {
  SHOP_PASSWORD,
  startPlatformHarness,
  type PlatformHarness,
} from '../../sync/test-support/platform-harness';
import { makePreviewLink, publicUrl, setSiteSlug } from './site-api';

// The console's calls against a real platform on loopback: what it sends is what the platform
// takes, and its refusals are told apart as the platform words them.
let platform: PlatformHarness;
const shops: { vendorId: string; access: { platformUrl: string; token: string } }[] = [];

beforeAll(async () => {
  platform = await startPlatformHarness();
  for (const name of ['老王面馆', '小李烘焙']) {
    const shop = await platform.createShop(name);
    const { token } = await new PlatformClient({ baseUrl: platform.url }).signIn({
      login: shop.login,
      password: SHOP_PASSWORD,
      deviceId: newId(),
      deviceName: '前台电脑',
    });
    shops.push({ vendorId: shop.vendorId, access: { platformUrl: platform.url + '/', token } });
  }
}, 120_000);
afterAll(() => platform.stop());

describe('the storefront site routes', () => {
  it('claims a slug, and tells a taken one, an invalid one and no connection apart', async () => {
    const [wang, li] = shops as [(typeof shops)[0], (typeof shops)[0]];
    const claimed = await setSiteSlug(wang.access, wang.vendorId, 'lao-wang');
    expect(claimed).toMatchObject({ ok: true, site: { slug: 'lao-wang' } });
    expect(await setSiteSlug(li.access, li.vendorId, 'lao-wang')).toEqual({
      ok: false,
      reason: 'taken',
    });
    expect(await setSiteSlug(li.access, li.vendorId, 'X!')).toEqual({
      ok: false,
      reason: 'invalid',
    });
    // Another shop's token is refused: not a slug problem, so the console says it failed.
    expect(await setSiteSlug(li.access, wang.vendorId, 'li-bakery')).toEqual({
      ok: false,
      reason: 'failed',
    });
    const closed = { ...wang.access, platformUrl: 'http://127.0.0.1:9' };
    expect(await setSiteSlug(closed, wang.vendorId, 'lao-wang')).toEqual({
      ok: false,
      reason: 'offline',
    });
  });

  it('makes a preview link absolute on the platform, and none before the shop has an address', async () => {
    const [wang, li] = shops as [(typeof shops)[0], (typeof shops)[0]];
    await setSiteSlug(wang.access, wang.vendorId, 'lao-wang');
    const link = await makePreviewLink(wang.access, wang.vendorId);
    expect(link?.url.startsWith(`${platform.url}/s/lao-wang/preview?token=`)).toBe(true);
    expect(link!.expiresAt).toBeGreaterThan(Date.now());
    expect(await makePreviewLink(li.access, li.vendorId)).toBeNull();
  });

  it('does not trust a 200 whose body is not a site', async () => {
    const odd = async () => new Response(JSON.stringify({ site: { slug: 'NOPE' } }));
    expect(await setSiteSlug(shops[0]!.access, shops[0]!.vendorId, 'x-y-z', odd)).toEqual({
      ok: false,
      reason: 'failed',
    });
  });

  it('builds public links on the platform origin', () => {
    expect(publicUrl('http://127.0.0.1:4669', '/s/lao-wang/poster')).toBe(
      'http://127.0.0.1:4669/s/lao-wang/poster',
    );
  });
});
