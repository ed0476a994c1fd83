/**
 * The e2e's "schedule a publish and see it go live at its time": a platform started with its
 * sandbox on shares one clock between the pages and the job runner, and the sandbox routes move
 * it forward and run the runner's tick now.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schedulePublish } from '../../domain/storefront/mutations';
import { PROTOCOL_VERSION, syncPaths } from '../../domain/sync/protocol';
import { sampleVendorProfile } from '../../domain/test-support/vendor-profile';
import { storefrontPaths } from '../../storefront/paths';
import { createVendor } from '../accounts/store';
import { storefrontRoutePaths } from '../http/routes-storefront';
import { startPlatform, type RunningPlatform } from '../start';
import { storefrontScheduleJob } from './schedule-job';
import { documentOf, headerBlock, noticeBlock, schedule } from './test-storefront';

const DAY = 86_400_000;

describe('the sandbox clock of a started platform', () => {
  let platform: RunningPlatform;
  let vendorId: string;
  let token: string;
  let deviceId: string;
  let seq = 0;

  const call = async (method: string, path: string, body?: unknown, auth = false) => {
    const response = await fetch(platform.url + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(auth ? { authorization: `Bearer ${token}` } : {}),
        accept: 'text/html, application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, text, json: () => JSON.parse(text) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- test bodies
  };
  const push = (name: string, args: unknown) =>
    call(
      'POST',
      syncPaths.push(vendorId),
      {
        protocolVersion: PROTOCOL_VERSION,
        deviceId,
        mutations: [
          { id: randomUUID(), name, version: 1, args, deviceId, seq: (seq += 1), createdAt: 1 },
        ],
      },
      true,
    );

  beforeAll(async () => {
    platform = await startPlatform({
      port: 0,
      logger: false,
      publicBookings: { sandbox: true },
      jobs: { kinds: [storefrontScheduleJob], intervalMs: 3_600_000 },
    });
    vendorId = await createVendor(platform.db, {
      name: '沙盒',
      login: 'sandbox@vendor.test',
      password: 'correct horse 马',
    });
    deviceId = randomUUID();
    const signIn = await call('POST', syncPaths.signIn, {
      login: 'sandbox@vendor.test',
      password: 'correct horse 马',
      deviceId,
      deviceName: '前台',
    });
    token = signIn.json().token as string;
    await push('vendorProfile.create', sampleVendorProfile({ id: vendorId, name: '沙盒小馆' }));
    expect(
      (await call('POST', storefrontRoutePaths.site(vendorId), { slug: 'sandbox-cafe' }, true))
        .status,
    ).toBe(200);
  }, 120_000);
  afterAll(() => platform.stop());

  it('moves the clock forward, ticks the jobs, and the scheduled version goes live', async () => {
    const { now } = (await call('GET', storefrontRoutePaths.sandboxClock)).json();
    const evening = noticeBlock('晚上好', 'Good evening');
    const due = schedule(documentOf([headerBlock(), evening]), now + DAY);
    expect((await push(schedulePublish.name, { schedule: due })).json().results[0].status).toBe(
      'applied',
    );
    expect(
      (await call('POST', storefrontRoutePaths.sandboxTick)).json().ran,
    ).toBeGreaterThanOrEqual(0);
    expect((await call('GET', storefrontPaths.page('sandbox-cafe'))).status).toBe(404);

    const moved = (
      await call('POST', storefrontRoutePaths.sandboxClock, { advanceMs: DAY })
    ).json();
    expect(moved.now).toBeGreaterThanOrEqual(due.publishAt);
    const ticked = (await call('POST', storefrontRoutePaths.sandboxTick)).json();
    expect(ticked.ran).toBeGreaterThanOrEqual(1);
    const page = await call('GET', storefrontPaths.page('sandbox-cafe'));
    expect(page.status).toBe(200);
    expect(page.text).toContain(`id="block-${evening.id}"`);
    const json = (await call('GET', storefrontPaths.document('sandbox-cafe'))).json();
    expect(json.version).toBe(1);
    expect(json.publishedAt).toBeGreaterThanOrEqual(due.publishAt);
  });

  it('refuses a clock moved back or a malformed body', async () => {
    const refused = await call('POST', storefrontRoutePaths.sandboxClock, { advanceMs: -5 });
    expect(refused.status).toBe(400);
    const both = await call('POST', storefrontRoutePaths.sandboxClock, { advanceMs: 1, at: 1 });
    expect(both.status).toBe(400);
  });
});

describe('a platform without its sandbox', () => {
  it('has no clock or tick routes', async () => {
    const platform = await startPlatform({ port: 0, logger: false, jobs: false });
    try {
      const clock = await fetch(platform.url + storefrontRoutePaths.sandboxClock);
      expect(clock.status).toBe(404);
      const tick = await fetch(platform.url + storefrontRoutePaths.sandboxTick, { method: 'POST' });
      expect(tick.status).toBe(404);
    } finally {
      await platform.stop();
    }
  }, 120_000);
});
