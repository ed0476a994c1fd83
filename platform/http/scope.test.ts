/**
 * The standing scope suite (issue 9): every registered route that is not public, called with
 * every kind of token that must not pass, in the header and in the query, answers 401 or 403
 * with nothing but the error, and the shop's data is unchanged. New routes are covered by being
 * registered (app.registeredRoutes); a route that needs no token must say so (access: 'public').
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorResponseSchema, syncPaths } from '../../domain/sync/protocol';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { menuCategory } from '../test/fixtures';
import {
  outboxEntry,
  pushBody,
  startTestPlatform,
  vendorSnapshot,
  type Device,
  type TestPlatform,
} from '../test/server';
import type { RegisteredRoute } from './route-registry';

interface BadToken {
  kind: string;
  token: string | undefined;
  /** The device the token was issued to, so a push body can claim it. */
  device?: Device;
  /** 401 for a token that is no token, 403 for a valid token without this shop. */
  status: 401 | 403;
  vendorOnly?: boolean;
}

describe.each(backends)('every route refuses tokens that must not pass, on %s', (backend) => {
  let platform: TestPlatform;
  let shop: { vendorId: string; login: string; device: Device };
  const badTokens: BadToken[] = [];

  beforeAll(async () => {
    platform = await startTestPlatform(backend, {
      signInLimit: { addressFailures: 100_000 },
    });
    shop = await platform.vendor('老王面馆');
    const other = await platform.vendor('Hotpot House');
    const revoked = await platform.signIn(shop.login);
    await platform.call('POST', syncPaths.signOut, { token: revoked.token });
    const deleted = await platform.signIn(shop.login);
    await platform.db.query('delete from device_sessions where device_id = $1', [deleted.deviceId]);
    const agency = await platform.provider('好运服务商', [shop.vendorId]);
    await platform.db.query('delete from provider_vendors where provider_id = $1', [
      agency.providerId,
    ]);
    const category = menuCategory();
    await platform.call('POST', syncPaths.push(shop.vendorId), {
      token: shop.device.token,
      body: pushBody(shop.device, [outboxEntry(shop.device, 'menuCategory.create', category)]),
    });
    badTokens.push(
      { kind: 'none', token: undefined, status: 401 },
      { kind: 'malformed', token: 'not a token', status: 401 },
      { kind: 'malformed, overlong', token: 'x'.repeat(4096), status: 401 },
      { kind: 'revoked', token: revoked.token, device: revoked, status: 401 },
      { kind: 'deleted device', token: deleted.token, device: deleted, status: 401 },
      {
        kind: 'other shop',
        token: other.device.token,
        device: other.device,
        status: 403,
        vendorOnly: true,
      },
      {
        kind: 'unlinked provider',
        token: agency.device.token,
        device: agency.device,
        status: 403,
        vendorOnly: true,
      },
    );
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  /** A request that would change or read the shop if it got through. */
  function requestFor(route: RegisteredRoute, bad: BadToken, via: 'header' | 'query') {
    const path = route.url.replace(':vendorId', shop.vendorId).replace(/:[A-Za-z]+/g, 'x');
    const query = via === 'query' && bad.token ? `?token=${encodeURIComponent(bad.token)}` : '';
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (via === 'header' && bad.token !== undefined) headers.authorization = `Bearer ${bad.token}`;
    const device = bad.device ?? shop.device;
    const body =
      route.method === 'POST'
        ? JSON.stringify(
            pushBody(device, [outboxEntry(device, 'menuCategory.create', menuCategory())]),
          )
        : undefined;
    return { url: platform.url + path + query, init: { method: route.method, headers, body } };
  }

  it('refuses each one with 401 or 403 and no data', async () => {
    const guarded = platform.app.registeredRoutes.filter((route) => route.access !== 'public');
    expect(guarded.length).toBeGreaterThanOrEqual(5);
    const before = await vendorSnapshot(platform.db, shop.vendorId);
    let tried = 0;
    for (const route of guarded) {
      for (const bad of badTokens) {
        if (bad.vendorOnly && route.access !== 'vendor') continue;
        for (const via of ['header', 'query'] as const) {
          const { url, init } = requestFor(route, bad, via);
          const response = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
          const text = await response.text();
          const what = `${route.method} ${route.url} with ${bad.kind} token in the ${via}`;
          // In the query only /poke reads a token, so elsewhere any query token is no token.
          const expected = via === 'query' && !route.url.endsWith('/poke') ? 401 : bad.status;
          expect(response.status, what).toBe(expected);
          if (route.method !== 'HEAD') {
            expect(errorResponseSchema.strict().safeParse(JSON.parse(text)).success, what).toBe(
              true,
            );
          }
          tried += 1;
        }
      }
    }
    expect(await vendorSnapshot(platform.db, shop.vendorId)).toEqual(before);
    console.info(`scope on ${backend}: ${guarded.length} routes, ${tried} refused requests`);
  });
});
