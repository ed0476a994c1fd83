import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncPaths } from '../../domain/sync/protocol';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { vendorProfile } from '../test/fixtures';
import {
  outboxEntry,
  pullPath,
  pushBody,
  startTestPlatform,
  type Device,
  type TestPlatform,
} from '../test/server';

describe.each(backends)('auth scope on %s', (backend) => {
  let platform: TestPlatform;
  let shopA: { vendorId: string; login: string; device: Device };
  let shopB: { vendorId: string; login: string; device: Device };
  let agency: { providerId: string; device: Device };
  let otherAgency: { providerId: string; device: Device };

  beforeAll(async () => {
    platform = await startTestPlatform(backend, {
      signInLimit: { addressFailures: 100_000 },
    });
    shopA = await platform.vendor('老王面馆');
    shopB = await platform.vendor('Hotpot House');
    agency = await platform.provider('好运服务商', [shopA.vendorId]);
    otherAgency = await platform.provider('Other Agency', [shopB.vendorId]);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  /** Every endpoint of a vendor, called as `device` would call it. */
  function vendorEndpoints(vendorId: string, device: Device) {
    return {
      push: () =>
        platform.call('POST', syncPaths.push(vendorId), {
          token: device.token,
          body: pushBody(device, []),
        }),
      pull: () => platform.call('GET', pullPath(vendorId), { token: device.token }),
      poke: async () => {
        const abort = new AbortController();
        const response = await fetch(platform.url + syncPaths.poke(vendorId), {
          headers: { authorization: `Bearer ${device.token}` },
          signal: abort.signal,
        });
        abort.abort();
        return { status: response.status };
      },
    };
  }

  it('answers 401 on every endpoint without a token or with a bad one', async () => {
    const paths: [string, string][] = [
      ['GET', syncPaths.me],
      ['POST', syncPaths.signOut],
      ['POST', syncPaths.push(shopA.vendorId)],
      ['GET', pullPath(shopA.vendorId)],
      ['GET', syncPaths.poke(shopA.vendorId)],
    ];
    for (const [method, path] of paths) {
      for (const token of [undefined, 'not-a-token', 'x'.repeat(500)]) {
        const result = await platform.call(method, path, {
          token,
          body: method === 'POST' ? {} : undefined,
        });
        expect([path, token?.slice(0, 5), result.status, result.body.code]).toEqual([
          path,
          token?.slice(0, 5),
          401,
          'unauthenticated',
        ]);
      }
    }
  });

  it("gives a shop's token 403 on everything of another shop, and 200 on its own", async () => {
    for (const [name, call] of Object.entries(vendorEndpoints(shopB.vendorId, shopA.device))) {
      expect([name, (await call()).status]).toEqual([name, 403]);
    }
    for (const [name, call] of Object.entries(vendorEndpoints(shopA.vendorId, shopA.device))) {
      expect([name, (await call()).status]).toEqual([name, 200]);
    }
  });

  it("lets a provider reach its linked shops only, and not another provider's", async () => {
    for (const [name, call] of Object.entries(vendorEndpoints(shopA.vendorId, agency.device))) {
      expect([name, (await call()).status]).toEqual([name, 200]);
    }
    for (const [name, call] of Object.entries(vendorEndpoints(shopB.vendorId, agency.device))) {
      expect([name, (await call()).status]).toEqual([name, 403]);
    }
    for (const [name, call] of Object.entries(
      vendorEndpoints(shopA.vendorId, otherAgency.device),
    )) {
      expect([name, (await call()).status]).toEqual([name, 403]);
    }
  });

  it('answers 403 for a vendor that does not exist and 400 for a malformed vendor id', async () => {
    expect(
      (await platform.call('GET', pullPath(randomUUID()), { token: shopA.device.token })).status,
    ).toBe(403);
    expect(
      (await platform.call('GET', pullPath(randomUUID()), { token: agency.device.token })).status,
    ).toBe(403);
    const malformed = await platform.call('GET', pullPath('nope'), { token: shopA.device.token });
    expect([malformed.status, malformed.body.code]).toEqual([400, 'invalid_request']);
  });

  it('lists the vendors a token may access', async () => {
    const me = await platform.call('GET', syncPaths.me, { token: agency.device.token });
    expect(me.body.account).toMatchObject({
      kind: 'provider',
      id: agency.providerId,
      name: '好运服务商',
    });
    expect(me.body.vendors).toEqual([{ id: shopA.vendorId, name: '老王面馆' }]);
    const shop = await platform.call('GET', syncPaths.me, { token: shopA.device.token });
    expect(shop.body).toMatchObject({
      account: { kind: 'vendor', id: shopA.vendorId },
      deviceId: shopA.device.deviceId,
      vendors: [{ id: shopA.vendorId }],
    });
  });

  it('refuses a wrong password or unknown login with the same 401', async () => {
    for (const login of [shopA.login, 'nobody@vendor.test']) {
      const result = await platform.call('POST', syncPaths.signIn, {
        body: { login, password: 'wrong', deviceId: randomUUID(), deviceName: 'x' },
      });
      expect([result.status, result.body.code]).toEqual([401, 'bad_credentials']);
    }
  });

  it('refuses malformed sign-ins with a 400 naming the field, opening no session', async () => {
    const count = async () =>
      (await platform.db.query('select token_hash from device_sessions')).length;
    const before = await count();
    const valid = {
      login: shopA.login,
      password: 'correct horse 马',
      deviceId: randomUUID(),
      deviceName: '前台',
    };
    const cases: [unknown, string][] = [
      [{ ...valid, password: undefined }, 'body.password'],
      [{ ...valid, deviceId: 'desk-1' }, 'body.deviceId'],
      [{ ...valid, login: 42 }, 'body.login'],
      [{ ...valid, deviceName: 'x'.repeat(101) }, 'body.deviceName'],
    ];
    for (const [body, path] of cases) {
      const result = await platform.call('POST', syncPaths.signIn, { body });
      expect([result.status, result.body.code, result.body.issues[0].path]).toEqual([
        400,
        'invalid_request',
        path,
      ]);
    }
    expect(await count()).toBe(before);
  });

  it('signs in case-insensitively and stores only the token hash', async () => {
    const device = await platform.signIn(shopA.login.toUpperCase());
    const stored = await platform.db.query<{ token_hash: string }>(
      'select token_hash from device_sessions',
    );
    expect(stored.some((row) => row.token_hash === device.token)).toBe(false);
    expect(stored.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
  });

  it("revokes the token on sign-out, leaving the shop's other devices signed in", async () => {
    const device = await platform.signIn(shopA.login);
    expect((await platform.call('POST', syncPaths.signOut, { token: device.token })).status).toBe(
      204,
    );
    expect((await platform.call('GET', syncPaths.me, { token: device.token })).status).toBe(401);
    const push = await platform.call('POST', syncPaths.push(shopA.vendorId), {
      token: device.token,
      body: pushBody(device, [outboxEntry(device, 'vendorProfile.create', vendorProfile())]),
    });
    expect(push.status).toBe(401);
    expect((await platform.call('GET', syncPaths.me, { token: shopA.device.token })).status).toBe(
      200,
    );
  });

  it('answers CORS preflights for the console origins only', async () => {
    const preflight = (origin: string) =>
      fetch(platform.url + syncPaths.push(shopA.vendorId), {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
    for (const origin of ['app://console', 'http://127.0.0.1:5173', 'http://localhost:4173']) {
      const response = await preflight(origin);
      expect([
        origin,
        response.status,
        response.headers.get('access-control-allow-origin'),
      ]).toEqual([origin, 204, origin]);
    }
    const evil = await preflight('https://evil.example');
    expect([evil.status, evil.headers.get('access-control-allow-origin')]).toEqual([403, null]);
  });
});

// The sign-in limits have their own suite: accounts/sign-in-throttle.test.ts.
