/**
 * Defects 2, 3, 6, 7, 8 and 10 of issue 9, each as the attacker sent it: texts PostgreSQL cannot
 * hold, tokens that slipped past the log's redaction, ids in upper case, HEAD on a stream,
 * impossible dates and the small parsing slips. Every answer must be a 4xx in the error shape.
 */
import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorResponseSchema, syncPaths } from '../../domain/sync/protocol';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { menuCategory, menuItem, stockEntry } from '../test/fixtures';
import { openPokeStream } from '../test/poke-stream';
import {
  outboxEntry,
  pullPath,
  pushBody,
  startTestPlatform,
  type Device,
  type TestPlatform,
} from '../test/server';

describe.each(backends)('the platform boundary on %s', (backend) => {
  let platform: TestPlatform;
  let shop: { vendorId: string; login: string; device: Device };
  let agency: { providerId: string; device: Device };
  const logLines: string[] = [];

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    platform = await startTestPlatform(backend, {
      logger: { level: 'info', stream },
      signInLimit: { addressFailures: 100_000 },
    });
    shop = await platform.vendor('老王面馆');
    agency = await platform.provider('好运服务商', [shop.vendorId]);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  const expectRefusal = (result: { status: number; body: unknown }, status: number) => {
    expect(result.status).toBe(status);
    expect(errorResponseSchema.safeParse(result.body).success).toBe(true);
  };

  it('refuses NUL in a sign-in with a 400 naming the field, token or not (defect 2)', async () => {
    for (const field of ['login', 'deviceName'] as const) {
      const body = {
        login: shop.login,
        password: 'x',
        deviceId: randomUUID(),
        deviceName: '前台',
        [field]: 'a\u0000b',
      };
      const result = await platform.call('POST', syncPaths.signIn, { body });
      expectRefusal(result, 400);
      expect(result.body.issues[0].path).toBe(`body.${field}`);
    }
  });

  it('refuses NUL and lone surrogates in a pull position with a 400 (defect 2)', async () => {
    // A change, so the position is not beyond the latest one and reaches the database.
    const entry = outboxEntry(shop.device, 'menuCategory.create', menuCategory());
    await platform.call('POST', syncPaths.push(shop.vendorId), {
      token: shop.device.token,
      body: pushBody(shop.device, [entry]),
    });
    for (const after of ['1:entity:menuItem:%00', '1:entity:menuItem:%ED%A0%80']) {
      const path = `${syncPaths.pull(shop.vendorId)}?protocolVersion=2&cursor=0&after=${after}`;
      const result = await platform.call('GET', path, { token: shop.device.token });
      expect(result.status, after).toBeLessThan(500);
    }
    const path = `${syncPaths.pull(shop.vendorId)}?protocolVersion=2&cursor=0&after=1:entity:menuItem:%00`;
    const result = await platform.call('GET', path, { token: shop.device.token });
    expectRefusal(result, 400);
    expect(result.body.issues[0].path).toBe('query.after');
  });

  it('rejects a mutation whose text holds NUL as invalid_args, not the whole push (defect 2)', async () => {
    const category = menuCategory({ name: { zh: '面\u0000', en: null } });
    const entry = outboxEntry(shop.device, 'menuCategory.create', category);
    const result = await platform.call('POST', syncPaths.push(shop.vendorId), {
      token: shop.device.token,
      body: pushBody(shop.device, [entry]),
    });
    expect(result.status).toBe(200);
    expect(result.body.results[0]).toMatchObject({ status: 'rejected', reason: 'invalid_args' });
    expect(result.body.results[0].message).toContain('name.zh');
  });

  it('redacts every token value, however the name is encoded, and refuses two (defect 3)', async () => {
    const token = shop.device.token;
    const viaEncodedName = await fetch(
      `${platform.url}${syncPaths.poke(shop.vendorId)}?%74oken=${encodeURIComponent(token)}`,
      { method: 'HEAD' },
    );
    expect(viaEncodedName.status).toBe(200);
    const twice = await fetch(
      `${platform.url}${syncPaths.poke(shop.vendorId)}?token=${token}&token=${token}`,
    );
    expect(twice.status).toBe(400);
    await twice.text();
    const log = logLines.join('');
    expect(log).toContain('[redacted]');
    expect(log).not.toContain(token);
  });

  it('treats an upper-case vendor id as the same vendor for every token (defect 6)', async () => {
    const upper = shop.vendorId.toUpperCase();
    const stream = await openPokeStream(platform.url, shop.vendorId, shop.device.token);
    try {
      await stream.waitFor(':connected');
      for (const device of [shop.device, agency.device]) {
        const pull = await platform.call('GET', pullPath(upper), { token: device.token });
        expect(pull.status).toBe(200);
      }
      const entry = outboxEntry(shop.device, 'menuCategory.create', menuCategory());
      const push = await platform.call('POST', syncPaths.push(upper), {
        token: shop.device.token,
        body: pushBody(shop.device, [entry]),
      });
      expect(push.status).toBe(200);
      await stream.waitFor('poke');
    } finally {
      stream.close();
    }
  });

  it('answers HEAD on the poke stream with its headers and ends it (defect 7)', async () => {
    const response = await fetch(platform.url + syncPaths.poke(shop.vendorId), {
      method: 'HEAD',
      headers: { authorization: `Bearer ${shop.device.token}` },
      signal: AbortSignal.timeout(3000),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
  });

  it('rejects a stock entry dated 2026-02-31 (defect 8)', async () => {
    const category = menuCategory();
    const item = menuItem(category.id);
    const entries = [
      outboxEntry(shop.device, 'menuCategory.create', category),
      outboxEntry(shop.device, 'menuItem.create', item),
      outboxEntry(shop.device, 'menuStock.append', {
        entries: [stockEntry(item.id, 5, '2026-02-31', 'adjustment')],
      }),
    ];
    const result = await platform.call('POST', syncPaths.push(shop.vendorId), {
      token: shop.device.token,
      body: pushBody(shop.device, entries),
    });
    expect(result.body.results.map((each: { status: string }) => each.status)).toEqual([
      'applied',
      'applied',
      'rejected',
    ]);
    expect(result.body.results[2]).toMatchObject({ reason: 'invalid_args' });
    expect(result.body.results[2].message).toContain('businessDate');
  });

  it('accepts the Bearer scheme in any case (defect 10)', async () => {
    const result = await platform.call('GET', syncPaths.me, {
      headers: { authorization: `bearer ${shop.device.token}` },
    });
    expect(result.status).toBe(200);
  });

  it('reads query numbers as decimal digits only, and an empty version is a 400 (defect 10)', async () => {
    const base = syncPaths.pull(shop.vendorId);
    for (const query of [
      'protocolVersion=2&cursor=0x10',
      'protocolVersion=',
      'protocolVersion=2&limit=1e3',
    ]) {
      const result = await platform.call('GET', `${base}?${query}`, { token: shop.device.token });
      expectRefusal(result, 400);
    }
  });
});
