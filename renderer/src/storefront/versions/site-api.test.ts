import { describe, expect, it } from 'vitest';
import { makePreviewLink, publicUrl, setSiteSlug, storefrontApiPaths } from './site-api';

const access = { platformUrl: 'http://platform.test/', token: 'tok' };

function answering(status: number, body: unknown) {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const fetchImpl = async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(body === undefined ? '' : JSON.stringify(body), { status });
  };
  return { calls, fetchImpl };
}

describe('the storefront site routes', () => {
  it('claims a slug with the device token and returns the site', async () => {
    const site = { id: '0b7e7a1e-6c55-4c1f-9d2a-2f1f5f0f8a11', slug: 'lao-wang', claimedAt: 5 };
    const { calls, fetchImpl } = answering(200, { site });
    expect(await setSiteSlug(access, 'v1', 'lao-wang', fetchImpl)).toEqual({ ok: true, site });
    expect(calls[0]!.url).toBe('http://platform.test' + storefrontApiPaths.site('v1'));
    expect(calls[0]!.init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]!.init?.body))).toEqual({ slug: 'lao-wang' });
    expect((calls[0]!.init?.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('tells a taken slug, an invalid one, no connection and anything else apart', async () => {
    const taken = answering(409, { error: 'slug_taken' });
    expect(await setSiteSlug(access, 'v1', 'x-y-z', taken.fetchImpl)).toEqual({
      ok: false,
      reason: 'taken',
    });
    const invalid = answering(400, { error: 'slug_invalid' });
    expect(await setSiteSlug(access, 'v1', 'x-y-z', invalid.fetchImpl)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    const down = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await setSiteSlug(access, 'v1', 'x-y-z', down)).toEqual({
      ok: false,
      reason: 'offline',
    });
    const broken = answering(500, undefined);
    expect(await setSiteSlug(access, 'v1', 'x-y-z', broken.fetchImpl)).toEqual({
      ok: false,
      reason: 'failed',
    });
    // A 200 whose body is not a site is not trusted.
    const odd = answering(200, { site: { slug: 'NOPE' } });
    expect(await setSiteSlug(access, 'v1', 'x-y-z', odd.fetchImpl)).toEqual({
      ok: false,
      reason: 'failed',
    });
  });

  it('makes a preview link absolute on the platform', async () => {
    const { fetchImpl } = answering(200, { url: '/s/lao-wang/preview?sig=abc', expiresAt: 99 });
    expect(await makePreviewLink(access, 'v1', fetchImpl)).toEqual({
      url: 'http://platform.test/s/lao-wang/preview?sig=abc',
      expiresAt: 99,
    });
    expect(await makePreviewLink(access, 'v1', answering(403, { error: 'x' }).fetchImpl)).toBe(
      null,
    );
  });

  it('builds public links on the platform origin', () => {
    expect(publicUrl('http://127.0.0.1:4669', '/s/lao-wang/poster')).toBe(
      'http://127.0.0.1:4669/s/lao-wang/poster',
    );
  });
});
