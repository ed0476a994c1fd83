import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import { PROTOCOL_VERSION, syncPaths } from '../../domain/sync/protocol';
import { sampleVendorProfile } from '../../domain/test-support/vendor-profile';
import { DEMO } from '../../platform/seed-demo';

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
