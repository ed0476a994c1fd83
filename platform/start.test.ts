import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, syncPaths } from '../domain/sync/protocol';
import { seedDemo, DEMO } from './seed-demo';
import { startPlatform } from './start';
import { createVendor } from './accounts/store';
import { originate } from './sync/originate';
import { defaultSyncRules } from './sync/rules';
import { newCustomer, points, settings } from './test/customers';
import { vendorProfile } from './test/fixtures';
import { openPokeStream } from './test/poke-stream';

const SLOW = 180_000;

async function signInDemo(url: string) {
  const deviceId = randomUUID();
  const response = await fetch(url + syncPaths.signIn, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      login: DEMO.login,
      password: DEMO.password,
      deviceId,
      deviceName: '前台',
    }),
  });
  expect(response.status).toBe(200);
  const { token } = (await response.json()) as { token: string };
  return { deviceId, token };
}

function pushProfiles(
  url: string,
  device: { deviceId: string; token: string },
  count: number,
  firstSeq = 1,
) {
  const mutations = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    name: 'vendorProfile.create',
    version: 1,
    args: vendorProfile(),
    deviceId: device.deviceId,
    seq: firstSeq + i,
    createdAt: Date.now(),
  }));
  return fetch(url + syncPaths.push(DEMO.vendorId), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${device.token}` },
    body: JSON.stringify({
      protocolVersion: PROTOCOL_VERSION,
      deviceId: device.deviceId,
      mutations,
    }),
  });
}

describe('startPlatform with a PGlite data directory', () => {
  let root: string;
  let dataDir: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'platform-'));
    // As on a fresh machine: not even the app-data folder exists yet.
    dataDir = join(root, 'app data', 'vendor-console', 'platform');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it(
    'makes its data folder, keeps the data across a restart, and the demo seed is idempotent',
    async () => {
      const first = await startPlatform({ dataDir, port: 0, logger: false });
      expect(await seedDemo(first.db)).toEqual({ created: true, applied: 6 + 8 + 1 });
      const device = await signInDemo(first.url);
      expect((await pushProfiles(first.url, device, 3)).status).toBe(200);
      await first.stop();

      const second = await startPlatform({ dataDir, port: 0, logger: false });
      try {
        expect(await seedDemo(second.db)).toEqual({ created: false, applied: 0 });
        const pull = await fetch(
          `${second.url}${syncPaths.pull(DEMO.vendorId)}?protocolVersion=${PROTOCOL_VERSION}`,
          {
            headers: { authorization: `Bearer ${device.token}` },
          },
        );
        const body = (await pull.json()) as { changes: unknown[]; lastProcessedSeq: number };
        // The demo shop's 18 seeded rows, then this device's 3 profiles.
        expect([body.changes.length, body.lastProcessedSeq]).toEqual([18 + 8 + 1 + 3, 3]);
      } finally {
        await second.stop();
      }
    },
    SLOW,
  );

  it(
    'finishes in-flight requests and ends poke streams before closing the database',
    async () => {
      const platform = await startPlatform({ dataDir, port: 0, logger: false });
      const device = await signInDemo(platform.url);
      const stream = await openPokeStream(platform.url, DEMO.vendorId, device.token);
      await stream.waitFor(':connected');
      const cursor = await fetch(
        `${platform.url}${syncPaths.pull(DEMO.vendorId)}?protocolVersion=1`,
        {
          headers: { authorization: `Bearer ${device.token}` },
        },
      );
      expect(cursor.status).toBe(200);
      let respondedAt = 0;
      const inFlight = pushProfiles(platform.url, device, 300).then((response) => {
        respondedAt = performance.now();
        return response;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const stopCalledAt = performance.now();
      await platform.stop();
      const response = await inFlight;
      // The push was still running when stop began, and it was answered in full, not cut off.
      expect(stopCalledAt).toBeLessThan(respondedAt);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { lastProcessedSeq: number }).lastProcessedSeq).toBe(300);
      stream.close();
    },
    SLOW,
  );

  it(
    'runs the job runner from start: points that fell due while it was down expire at the first tick, and stop ends it',
    async () => {
      const first = await startPlatform({ dataDir, port: 0, logger: false, jobs: false });
      const vendorId = await createVendor(first.db, {
        name: '老王',
        login: 'jobs@vendor.test',
        password: 'pw123456',
      });
      const make = (name: string, args: unknown) =>
        originate(first.db, defaultSyncRules, vendorId, { name, args });
      await make('customerSettings.put', settings(vendorId, { pointsExpiryMonths: 1 }));
      const person = newCustomer();
      const lot = points(person.customer.id, 'opening', 80, { businessDate: '2026-01-05' });
      await make('customers.import', {
        creates: [person],
        updates: [],
        storedValue: [],
        points: [lot],
      });
      expect(first.jobs).toBeUndefined();
      await first.stop();

      // Started again in March, long after the lot's expiry on Feb 5.
      const second = await startPlatform({
        dataDir,
        port: 0,
        logger: false,
        jobs: { now: () => Date.UTC(2026, 2, 1) },
      });
      try {
        const expired = async () =>
          second.db.query<{ points: number }>(
            `select (data ->> 'points')::int as points from ledger_entries
             where vendor_id = $1 and data ->> 'kind' = 'expire'`,
            [vendorId],
          );
        for (let wait = 0; wait < 100 && (await expired()).length === 0; wait += 1)
          await new Promise((resolve) => setTimeout(resolve, 100));
        expect(await expired()).toEqual([{ points: -80 }]);
      } finally {
        await second.stop();
      }
      expect(second.jobs).toBeDefined();
    },
    SLOW,
  );
});
