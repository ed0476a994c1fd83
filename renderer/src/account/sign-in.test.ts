/**
 * Signing in against the real platform: an owner and a provider on one computer share its device
 * id (and the secret the platform issued with it); when the platform gives out a new id instead,
 * the shop's database adopts it with its queued changes, and a change already processed under
 * the old id is recognised by its mutation id.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCategory } from '@domain/menu/mutations';
/* eslint-disable no-restricted-imports -- the test runs the real platform in-process. */
import { createProvider, linkProvider } from '../../../platform/accounts/store';
/* eslint-enable no-restricted-imports */
import { currentInstallationDeviceId, loadInstallationDeviceId } from '../db/device';
import { directory } from '../db/directory';
import { mutate } from '../db/mutate';
import { vendorDb } from '../db/vendor-db';
import { PlatformClient } from '../platform-api/platform-client';
import { readDeviceId } from '../db/mutate';
import { category } from '../sync/test-support/shop-fixtures';
import { SHOP_PASSWORD, startPlatformHarness } from '../sync/test-support/platform-harness';
import type { PlatformHarness } from '../sync/test-support/platform-harness';
import { getPlatformSession, readPlatformToken } from './session-store';
import { signInToPlatform } from './sign-in';

let platform: PlatformHarness;

beforeAll(async () => {
  platform = await startPlatformHarness();
  await loadInstallationDeviceId();
}, 60_000);
afterAll(async () => platform?.stop());

/** This host reaches the test's platform (a browser build is made for one platform address). */
const reachesTestPlatform = async (url: string) => new URL(url).origin === platform.url;

const signIn = (login: string) =>
  signInToPlatform(
    { platformUrl: platform.url, login, password: SHOP_PASSWORD, deviceName: '前台电脑' },
    { mayReach: reachesTestPlatform },
  );

describe('signing in with a device secret', () => {
  it('keeps one device id for an owner and a provider on the same computer', async () => {
    const shop = await platform.createShop('老王面馆');
    const other = await platform.createShop('Hotpot House');
    const login = `agency-${Date.now()}@provider.test`;
    const providerId = await createProvider(platform.db, {
      name: '好运服务商',
      login,
      password: SHOP_PASSWORD,
    });
    await linkProvider(platform.db, providerId, other.vendorId);
    const computer = currentInstallationDeviceId();
    await signIn(shop.login);
    await signIn(login);
    expect((await getPlatformSession(shop.vendorId))?.deviceId).toBe(computer);
    expect((await getPlatformSession(other.vendorId))?.deviceId).toBe(computer);
  });

  it('adopts a new device id with the queued changes when the platform gives one out', async () => {
    const shop = await platform.createShop('小李美发');
    await signIn(shop.login);
    const db = vendorDb(shop.vendorId);
    const oldId = await readDeviceId(db);
    const first = await mutate(db, createCategory, category('面食', 'a'));
    const second = await mutate(db, createCategory, category('饮品', 'b'));
    // The first change reached the platform under the old id before the secret was lost.
    const token = (await readPlatformToken(shop.vendorId))!;
    const client = new PlatformClient({ baseUrl: platform.url, token });
    await client.push(shop.vendorId, { deviceId: oldId!, mutations: [first] });
    await directory.settings.delete(`deviceSecret:${oldId}`);

    await signIn(shop.login);
    const newId = await readDeviceId(db);
    expect(newId).not.toBe(oldId);
    expect(currentInstallationDeviceId()).toBe(newId);
    expect((await getPlatformSession(shop.vendorId))?.deviceId).toBe(newId);
    const queued = await db.outbox.orderBy('seq').toArray();
    expect(queued.map((entry) => [entry.id, entry.seq, entry.deviceId])).toEqual([
      [first.id, 1, newId],
      [second.id, 2, newId],
    ]);
    const third = await mutate(db, createCategory, category('小吃', 'c'));
    expect([third.seq, third.deviceId]).toEqual([3, newId]);

    const fresh = new PlatformClient({
      baseUrl: platform.url,
      token: (await readPlatformToken(shop.vendorId))!,
    });
    const pushed = await fresh.push(shop.vendorId, { deviceId: newId!, mutations: queued });
    expect(pushed.results.map((result) => result.status)).toEqual(['duplicate', 'applied']);
    expect(pushed.lastProcessedSeq).toBe(2);
  });

  it('refuses a platform this host may not reach, before sending anything', async () => {
    let requests = 0;
    const refused = await signInToPlatform(
      {
        platformUrl: 'https://elsewhere.example.com',
        login: 'x',
        password: 'y',
        deviceName: '前台',
      },
      {
        mayReach: reachesTestPlatform,
        fetch: async () => {
          requests += 1;
          throw new Error('no request may leave');
        },
      },
    ).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'platform_not_allowed' });
    expect(requests).toBe(0);
  });
});
