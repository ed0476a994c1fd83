import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { syncPaths } from '../../domain/sync/protocol';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { vendorProfile } from '../test/fixtures';
import { DEFAULT_BODY_LIMIT } from '../http/app';
import { testSyncRules } from '../test/rules';
import {
  outboxEntry,
  pushBody,
  resetSeqs,
  startTestPlatform,
  vendorSnapshot,
  type Device,
  type TestPlatform,
} from '../test/server';

describe.each(backends)('push validation on %s', (backend) => {
  let platform: TestPlatform;
  let vendorId: string;
  let device: Device;

  beforeAll(async () => {
    platform = await startTestPlatform(backend, {
      rules: testSyncRules,
      signInLimit: { addressFailures: 100_000 },
    });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());
  beforeEach(async () => {
    resetSeqs();
    ({ vendorId, device } = await platform.vendor('老王面馆'));
  });

  const push = (mutations: ReturnType<typeof outboxEntry>[], as = device, extra: object = {}) =>
    platform.call('POST', syncPaths.push(vendorId), {
      token: as.token,
      body: { ...pushBody(as, mutations), ...extra },
    });

  const snapshot = () => vendorSnapshot(platform.db, vendorId);
  it('answers 426 to a protocol or mutation version newer or older than the platform, applying nothing', async () => {
    const before = await snapshot();
    const create = outboxEntry(device, 'vendorProfile.create', vendorProfile());
    const tooNewProtocol = await push([create], device, { protocolVersion: 99 });
    expect([tooNewProtocol.status, tooNewProtocol.body.code]).toEqual([426, 'client_too_new']);
    const tooOld = await push([create], device, { protocolVersion: 0 });
    expect([tooOld.status, tooOld.body.code]).toEqual([426, 'client_too_old']);
    const newerMutation = await push([
      create,
      outboxEntry(device, 'vendorProfile.update', { id: randomUUID() }, 2),
    ]);
    expect([newerMutation.status, newerMutation.body.code]).toEqual([426, 'client_too_new']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses malformed pushes with a 4xx naming the problem, changing nothing', async () => {
    await push([outboxEntry(device, 'vendorProfile.create', vendorProfile())]);
    const before = await snapshot();
    const valid = pushBody(device, [outboxEntry(device, 'vendorProfile.create', vendorProfile())]);
    const cases: [
      string,
      { body?: unknown; raw?: string; headers?: Record<string, string> },
      number,
      string,
    ][] = [
      ['mutations not an array', { body: { ...valid, mutations: 'all' } }, 400, 'body.mutations'],
      [
        'seq as a string',
        { body: { ...valid, mutations: [{ ...valid.mutations[0], seq: '2' }] } },
        400,
        'body.mutations.0.seq',
      ],
      ['missing deviceId', { body: { ...valid, deviceId: undefined } }, 400, 'body.deviceId'],
      [
        'missing mutation id',
        { body: { ...valid, mutations: [{ ...valid.mutations[0], id: undefined }] } },
        400,
        'body.mutations.0.id',
      ],
      [
        '501 mutations',
        { body: { ...valid, mutations: Array(501).fill(valid.mutations[0]) } },
        400,
        'body.mutations',
      ],
      [
        'a mutation name that is not an identifier',
        { body: { ...valid, mutations: [{ ...valid.mutations[0], name: 'menu\u0000.x' }] } },
        400,
        'body.mutations.0.name',
      ],
      [
        'broken JSON',
        { raw: '{"mutations": [', headers: { 'content-type': 'application/json' } },
        400,
        '',
      ],
      ['no body', {}, 400, ''],
      ['another device', { body: { ...valid, deviceId: randomUUID() } }, 400, ''],
      [
        'a mutation of another device',
        { body: { ...valid, mutations: [{ ...valid.mutations[0], deviceId: randomUUID() }] } },
        400,
        '',
      ],
      [
        'body over the limit',
        { body: { ...valid, padding: 'x'.repeat(DEFAULT_BODY_LIMIT) } },
        413,
        '',
      ],
    ];
    for (const [what, init, status, path] of cases) {
      const result = await platform.call('POST', syncPaths.push(vendorId), {
        token: device.token,
        ...init,
      });
      expect([what, result.status]).toEqual([what, status]);
      expect(typeof result.body.code).toBe('string');
      expect(result.body.message.length).toBeGreaterThan(0);
      if (path) expect(result.body.issues[0].path).toBe(path);
    }
    expect(await snapshot()).toEqual(before);
  });
});
