/**
 * Defect 5 of issue 9: a poke stream lasts only as long as the access that opened it. Signing
 * out, deleting the device's session and unlinking a provider each end an open stream.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncPaths } from '../../domain/sync/protocol';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { openPokeStream, type PokeStream } from '../test/poke-stream';
import { startTestPlatform, type Device, type TestPlatform } from '../test/server';

describe.each(backends)('poke streams end with their access on %s', (backend) => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform(backend, {
      heartbeatMs: 100,
      recheckMs: 100,
      signInLimit: { addressFailures: 100_000 },
    });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  async function expectEnded(stream: PokeStream) {
    const timeout = new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), 3000));
    expect(await Promise.race([stream.ended.then(() => 'ended' as const), timeout])).toBe('ended');
  }

  async function opened(vendorId: string, device: Device) {
    const stream = await openPokeStream(platform.url, vendorId, device.token);
    await stream.waitFor(':connected');
    return stream;
  }

  it('ends after the device signs out', async () => {
    const shop = await platform.vendor('老王面馆');
    const stream = await opened(shop.vendorId, shop.device);
    try {
      const out = await platform.call('POST', syncPaths.signOut, { token: shop.device.token });
      expect(out.status).toBe(204);
      await expectEnded(stream);
    } finally {
      stream.close();
    }
  });

  it("ends after the device's session is deleted", async () => {
    const shop = await platform.vendor('Hotpot House');
    const stream = await opened(shop.vendorId, shop.device);
    try {
      await platform.db.query('delete from device_sessions where device_id = $1', [
        shop.device.deviceId,
      ]);
      await expectEnded(stream);
    } finally {
      stream.close();
    }
  });

  it('ends after the provider is unlinked from the shop', async () => {
    const shop = await platform.vendor('小李美发');
    const agency = await platform.provider('好运服务商', [shop.vendorId]);
    const stream = await opened(shop.vendorId, agency.device);
    try {
      await platform.db.query('delete from provider_vendors where provider_id = $1', [
        agency.providerId,
      ]);
      await expectEnded(stream);
    } finally {
      stream.close();
    }
  });

  it('stays open while access lasts', async () => {
    const shop = await platform.vendor('好再来');
    const stream = await opened(shop.vendorId, shop.device);
    try {
      await stream.waitFor(':heartbeat', 5);
      const timeout = new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), 300));
      expect(await Promise.race([stream.ended.then(() => 'ended'), timeout])).toBe('open');
    } finally {
      stream.close();
    }
  });
});
