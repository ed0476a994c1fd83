/**
 * Platform-originated changes: a customer who signed up in the mini-program is created by the
 * platform itself, under the shop's platform device, and every desk pulls it like any change —
 * with a server seq, its lookups written, checksums that agree, a poke to connected consoles, and
 * the same invariants as a push.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { newCustomer, storedValueCharge, topUpArgs } from '../test/customers';
import { openPokeStream } from '../test/poke-stream';
import { PulledRows, pullToEnd } from '../test/pull-client';
import {
  outboxEntry,
  pushAccepted,
  resetSeqs,
  startTestPlatform,
  type Device,
  type TestPlatform,
} from '../test/server';
import { originate, platformDeviceId } from './originate';
import { defaultSyncRules } from './rules';

describe.each(backends)('platform-originated changes on %s', (backend) => {
  let platform: TestPlatform;
  let vendorId: string;
  let desk: Device;

  beforeAll(async () => {
    platform = await startTestPlatform(backend, { signInLimit: { addressFailures: 100_000 } });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  beforeEach(async () => {
    resetSeqs();
    ({ vendorId, device: desk } = await platform.vendor('老王面馆'));
  });

  it('creates a mini-program customer that a desk pulls, under the next server seq and the platform device', async () => {
    await pushAccepted(platform, vendorId, desk, [
      outboxEntry(desk, 'customer.create', newCustomer({ name: '门店客人' })),
    ]);
    const rows = new PulledRows();
    await pullToEnd(platform, vendorId, desk, rows);
    const before = rows.cursor;

    const poke = await openPokeStream(platform.url, vendorId, desk.token);
    await poke.waitFor(':connected');
    const person = newCustomer(
      { name: '小程序用户', phone: '13600000000' },
      { source: 'miniProgram' },
    );
    const result = await originate(platform.db, defaultSyncRules, vendorId, {
      name: 'customer.create',
      args: person,
    });
    expect(result).toMatchObject({ status: 'applied', serverSeq: before + 1 });
    await poke.waitFor('poke'); // the desk's console is told at once
    poke.close();

    const pages = await pullToEnd(platform, vendorId, desk, rows);
    expect(rows.cursor).toBe(before + 1);
    expect(rows.tables.get('customer')?.get(person.customer.id)).toMatchObject({
      source: 'miniProgram',
    });
    expect(rows.tables.get('customerPersonal')?.get(person.customer.id)).toMatchObject({
      name: '小程序用户',
    });
    const checksums = pages.at(-1)!.checksums!;
    expect(checksums.customer).toBe(rows.checksum('customer'));
    expect(checksums.customerPersonal).toBe(rows.checksum('customerPersonal'));
    const [made] = await platform.db.query<{ device_id: string; seq: number }>(
      'select device_id, seq from mutation_results where vendor_id = $1 and mutation_id = $2',
      [vendorId, result.mutationId],
    );
    expect(made).toEqual({ device_id: platformDeviceId(vendorId), seq: 1 });
  });

  it('is judged by the same rules, counts once by id, and numbers its own changes without gaps', async () => {
    const person = newCustomer({}, { source: 'miniProgram' });
    const id = newId();
    const first = await originate(platform.db, defaultSyncRules, vendorId, {
      id,
      name: 'customer.create',
      args: person,
    });
    const again = await originate(platform.db, defaultSyncRules, vendorId, {
      id,
      name: 'customer.create',
      args: person,
    });
    expect(first.status).toBe('applied');
    expect(again).toMatchObject({ status: 'duplicate', verdict: { status: 'applied' } });

    await originate(platform.db, defaultSyncRules, vendorId, {
      name: 'storedValue.topUp',
      args: topUpArgs(person.customer.id, 1_000),
    });
    // Two concurrent platform spends of the same ¥10: the invariants hold for the platform too.
    const spends = await Promise.all(
      [0, 1].map(() =>
        originate(platform.db, defaultSyncRules, vendorId, {
          name: 'customer.charge',
          args: storedValueCharge(person.customer.id, 1_000),
        }),
      ),
    );
    expect(spends.map((s) => s.status).sort()).toEqual(['applied', 'rejected']);
    const seqs = await platform.db.query<{ seq: number }>(
      `select seq from mutation_results where vendor_id = $1 and device_id = $2 order by seq`,
      [vendorId, platformDeviceId(vendorId)],
    );
    expect(seqs.map((row) => Number(row.seq))).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses what no desk may send, and a desk cannot send what only the platform makes', async () => {
    await expect(
      originate(platform.db, defaultSyncRules, vendorId, { name: 'no.such', args: {} }),
    ).rejects.toThrow(/unknown mutation/);
    const pushed = await pushAccepted(platform, vendorId, desk, [
      outboxEntry(desk, 'points.expire', { entries: [] }),
    ]);
    expect(pushed.results[0]).toMatchObject({ status: 'rejected', reason: 'unknown_mutation' });
  });
});
