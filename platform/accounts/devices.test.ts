/**
 * Defect 1 of issue 9: a device id is bound to the secret issued with it, pulls list only the
 * asking account's devices, and a mutation id is processed once whoever sends it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncPaths } from '../../domain/sync/protocol';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { menuCategory, menuItem, stockEntry } from '../test/fixtures';
import {
  outboxEntry,
  PASSWORD,
  pullPath,
  pushBody,
  startTestPlatform,
  type Device,
  type TestPlatform,
} from '../test/server';

describe.each(backends)('devices and mutation ids on %s', (backend) => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform(backend, {
      signInLimit: { addressFailures: 100_000 },
    });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  const signIn = (login: string, deviceId: string, deviceSecret?: string) =>
    platform.call('POST', syncPaths.signIn, {
      body: { login, password: PASSWORD, deviceId, deviceName: '前台电脑', deviceSecret },
    });

  const push = (vendorId: string, device: Device, entries: ReturnType<typeof outboxEntry>[]) =>
    platform.call('POST', syncPaths.push(vendorId), {
      token: device.token,
      body: pushBody(device, entries),
    });

  const entryAt = (device: Device, seq: number, name: string, args: unknown) => ({
    ...outboxEntry(device, name, args),
    seq,
  });

  it('keeps one device id for the owner and a provider on the same computer, with its secret', async () => {
    const shop = await platform.vendor('老王面馆');
    const agency = await platform.provider('好运服务商', [shop.vendorId]);
    const computer = randomUUID();
    const owner = await signIn(shop.login, computer);
    expect(owner.body).toMatchObject({ deviceId: computer, deviceSecret: expect.any(String) });
    const agencyLogin = agency.device.signIn.account.login;
    const provider = await signIn(agencyLogin, computer, owner.body.deviceSecret);
    expect(provider.body.deviceId).toBe(computer);
    expect(provider.body.deviceSecret).toBeUndefined();
  });

  it("gives a known device id to no one without its secret, so a front desk's changes are never taken for duplicates", async () => {
    const shop = await platform.vendor('小李美发');
    const agency = await platform.provider('Agency', [shop.vendorId]);
    const category = menuCategory();
    expect(
      (
        await push(shop.vendorId, shop.device, [
          entryAt(shop.device, 1, 'menuCategory.create', category),
        ])
      ).status,
    ).toBe(200);

    const seenByAgency = await platform.call('GET', pullPath(shop.vendorId), {
      token: agency.device.token,
    });
    const listed = seenByAgency.body.devices.map((device: { deviceId: string }) => device.deviceId);
    expect(listed).not.toContain(shop.device.deviceId);

    const hijack = await signIn(agency.device.signIn.account.login, shop.device.deviceId);
    expect(hijack.status).toBe(200);
    expect(hijack.body.deviceId).not.toBe(shop.device.deviceId);
    const intruder: Device = {
      deviceId: hijack.body.deviceId,
      token: hijack.body.token,
      signIn: hijack.body,
    };
    const pushedByIntruder = [2, 3, 4].map((seq) =>
      entryAt(intruder, seq, 'menuItem.create', menuItem(category.id)),
    );
    const intruded = await push(shop.vendorId, intruder, pushedByIntruder);
    expect(intruded.body.gap).toMatchObject({ expectedSeq: 1 });

    const frontDesk = await push(shop.vendorId, shop.device, [
      entryAt(shop.device, 2, 'menuItem.create', menuItem(category.id)),
    ]);
    expect(frontDesk.body.results[0].status).toBe('applied');
    expect(frontDesk.body.lastProcessedSeq).toBe(2);
  });

  it('answers a mutation id seen before as duplicate with its first verdict, from any device, and moves that device on', async () => {
    const shop = await platform.vendor('好再来');
    const restored = await platform.signIn(shop.login);
    const category = menuCategory();
    const item = menuItem(category.id);
    const create = entryAt(shop.device, 1, 'menuCategory.create', category);
    const createItem = entryAt(shop.device, 2, 'menuItem.create', item);
    const stock = entryAt(shop.device, 3, 'menuStock.append', {
      entries: [stockEntry(item.id, 10, '2026-03-01', 'adjustment')],
    });
    const bad = entryAt(shop.device, 4, 'menuStock.append', { entries: [] });
    const first = await push(shop.vendorId, shop.device, [create, createItem, stock, bad]);
    expect(first.body.results.map((r: { status: string }) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'rejected',
    ]);
    const [{ count: before } = { count: -1 }] = await platform.db.query<{ count: number }>(
      'select count(*)::int as count from ledger_entries where vendor_id = $1',
      [shop.vendorId],
    );

    // The same changes from a backup restored on a second computer: other device, other seqs.
    const again = [stock, bad].map((entry, index) => ({
      ...entry,
      deviceId: restored.deviceId,
      seq: index + 1,
    }));
    const second = await push(shop.vendorId, restored, again);
    expect(second.status).toBe(200);
    expect(second.body.lastProcessedSeq).toBe(2);
    expect(second.body.results).toMatchObject([
      {
        status: 'duplicate',
        seq: 1,
        verdict: { status: 'applied', serverSeq: first.body.results[2].serverSeq },
      },
      { status: 'duplicate', seq: 2, verdict: { status: 'rejected', reason: 'invalid_args' } },
    ]);
    const [{ count: after } = { count: -2 }] = await platform.db.query<{ count: number }>(
      'select count(*)::int as count from ledger_entries where vendor_id = $1',
      [shop.vendorId],
    );
    expect(after).toBe(before);
    const pulled = await platform.call('GET', pullPath(shop.vendorId), { token: restored.token });
    expect(pulled.body.lastProcessedSeq).toBe(2);
    const next = await push(shop.vendorId, restored, [
      entryAt(restored, 3, 'menuCategory.create', menuCategory()),
    ]);
    expect(next.body.results[0].status).toBe('applied');
  });

  it('holds a unique index on (vendor, mutation id) for first verdicts', async () => {
    const indexes = await platform.db.query<{ definition: string }>(
      `select indexdef as definition from pg_indexes
       where schemaname = current_schema() and indexname = 'mutation_results_by_mutation'`,
    );
    expect(indexes[0]?.definition).toMatch(/UNIQUE INDEX .*\(vendor_id, mutation_id\)/);
  });
});
