import { randomUUID } from 'node:crypto';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { PROTOCOL_VERSION, syncPaths } from '../../domain/sync/protocol';
import { sampleVendorProfile } from '../../domain/test-support/vendor-profile';
import type { Database } from '../../platform/db/database';
import { DEMO, seedDemo } from '../../platform/seed-demo';
import { startPlatform, type RunningPlatform } from '../../platform/start';
import { createProfile, currentProfile, laoWang, nav } from './profile';

/** A new device of the demo shop signed in to the platform at `url`, as a desktop would be. */
export async function demoDevice(
  url: string,
  deviceName: string,
): Promise<{ deviceId: string; token: string }> {
  const deviceId = randomUUID();
  const signIn = await fetch(url + syncPaths.signIn, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: DEMO.login, password: DEMO.password, deviceId, deviceName }),
  });
  expect(signIn.status).toBe(200);
  const { token } = (await signIn.json()) as { token: string };
  return { deviceId, token };
}

/**
 * Changes a "first desktop" of the demo shop pushes to the platform at `url`, in one push, as a
 * desk would: what a spec needs in the shop before its consoles open (its profile, an offer).
 */
export async function pushAsSeedDesk(
  url: string,
  changes: ReadonlyArray<{ name: string; args: unknown }>,
): Promise<void> {
  const { deviceId, token } = await demoDevice(url, 'seed');
  const push = await fetch(url + syncPaths.push(DEMO.vendorId), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      protocolVersion: PROTOCOL_VERSION,
      deviceId,
      mutations: changes.map((change, i) => ({
        id: randomUUID(),
        name: change.name,
        version: 1,
        args: change.args,
        deviceId,
        seq: i + 1,
        createdAt: Date.now(),
      })),
    }),
  });
  expect(push.status).toBe(200);
  const { results } = (await push.json()) as { results: Array<{ status: string }> };
  expect(results.map((result) => result.status)).toEqual(changes.map(() => 'applied'));
}

/** The demo shop's profile, pushed by a "first desktop" so the consoles have a shop to show. */
export async function seedDemoProfile(url: string): Promise<void> {
  const profile = sampleVendorProfile({
    id: DEMO.vendorId,
    name: DEMO.vendorName,
    address: '上海市黄浦区南京东路 1 号',
    createdAt: Date.now(),
  });
  await pushAsSeedDesk(url, [{ name: 'vendorProfile.create', args: profile }]);
}

/** This worker's platform port: E2E_PLATFORM_PORT for the first, the next for the second (scripts/e2e.mjs). */
function platformPort(): number {
  return (
    Number(process.env.E2E_PLATFORM_PORT ?? 4319) + Number(process.env.TEST_PARALLEL_INDEX ?? 0)
  );
}

/**
 * A real platform for this spec file's tests, started before them and stopped after: in-process,
 * PGlite in memory, the demo shop seeded with its profile, the public booking endpoints with their
 * sandbox routes (what the sandbox SMS provider "sent", the sandbox payment's callbacks). It
 * listens on this worker's port, one of the addresses the browser build's CSP reaches
 * (scripts/e2e.mjs builds it so). Call at the top level.
 */
export function useDemoPlatform(): { readonly url: string; readonly db: Database } {
  let platform: RunningPlatform | undefined;
  test.beforeAll(async () => {
    platform = await startPlatform({
      port: platformPort(),
      logger: false,
      publicBookings: { sandbox: true },
    });
    await seedDemo(platform.db);
    await seedDemoProfile(platform.url);
  });
  test.afterAll(async () => {
    await platform?.stop();
  });
  return {
    get url() {
      return platform!.url;
    },
    /** The platform's database, to see what reached it. */
    get db() {
      return platform!.db;
    },
  };
}

/**
 * A desktop of the demo shop in `context`: a first-run profile, then signed in to the platform at
 * `platformUrl` with the demo shop on the Sync page, and synced once.
 */
export async function desktopSignedIn(
  context: BrowserContext,
  platformUrl: string,
  name: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/');
  await createProfile(page, laoWang);
  await nav(page).getByText('同步', { exact: true }).click();
  await page.getByLabel('平台地址').fill(platformUrl);
  await page.getByLabel('这台电脑的名称').fill(name);
  await page.getByRole('button', { name: '使用演示店铺' }).click();
  await expect(currentProfile(page, DEMO.vendorName)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '已同步' })).toBeVisible({
    timeout: 15_000,
  });
  return page;
}
