/**
 * Defect 9 of issue 9: a login's failures slow further attempts down, doubling, up to a ceiling
 * (so a stranger never locks the owner out), one address is limited across logins, and the
 * counts live in the database, so a second platform instance sees them too.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { syncPaths } from '../../domain/sync/protocol';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { PASSWORD, startTestPlatform, type TestPlatform } from '../test/server';
import {
  DEFAULT_SIGN_IN_POLICY,
  loginDelayMs,
  recordSignInFailure,
  signInWaitSeconds,
} from './sign-in-throttle';

const policy = {
  addressFailures: 8,
  addressWindowMs: 60_000,
  freeFailures: 3,
  firstDelayMs: 1_000,
  maxDelayMs: 4_000,
};

describe('the wait a login owes', () => {
  it('is nothing for the free failures, then doubles up to the ceiling', () => {
    const waits = [0, 1, 2, 3, 4, 5, 6, 40].map((failures) => loginDelayMs(failures, policy));
    expect(waits).toEqual([0, 0, 0, 1_000, 2_000, 4_000, 4_000, 4_000]);
    expect(loginDelayMs(10_000, DEFAULT_SIGN_IN_POLICY)).toBe(DEFAULT_SIGN_IN_POLICY.maxDelayMs);
  });
});

describe.each(backends)('sign-in limits on %s', (backend) => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform(backend, { signInLimit: policy });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());
  // Each test counts from nothing: they all sign in from this one loopback address.
  beforeEach(() => platform.db.query('delete from sign_in_failures'));

  const attempt = (login: string, password = 'wrong', url = platform.url) =>
    fetch(url + syncPaths.signIn, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password, deviceId: randomUUID(), deviceName: '前台' }),
    }).then(async (response) => ({
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as { code: string; message: string },
    }));

  it("slows a login down after its free failures, with the wait in the answer, and the owner's right password clears it", async () => {
    const shop = await platform.vendor('老王面馆');
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt(shop.login)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const slowed = await attempt(` ${shop.login.toUpperCase()} `, PASSWORD);
    expect(slowed.status).toBe(429);
    expect(slowed.retryAfter).toBe('1');
    expect(slowed.body).toMatchObject({ code: 'too_many_requests' });
    expect(slowed.body.message).toContain('1 s');
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await attempt(shop.login, PASSWORD)).status).toBe(200);
    expect((await attempt(shop.login)).status).toBe(401);
  });

  it('never locks the owner out: however many failures, the wait stops at its ceiling', async () => {
    const shop = await platform.vendor('小李美发');
    for (let i = 0; i < 200; i++)
      await recordSignInFailure(platform.db, shop.login, `10.0.${i}.1`, policy);
    expect(
      await signInWaitSeconds(platform.db, shop.login, '192.0.2.1', policy),
    ).toBeLessThanOrEqual(4);
    await platform.db.query(
      "update sign_in_failures set last_failed_at = now() - interval '4 seconds' where key = $1",
      [`login:${shop.login}`],
    );
    expect((await attempt(shop.login, PASSWORD)).status).toBe(200);
  });

  it('slows down guesses at one account from many addresses', async () => {
    const shop = await platform.vendor('Hotpot House');
    for (let address = 0; address < 10; address++) {
      for (let guess = 0; guess < 10; guess++) {
        await recordSignInFailure(platform.db, shop.login, `198.51.100.${address}`, policy);
      }
    }
    expect(await signInWaitSeconds(platform.db, shop.login, '203.0.113.7', policy)).toBeGreaterThan(
      0,
    );
  });

  it('limits one address across logins, also for a login it never tried', async () => {
    const statuses = [];
    for (let i = 0; i < policy.addressFailures; i++) {
      statuses.push((await attempt(`nobody${i}-${backend}@vendor.test`)).status);
    }
    expect(new Set(statuses)).toEqual(new Set([401]));
    const next = await attempt(`someone-else-${backend}@vendor.test`);
    expect(next.status).toBe(429);
    expect(Number(next.retryAfter)).toBeGreaterThan(50);
  });

  it.skipIf(backend !== 'pg')('holds across platform instances on one PostgreSQL', async () => {
    const shop = await platform.vendor('好再来');
    const second = await platform.another();
    try {
      for (let i = 0; i < policy.freeFailures; i++) await attempt(shop.login);
      expect((await attempt(shop.login, 'wrong', second.url)).status).toBe(429);
    } finally {
      await second.close();
    }
  });
});
