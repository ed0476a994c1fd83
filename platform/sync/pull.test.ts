import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TableChecksum } from '../../domain/sync/checksum';
import {
  PROTOCOL_VERSION,
  pullResponseSchema,
  syncPaths,
  type PullResponse,
} from '../../domain/sync/protocol';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { PulledRows, pullToEnd } from '../test/pull-client';
import { testSyncRules } from '../test/rules';
import {
  outboxEntry,
  pullPath,
  pushBody,
  resetSeqs,
  startTestPlatform,
  type Device,
  type TestPlatform,
} from '../test/server';

describe.each(backends)('pull on %s', (backend) => {
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

  const push = async (mutations: ReturnType<typeof outboxEntry>[], as = device) => {
    const result = await platform.call('POST', syncPaths.push(vendorId), {
      token: as.token,
      body: pushBody(as, mutations),
    });
    expect(result.status).toBe(200);
    return result.body;
  };
  const writeNotes = (count: number, prefix = 'n') =>
    outboxEntry(device, 'test.notes.write', {
      notes: Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, text: `第${i}条` })),
    });

  it('pages a protocol 1 console in server order, never splitting a mutation, resuming from any cursor', async () => {
    for (let i = 0; i < 7; i++) await push([writeNotes(1, `single${i}-`)]);
    await push([writeNotes(3, 'triple')]); // serverSeq 8: three rows
    for (let i = 0; i < 4; i++) await push([writeNotes(1, `late${i}-`)]);

    const v1 = { limit: 4, protocolVersion: 1 };
    const rows = new PulledRows();
    const pages = await pullToEnd(platform, vendorId, device, rows, v1);
    for (const page of pages) expect(pullResponseSchema.safeParse(page).success).toBe(true);
    const seqsByPage = pages.map((page) => page.changes.map((change) => change.serverSeq));
    expect(seqsByPage).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8, 8, 8],
      [9, 10, 11, 12],
    ]);
    expect(pages.map((page) => [page.nextCursor, page.hasMore])).toEqual([
      [4, true],
      [8, true],
      [12, false],
    ]);
    expect(pages.slice(0, 2).every((page) => page.checksums === undefined)).toBe(true);

    // A pull interrupted after page one resumes from its cursor and gets the same rest.
    const resumed = new PulledRows();
    resumed.cursor = pages[0]!.nextCursor;
    const rest = await pullToEnd(platform, vendorId, device, resumed, v1);
    expect(rest.map((page) => page.changes)).toEqual(pages.slice(1).map((page) => page.changes));
    expect(rows.tables.get('testNote')?.size).toBe(14);
    expect(pages.every((page) => page.resumeAfter === undefined)).toBe(true);
  });

  it('stops a protocol 2 page inside a large mutation and goes on from there', async () => {
    await push([writeNotes(1, 'first')]); // serverSeq 1
    await push([writeNotes(5, 'import')]); // serverSeq 2: five rows, like a menu import
    await push([writeNotes(1, 'last')]); // serverSeq 3

    const rows = new PulledRows();
    const pages = await pullToEnd(platform, vendorId, device, rows, 2);
    expect(
      pages.map((page) => page.changes.map((change) => `${change.serverSeq}:${change.id}`)),
    ).toEqual([
      ['1:first0', '2:import0'],
      ['2:import1', '2:import2'],
      ['2:import3', '2:import4'],
      ['3:last0'],
    ]);
    // Inside seq 2 the cursor stays on the last whole mutation and resumeAfter says where.
    expect(
      pages.map((page) => [page.nextCursor, page.hasMore, page.resumeAfter !== undefined]),
    ).toEqual([
      [1, true, true],
      [1, true, true],
      [2, true, false],
      [3, false, false],
    ]);
    expect(rows.checksum('testNote')).toBe(pages.at(-1)!.checksums!.testNote);

    // A row of the split mutation changed before the console got it arrives with its new change.
    const again = new PulledRows();
    again.apply(pages[0]!);
    await push([
      outboxEntry(device, 'test.notes.retitle', { id: 'import3', text: '改', by: '店长' }, 3),
    ]);
    const rest = await pullToEnd(platform, vendorId, device, again, 2);
    const seen = rest.flatMap((page) =>
      page.changes.map((change) => `${change.serverSeq}:${change.id}`),
    );
    expect(seen).toEqual(['2:import1', '2:import2', '2:import4', '3:last0', '4:import3']);
  });

  it('splits a mutation of records and ledger entries at any row, the same rows as a whole page', async () => {
    await push([writeNotes(1, 'before')]);
    await push([
      outboxEntry(device, 'test.notes.write', {
        notes: [
          { id: 'b', text: '乙' },
          { id: 'a', text: '甲' },
        ],
        topUps: ['e2', 'e1', 'e3'].map((entryId) => ({ entryId, customerId: 'c', amountFen: 100 })),
      }),
    ]);
    await push([writeNotes(1, 'after')]);
    const [whole] = await pullToEnd(platform, vendorId, device, new PulledRows(), {
      protocolVersion: 1,
    });
    expect(whole!.changes.map((change) => change.id)).toEqual([
      'before0',
      'a',
      'b',
      'e1',
      'e2',
      'e3',
      'after0',
    ]);
    for (let limit = 1; limit <= 7; limit++) {
      const pages = await pullToEnd(platform, vendorId, device, new PulledRows(), limit);
      expect(pages.every((page) => page.changes.length <= limit)).toBe(true);
      expect(pages.flatMap((page) => page.changes)).toEqual(whole!.changes);
      expect(pages.at(-1)!.checksums).toEqual(whole!.checksums);
    }
  });

  it('refuses an `after` it did not give out, saying which field', async () => {
    await push([writeNotes(3)]);
    for (const after of [
      'garbage',
      '1:entity:testNote:n0',
      '9:entity:testNote:n0',
      '2:row:testNote:n0',
    ]) {
      const cursor = after.startsWith('1:') ? 1 : 0;
      const bad = await platform.call('GET', pullPath(vendorId, cursor, { after }), {
        token: device.token,
      });
      expect([bad.status, bad.body.code, bad.body.issues?.[0]?.path]).toEqual([
        400,
        'invalid_request',
        'query.after',
      ]);
    }
  });

  it('tells every page how far the pull goes: the latest change when the page was read', async () => {
    for (let i = 0; i < 5; i++) await push([writeNotes(1, `early${i}-`)]);
    const first = await platform.call('GET', pullPath(vendorId, 0, 2), { token: device.token });
    expect(first.body).toMatchObject({ nextCursor: 2, hasMore: true, latestCursor: 5 });
    // A change pushed mid-download moves the goal of the pages read after it.
    await push([writeNotes(1, 'late')]);
    const rest = new PulledRows();
    rest.cursor = first.body.nextCursor;
    const pages = await pullToEnd(platform, vendorId, device, rest, 2);
    expect(pages.map((page) => [page.nextCursor, page.latestCursor])).toEqual([
      [4, 6],
      [6, 6],
    ]);
    const upToDate = await platform.call('GET', pullPath(vendorId, 6), { token: device.token });
    expect(upToDate.body).toMatchObject({ changes: [], nextCursor: 6, latestCursor: 6 });
    const empty = await platform.vendor('新店');
    const nothing = await platform.call('GET', pullPath(empty.vendorId), {
      token: empty.device.token,
    });
    expect(nothing.body).toMatchObject({ nextCursor: 0, hasMore: false, latestCursor: 0 });
  });

  it('returns nothing new to an up-to-date cursor, with the checksums', async () => {
    await push([writeNotes(2)]);
    const [page] = await pullToEnd(
      platform,
      vendorId,
      device,
      Object.assign(new PulledRows(), { cursor: 1 }),
    );
    expect(page).toMatchObject({ changes: [], nextCursor: 1, hasMore: false });
    expect(page?.checksums?.testNote).toMatch(/^2:/);
    expect(page?.checksums?.vendorProfile).toBe('0:0000000000000000');
  });

  it('carries deletions as tombstones and the merged state of patched records', async () => {
    await push([
      writeNotes(2),
      outboxEntry(device, 'test.notes.retitle', { id: 'n0', text: '改过', by: '店长' }, 3),
      outboxEntry(device, 'test.notes.delete', { id: 'n1' }),
    ]);
    const [page] = await pullToEnd(platform, vendorId, device, new PulledRows());
    expect(page?.changes).toEqual([
      {
        kind: 'entity',
        table: 'testNote',
        id: 'n0',
        row: { id: 'n0', text: '改过', by: '店长' },
        deleted: false,
        serverSeq: 2,
      },
      { kind: 'entity', table: 'testNote', id: 'n1', row: null, deleted: true, serverSeq: 3 },
    ]);
  });

  it("reports the device's progress and rejections consistently with each page", async () => {
    await push([writeNotes(1, 'a'), outboxEntry(device, 'menu.nope', {}), writeNotes(1, 'b')]);
    const other = await platform.signIn(login);
    await push(
      [outboxEntry(other, 'test.notes.write', { notes: [{ id: 'c', text: 'c' }] })],
      other,
    );
    const pages = await pullToEnd(platform, vendorId, device, new PulledRows(), 1);
    expect(
      pages.map((page) => [
        page.nextCursor,
        page.lastProcessedSeq,
        page.rejections.map((r) => r.seq),
      ]),
    ).toEqual([
      [1, 1, []],
      [2, 2, [2]], // seq 2 was rejected: its row is the shop's Needs-attention item
      [3, 3, []],
      [4, 3, []],
    ]);
    expect(pages[1]?.rejections[0]).toMatchObject({
      name: 'menu.nope',
      reason: 'unknown_mutation',
      serverSeq: 2,
    });
    expect(pages[1]?.changes).toMatchObject([
      { table: 'attentionItem', row: { name: 'menu.nope', reason: 'unknown_mutation' } },
    ]);
    const progress = Object.fromEntries(
      pages[3]!.devices.map((d) => [d.deviceId, d.lastProcessedSeq]),
    );
    expect(progress).toEqual({ [device.deviceId]: 3, [other.deviceId]: 1 });
    const [otherPage] = await pullToEnd(platform, vendorId, other, new PulledRows());
    expect([otherPage?.lastProcessedSeq, otherPage?.rejections]).toEqual([1, []]);
  });

  it('answers 409 to a cursor beyond the latest change and 426 to another protocol', async () => {
    await push([writeNotes(1)]);
    const ahead = await platform.call('GET', pullPath(vendorId, 5), { token: device.token });
    expect([ahead.status, ahead.body.code]).toEqual([409, 'cursor_ahead']);
    const tooNew = await platform.call(
      'GET',
      pullPath(vendorId, 0, { protocolVersion: PROTOCOL_VERSION + 1 }),
      { token: device.token },
    );
    expect([tooNew.status, tooNew.body.code]).toEqual([426, 'client_too_new']);
    const bad = await platform.call(
      'GET',
      `${syncPaths.pull(vendorId)}?protocolVersion=1&limit=0`,
      { token: device.token },
    );
    expect([bad.status, bad.body.issues[0].path]).toEqual([400, 'query.limit']);
  });

  it('gives checksums a client computes the same from its pulled rows, after any mix of edits', async () => {
    const ids = ['a', 'b', 'c', 'd'];
    const command = fc.oneof(
      fc.record({
        kind: fc.constant('write' as const),
        id: fc.constantFrom(...ids),
        text: fc.string(),
      }),
      fc.record({
        kind: fc.constant('retitle' as const),
        id: fc.constantFrom(...ids),
        text: fc.string(),
        by: fc.constantFrom('店长', 'front desk'),
      }),
      fc.record({ kind: fc.constant('delete' as const), id: fc.constantFrom(...ids) }),
      fc.record({
        kind: fc.constant('topUp' as const),
        amountFen: fc.integer({ min: 1, max: 100_000 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(command, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 6 }),
        async (commands, limit) => {
          resetSeqs();
          const shop = await platform.vendor(`店 ${randomUUID()}`);
          [vendorId, device] = [shop.vendorId, shop.device];
          await push(
            commands.map((c) => {
              switch (c.kind) {
                case 'write':
                  return outboxEntry(device, 'test.notes.write', {
                    notes: [{ id: c.id, text: c.text }],
                  });
                case 'retitle':
                  return outboxEntry(
                    device,
                    'test.notes.retitle',
                    { id: c.id, text: c.text, by: c.by },
                    3,
                  );
                case 'delete':
                  return outboxEntry(device, 'test.notes.delete', { id: c.id });
                case 'topUp':
                  return outboxEntry(device, 'test.storedValue.topUp', {
                    entryId: randomUUID(),
                    customerId: 'c',
                    amountFen: c.amountFen,
                  });
              }
            }),
          );
          const rows = new PulledRows();
          const pages: PullResponse[] = await pullToEnd(platform, vendorId, device, rows, limit);
          const checksums = pages.at(-1)!.checksums!;
          for (const table of ['testNote', 'storedValueEntry']) {
            expect(rows.checksum(table)).toBe(checksums[table] ?? '0:0000000000000000');
            expect(await recomputedChecksum(table)).toBe(checksums[table] ?? '0:0000000000000000');
          }
        },
      ),
      { numRuns: 12, seed: 20261124 },
    );
  });

  /** The checksum from the stored rows themselves, to prove the running sums stay right. */
  async function recomputedChecksum(table: string): Promise<string> {
    const sum = new TableChecksum();
    const rows = await platform.db.query<{ data: Record<string, unknown> }>(
      `select data from entities where vendor_id = $1 and tbl = $2 and not deleted
       union all select data from ledger_entries where vendor_id = $1 and tbl = $2`,
      [vendorId, table],
    );
    for (const row of rows) sum.add(row.data);
    return sum.toString();
  }
});
