import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { syncPaths } from '../../domain/sync/protocol';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { vendorProfile } from '../test/fixtures';
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

describe.each(backends)('push on %s', (backend) => {
  let platform: TestPlatform;
  let vendorId: string;
  let device: Device;
  let login: string;

  beforeAll(async () => {
    platform = await startTestPlatform(backend, {
      rules: testSyncRules,
      signInLimit: { addressFailures: 100_000 },
    });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());
  beforeEach(async () => {
    resetSeqs();
    ({ vendorId, device, login } = await platform.vendor('老王面馆'));
  });

  const push = (mutations: ReturnType<typeof outboxEntry>[], as = device, extra: object = {}) =>
    platform.call('POST', syncPaths.push(vendorId), {
      token: as.token,
      body: { ...pushBody(as, mutations), ...extra },
    });

  const snapshot = () => vendorSnapshot(platform.db, vendorId);
  const profileRow = async (id: string) =>
    (
      await platform.db.query<{ data: Record<string, unknown> }>(
        'select data from entities where vendor_id = $1 and id = $2',
        [vendorId, id],
      )
    )[0]?.data;

  it('applies a batch in order and reports each mutation and the last processed seq', async () => {
    const profile = vendorProfile();
    const create = outboxEntry(device, 'vendorProfile.create', profile);
    const rename = outboxEntry(device, 'vendorProfile.update', {
      id: profile.id,
      name: '老王黄焖鸡',
    });
    const result = await push([create, rename]);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      results: [
        { status: 'applied', mutationId: create.id, seq: 1, serverSeq: 1 },
        { status: 'applied', mutationId: rename.id, seq: 2, serverSeq: 2 },
      ],
      lastProcessedSeq: 2,
    });
    expect(await profileRow(profile.id)).toEqual({ ...profile, name: '老王黄焖鸡' });
  });

  it('acknowledges a repeated push as duplicates without applying anything again', async () => {
    const profile = vendorProfile();
    const batch = [
      outboxEntry(device, 'vendorProfile.create', profile),
      outboxEntry(device, 'vendorProfile.update', { id: profile.id, phone: '13900001111' }),
    ];
    await push(batch);
    const before = await snapshot();
    const again = await push(batch);
    expect(again.body.results.map((r: { status: string }) => r.status)).toEqual([
      'duplicate',
      'duplicate',
    ]);
    expect(again.body.lastProcessedSeq).toBe(2);
    expect(await snapshot()).toEqual(before);
  });

  it('applies the new tail of a batch whose head was already processed', async () => {
    const profile = vendorProfile();
    const first = outboxEntry(device, 'vendorProfile.create', profile);
    await push([first]);
    const second = outboxEntry(device, 'vendorProfile.update', {
      id: profile.id,
      address: '北京市朝阳区',
    });
    const result = await push([first, second]);
    expect(result.body.results.map((r: { status: string }) => r.status)).toEqual([
      'duplicate',
      'applied',
    ]);
    expect((await profileRow(profile.id))?.address).toBe('北京市朝阳区');
  });

  it('stops at a gap, applying what came before it and nothing after', async () => {
    const profile = vendorProfile();
    const one = outboxEntry(device, 'vendorProfile.create', profile);
    const two = outboxEntry(device, 'vendorProfile.update', { id: profile.id, name: 'two' });
    const three = outboxEntry(device, 'vendorProfile.update', { id: profile.id, name: 'three' });
    const onlyThree = await push([three]);
    expect(onlyThree.body).toEqual({
      results: [],
      lastProcessedSeq: 0,
      gap: { expectedSeq: 1, receivedSeq: 3 },
    });
    expect(await profileRow(profile.id)).toBeUndefined();
    const oneAndThree = await push([one, three]);
    expect(oneAndThree.body.gap).toEqual({ expectedSeq: 2, receivedSeq: 3 });
    expect(oneAndThree.body.lastProcessedSeq).toBe(1);
    const resent = await push([three, two]); // out of order in the batch: applied in seq order
    expect(resent.body.results.map((r: { seq: number }) => r.seq)).toEqual([2, 3]);
    expect((await profileRow(profile.id))?.name).toBe('three');
  });

  it('rejects unknown names and bad arguments permanently, and the queue moves on', async () => {
    const profile = vendorProfile();
    const unknown = outboxEntry(device, 'menu.explode', { id: 'x' });
    const badArgs = outboxEntry(device, 'vendorProfile.create', { ...profile, phone: 42 });
    const good = outboxEntry(device, 'vendorProfile.create', profile);
    const result = await push([unknown, badArgs, good]);
    expect(result.body.results).toMatchObject([
      { status: 'rejected', reason: 'unknown_mutation', seq: 1, name: 'menu.explode' },
      {
        status: 'rejected',
        reason: 'invalid_args',
        seq: 2,
        message: expect.stringMatching(/^phone:/),
      },
      { status: 'applied', seq: 3 },
    ]);
    expect(result.body.lastProcessedSeq).toBe(3);
    const rows = await platform.db.query(
      "select id from entities where vendor_id = $1 and tbl <> 'attentionItem'",
      [vendorId],
    );
    expect(rows).toEqual([{ id: profile.id }]);
    // Both rejections are on the shop's Needs attention list, without the unparsed arguments.
    const attention = await platform.db.query(
      `select id, data ->> 'reason' as reason, data -> 'args' as args from entities
       where vendor_id = $1 and tbl = 'attentionItem' order by seq`,
      [vendorId],
    );
    expect(attention).toEqual([
      { id: unknown.id, reason: 'unknown_mutation', args: null },
      { id: badArgs.id, reason: 'invalid_args', args: null },
    ]);
    expect((await push([unknown])).body.results[0].status).toBe('duplicate');
  });

  it('rejects a value PostgreSQL cannot store instead of failing the push forever', async () => {
    const before = outboxEntry(device, 'test.notes.write', { notes: [{ id: 'first', text: '1' }] });
    const badText = outboxEntry(
      device,
      'vendorProfile.create',
      vendorProfile({ name: 'nul\u0000name' }),
    );
    const badId = outboxEntry(device, 'test.notes.write', {
      notes: [{ id: 'x\u0000', text: 'x' }],
    });
    const after = outboxEntry(device, 'test.notes.write', { notes: [{ id: 'after', text: '2' }] });
    const result = await push([before, badText, badId, after]);
    expect(result.body.results).toMatchObject([
      { status: 'applied', serverSeq: 1 },
      {
        status: 'rejected',
        reason: 'invalid_args',
        // Refused at the boundary now (domain/text.ts), before PostgreSQL could refuse it.
        message: expect.stringMatching(/^name: NUL or a lone surrogate/),
      },
      { status: 'rejected', reason: 'invalid_args' },
      { status: 'applied', serverSeq: 4 },
    ]);
    const { entities } = await snapshot();
    const notes = entities.filter((row) => row.tbl !== 'attentionItem');
    expect(notes.map((row) => row.id)).toEqual(['after', 'first']);
    const attention = entities.filter((row) => row.tbl === 'attentionItem');
    expect(attention.map((row) => row.id).sort()).toEqual([badText.id, badId.id].sort());
    const [checksum] = await platform.db.query<{ row_count: number }>(
      "select row_count from table_checksums where vendor_id = $1 and tbl = 'testNote'",
      [vendorId],
    );
    expect(checksum?.row_count).toBe(2);
  });

  it('checks invariants: a spend beyond the balance is rejected with the facts, the rest counts', async () => {
    const customerId = randomUUID();
    const entry = (amountFen: number) => ({ entryId: randomUUID(), customerId, amountFen });
    const result = await push([
      outboxEntry(device, 'test.storedValue.topUp', entry(10_000)),
      outboxEntry(device, 'test.storedValue.spend', entry(6_000)),
      outboxEntry(device, 'test.storedValue.spend', entry(5_000)),
      outboxEntry(device, 'test.storedValue.spend', entry(4_000)),
    ]);
    expect(result.body.results.map((r: { status: string }) => r.status)).toEqual([
      'applied',
      'applied',
      'rejected',
      'applied',
    ]);
    expect(result.body.results[2]).toMatchObject({
      reason: 'invariant_violated',
      rule: 'storedValue.balanceBelowZero',
      details: { balanceFen: 4_000, requestedFen: 5_000 },
    });
    const [balance] = await platform.db.query<{ total: number }>(
      "select sum((data->>'amountFen')::int)::int as total from ledger_entries where vendor_id = $1",
      [vendorId],
    );
    expect(balance?.total).toBe(0);
  });

  it('counts a ledger entry once even when two mutations append the same entry id', async () => {
    const same = { entryId: randomUUID(), customerId: 'c', amountFen: 500 };
    await push([
      outboxEntry(device, 'test.storedValue.topUp', same),
      outboxEntry(device, 'test.storedValue.topUp', same),
    ]);
    expect((await snapshot()).ledger).toHaveLength(1);
  });

  it('accepts the previous version of a mutation through its upgrade and refuses older ones', async () => {
    await push([outboxEntry(device, 'test.notes.write', { notes: [{ id: 'n1', text: 'a' }] })]);
    const result = await push([
      outboxEntry(device, 'test.notes.retitle', { id: 'n1', text: 'from v2' }, 2),
      outboxEntry(device, 'test.notes.retitle', { id: 'n1', text: 'from v1' }, 1),
    ]);
    expect(result.body.results).toMatchObject([
      { status: 'applied' },
      { status: 'rejected', reason: 'unsupported_version' },
    ]);
    expect(await profileRow('n1')).toEqual({ id: 'n1', text: 'from v2', by: 'unknown' });
  });

  it('applies concurrent pushes of two devices once each, numbering changes without holes', async () => {
    const second = await platform.signIn(login);
    const queue = (as: Device) =>
      Array.from({ length: 5 }, () => outboxEntry(as, 'vendorProfile.create', vendorProfile()));
    const [first, other] = [queue(device), queue(second)];
    // Each device's queue three times over, concurrently, as a retrying network might deliver it.
    const sends = [1, 2, 3].flatMap(() => [push(first, device), push(other, second)]);
    const responses = await Promise.all(sends);
    expect(responses.every((response) => response.status === 200)).toBe(true);
    const results = await platform.db.query<{ server_seq: number }>(
      'select server_seq from mutation_results where vendor_id = $1 order by server_seq',
      [vendorId],
    );
    expect(results).toHaveLength(10);
    expect(results.map((row) => row.server_seq)).toEqual(results.map((_, index) => index + 1));
    expect((await snapshot()).entities).toHaveLength(10);
  });
});
