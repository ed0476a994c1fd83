import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { syncPaths } from '../../domain/sync/protocol';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { vendorProfile } from '../test/fixtures';
import { openPokeStream } from '../test/poke-stream';
import {
  outboxEntry,
  pushBody,
  resetSeqs,
  startTestPlatform,
  type Device,
  type TestPlatform,
} from '../test/server';

describe.each(backends)('poke on %s', (backend) => {
  let platform: TestPlatform;
  let shop: { vendorId: string; login: string; device: Device };

  beforeAll(async () => {
    platform = await startTestPlatform(backend, {
      heartbeatMs: 200,
      signInLimit: { addressFailures: 100_000 },
    });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());
  beforeEach(async () => {
    resetSeqs();
    shop = await platform.vendor('老王面馆');
  });

  const pushProfile = (baseUrl: string, vendorId: string, device: Device) =>
    fetch(baseUrl + syncPaths.push(vendorId), {
      method: 'POST',
      headers: { authorization: `Bearer ${device.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(
        pushBody(device, [outboxEntry(device, 'vendorProfile.create', vendorProfile())]),
      ),
    });

  it("pokes the shop's other desk when one desk pushes, token in the query as EventSource sends it", async () => {
    const otherDesk = await platform.signIn(shop.login);
    const stream = await openPokeStream(platform.url, shop.vendorId, otherDesk.token, 'query');
    try {
      expect(stream.status).toBe(200);
      await stream.waitFor(':connected');
      expect((await pushProfile(platform.url, shop.vendorId, shop.device)).status).toBe(200);
      await stream.waitFor('poke');
      await stream.waitFor(':heartbeat');
    } finally {
      stream.close();
    }
  });

  it("does not poke a shop for another shop's change, nor for a push that changed nothing", async () => {
    const other = await platform.vendor('Hotpot House');
    const stream = await openPokeStream(platform.url, shop.vendorId, shop.device.token);
    try {
      await stream.waitFor(':connected');
      await pushProfile(platform.url, other.vendorId, other.device);
      await platform.call('POST', syncPaths.push(shop.vendorId), {
        token: shop.device.token,
        body: pushBody(shop.device, []),
      });
      await stream.waitFor(':heartbeat', 2);
      expect(stream.received).not.toContain('poke');
    } finally {
      stream.close();
    }
  });

  it.runIf(backend === 'pg')(
    'pokes consoles connected to another platform instance (LISTEN/NOTIFY; skipped on PGlite, one instance by nature)',
    async () => {
      const second = await platform.another();
      const stream = await openPokeStream(second.url, shop.vendorId, shop.device.token);
      try {
        await stream.waitFor(':connected');
        expect((await pushProfile(platform.url, shop.vendorId, shop.device)).status).toBe(200);
        await stream.waitFor('poke');
      } finally {
        stream.close();
        await second.close();
      }
    },
  );
});
