import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { PROTOCOL_VERSION, syncPaths } from '../../domain/sync/protocol';
import { sampleVendorProfile } from '../../domain/test-support/vendor-profile';
import { DEMO, seedDemo } from '../../platform/seed-demo';
import { startPlatform, type RunningPlatform } from '../../platform/start';

/** The demo shop's profile, pushed by a "first desktop" so the consoles have a shop to show. */
export async function seedDemoProfile(url: string): Promise<void> {
  const deviceId = randomUUID();
  const signIn = await fetch(url + syncPaths.signIn, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      login: DEMO.login,
      password: DEMO.password,
      deviceId,
      deviceName: 'seed',
    }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const profile = sampleVendorProfile({
    id: DEMO.vendorId,
    name: DEMO.vendorName,
    address: '上海市黄浦区南京东路 1 号',
    createdAt: Date.now(),
  });
  const push = await fetch(url + syncPaths.push(DEMO.vendorId), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      protocolVersion: PROTOCOL_VERSION,
      deviceId,
      mutations: [
        {
          id: randomUUID(),
          name: 'vendorProfile.create',
          version: 1,
          args: profile,
          deviceId,
          seq: 1,
          createdAt: Date.now(),
        },
      ],
    }),
  });
  expect(push.status).toBe(200);
}

/**
 * A real platform for this spec file's tests, started before them and stopped after: in-process,
 * PGlite in memory, the demo shop seeded with its profile. It listens on E2E_PLATFORM_PORT, the one
 * address the browser build's CSP reaches (scripts/e2e.mjs builds it so). Call at the top level.
 */
export function useDemoPlatform(): { readonly url: string } {
  let platform: RunningPlatform | undefined;
  test.beforeAll(async () => {
    platform = await startPlatform({
      port: Number(process.env.E2E_PLATFORM_PORT ?? 4319),
      logger: false,
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
  };
}
