import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupRegistry, type EntityTable, type LedgerTable } from '../../domain/mutations/tables';
import { fieldLookup } from '../../domain/parts/define';
import type { InvariantRead } from '../../domain/sync/invariants';
import { memoryLoader } from '../../domain/sync/test-support/memory-loader';
import { createVendor } from '../accounts/store';
import { migrate } from '../db/migrate';
import { backends, openTestDatabase, SETUP_TIMEOUT_MS, type TestDatabase } from '../test/backends';
import { applyRowOps, ChecksumDeltas } from './apply-ops';
import { invariantLoader } from './invariant-state';

// Test tables, kept out of the product's table list by the casts.
const bookings = 'testBooking' as EntityTable;
const points = 'testPointsEntry' as LedgerTable;
const holds = 'testHold' as EntityTable;

const testLookups = lookupRegistry([
  {
    name: bookings,
    kind: 'entity',
    lookups: { tableId: fieldLookup('tableId'), day: fieldLookup('day') },
  },
  {
    name: points,
    kind: 'ledger',
    lookups: { customerId: fieldLookup('customerId'), day: fieldLookup('day') },
  },
  {
    name: holds,
    kind: 'entity',
    lookups: {
      // A booking's tables, each held from its start to its end; a cancelled one holds none.
      resource: {
        version: 1,
        values: (row) => (row.cancelled ? [] : (row.resourceIds as string[])),
        span: (row) => ({ start: Number(row.start), end: Number(row.end) }),
      },
    },
  },
]);

const bookingRows = [
  { id: 'b1', tableId: 't1', day: '2026-03-06', guests: 2 },
  { id: 'b2', tableId: 't1', day: '2026-03-07', guests: 4 },
  { id: 'b3', tableId: 't2', day: '2026-03-06', guests: 4 },
];
const pointRows = [
  { id: 'p1', customerId: 'c1', day: '2026-03-06', points: 10 },
  { id: 'p2', customerId: 'c1', day: '2026-03-06', points: -3 },
  { id: 'p3', customerId: 'c1', day: '2026-03-07', points: 7 },
  { id: 'p4', customerId: 'c2', day: '2026-03-06', points: 100 },
];

const reads: InvariantRead[] = [
  { kind: 'entity', table: bookings, id: 'b2' },
  { kind: 'entity', table: bookings, id: 'none' },
  { kind: 'entitiesWhere', table: bookings, field: 'tableId', equals: 't1' },
  {
    kind: 'entitiesWhere',
    table: bookings,
    field: 'tableId',
    equals: 't1',
    and: { day: '2026-03-06' },
  },
  {
    kind: 'entitiesWhere',
    table: bookings,
    field: 'day',
    equals: '2026-03-06',
    and: { guests: 4 },
  },
  { kind: 'ledgerSum', table: points, field: 'customerId', equals: 'c1', sum: 'points' },
  {
    kind: 'ledgerSum',
    table: points,
    field: 'customerId',
    equals: 'c1',
    and: { day: '2026-03-06' },
    sum: 'points',
  },
  { kind: 'ledgerCount', table: points, field: 'day', equals: '2026-03-06' },
  {
    kind: 'ledgerCount',
    table: points,
    field: 'day',
    equals: '2026-03-06',
    and: { customerId: 'c2' },
  },
  { kind: 'ledgerCount', table: points, field: 'customerId', equals: 'nobody' },
  { kind: 'entitiesMatchingAny', table: bookings, field: 'tableId', values: ['t2', 't1', 'none'] },
];

describe.each(backends)('invariant state on %s', (backend) => {
  let test: TestDatabase;
  let vendorId: string;

  beforeAll(async () => {
    test = await openTestDatabase(backend);
    await migrate(test.db);
    vendorId = await createVendor(test.db, {
      name: '老王',
      login: 'state@vendor.test',
      password: 'pw123456',
    });
    const ops = [
      ...bookingRows.map((row) => ({ op: 'put' as const, table: bookings, row })),
      ...pointRows.map((row) => ({ op: 'append' as const, table: points, row })),
    ];
    await test.db.transaction((tx) =>
      applyRowOps(tx, vendorId, 1, ops, new ChecksumDeltas(), testLookups),
    );
  }, SETUP_TIMEOUT_MS);
  afterAll(() => test.drop());

  it('loads every kind of read, narrowed by `and`, exactly as the pure rules expect', async () => {
    const expected = memoryLoader({
      entities: { [bookings]: bookingRows },
      ledgers: { [points]: pointRows },
    });
    const loaded = await test.db.transaction(async (tx) => {
      const load = invariantLoader(tx, vendorId, testLookups);
      return Promise.all(reads.map((read) => load(read)));
    });
    expect(loaded).toEqual(await Promise.all(reads.map((read) => expected(read))));
    // ...and the expectations are not vacuous.
    expect(loaded).toEqual([
      bookingRows[1],
      null,
      [bookingRows[0], bookingRows[1]],
      [bookingRows[0]],
      [bookingRows[2]],
      14,
      7,
      3,
      1,
      0,
      [bookingRows[0], bookingRows[1], bookingRows[2]],
    ]);
  });

  it('reads by a list of values (`in`) and the newest entries (`ledgerLatest`), as the pure rules expect', async () => {
    // A later entry whose id sorts first: newest means highest change number, not highest id.
    const later = { id: 'a0', customerId: 'c2', day: '2026-03-08', points: -40 };
    const listReads: InvariantRead[] = [
      { kind: 'ledgerSum', table: points, field: 'customerId', in: ['c1', 'c2'], sum: 'points' },
      {
        kind: 'ledgerSum',
        table: points,
        field: 'customerId',
        in: ['c2', 'nobody'],
        sum: 'points',
      },
      { kind: 'ledgerSum', table: points, field: 'customerId', in: [], sum: 'points' },
      { kind: 'ledgerCount', table: points, field: 'customerId', in: ['c1', 'c2', 'c1'] },
      {
        kind: 'ledgerCount',
        table: points,
        field: 'customerId',
        in: ['c1', 'c2'],
        and: { day: '2026-03-06' },
      },
      { kind: 'ledgerLatest', table: points, field: 'customerId', in: ['c1', 'c2'], limit: 3 },
      { kind: 'ledgerLatest', table: points, field: 'customerId', equals: 'c1', limit: 10 },
      {
        kind: 'ledgerLatest',
        table: points,
        field: 'customerId',
        in: ['c1', 'c2'],
        and: { day: '2026-03-06' },
        limit: 2,
      },
      { kind: 'entitiesWhere', table: bookings, field: 'tableId', in: ['t2', 't1'] },
    ];
    const expected = memoryLoader({
      entities: { [bookings]: bookingRows },
      ledgers: { [points]: [...pointRows, later] },
    });
    const loaded = await test.db
      .transaction(async (tx) => {
        const ops = [{ op: 'append' as const, table: points, row: later }];
        await applyRowOps(tx, vendorId, 2, ops, new ChecksumDeltas(), testLookups);
        const load = invariantLoader(tx, vendorId, testLookups);
        const answers = [];
        for (const read of listReads) answers.push(await load(read));
        throw Object.assign(new Error('roll back'), { answers });
      })
      .catch((error: { answers?: unknown }) => error.answers);
    expect(loaded).toEqual(await Promise.all(listReads.map((read) => expected(read))));
    const [p1, p2, p3, p4] = pointRows;
    expect(loaded).toEqual([74, 60, 0, 5, 3, [later, p4, p3], [p3, p2, p1], [p4, p2], bookingRows]);
  });

  it('finds the rows whose span overlaps [start, end) under a lookup, end exclusive, and follows edits', async () => {
    const holdRows = [
      { id: 'h1', resourceIds: ['t1', 't2'], start: 1000, end: 2000, cancelled: false },
      { id: 'h2', resourceIds: ['t1'], start: 2000, end: 3000, cancelled: false },
      { id: 'h3', resourceIds: ['t2'], start: 500, end: 5000, cancelled: true },
      { id: 'h4', resourceIds: ['t3'], start: 0, end: 10_000, cancelled: false },
    ];
    const overlapping = (values: string[], start: number, end: number): InvariantRead => ({
      kind: 'entitiesOverlapping',
      table: holds,
      field: 'resource',
      in: values,
      start,
      end,
    });
    const spanReads = [
      overlapping(['t1'], 1500, 2500),
      overlapping(['t1'], 2000, 2001),
      overlapping(['t1', 't2'], 0, 1000),
      overlapping(['t2'], 1999, 4000),
      overlapping(['t3', 't1'], 2999, 3000),
    ];
    const answers = await test.db
      .transaction(async (tx) => {
        const put = holdRows.map((row) => ({ op: 'put' as const, table: holds, row }));
        await applyRowOps(tx, vendorId, 3, put, new ChecksumDeltas(), testLookups);
        const load = invariantLoader(tx, vendorId, testLookups);
        const before = [];
        for (const read of spanReads) before.push(await load(read));
        // Moving h2 later and cancelling h1 moves and drops their spans.
        const edits = [
          { op: 'patch' as const, table: holds, id: 'h2', fields: { start: 4000, end: 4500 } },
          { op: 'patch' as const, table: holds, id: 'h1', fields: { cancelled: true } },
        ];
        await applyRowOps(tx, vendorId, 4, edits, new ChecksumDeltas(), testLookups);
        const after = [
          await load(overlapping(['t1', 't2'], 0, 3500)),
          await load(overlapping(['t1'], 4499, 4500)),
        ];
        throw Object.assign(new Error('roll back'), { answers: { before, after } });
      })
      .catch((error: { answers?: unknown }) => error.answers);
    const [h1, h2, , h4] = holdRows;
    const expected = memoryLoader({ entities: { [holds]: holdRows } }, testLookups);
    expect(answers).toEqual({
      before: await Promise.all(spanReads.map((read) => expected(read))),
      after: [[], [{ ...h2, start: 4000, end: 4500 }]],
    });
    expect((answers as { before: unknown }).before).toEqual([[h1, h2], [h2], [], [h1], [h2, h4]]);
  });

  it('refuses a read by a lookup the table does not declare, rather than scanning', async () => {
    await expect(
      test.db.transaction((tx) =>
        invariantLoader(
          tx,
          vendorId,
          testLookups,
        )({
          kind: 'entitiesWhere',
          table: bookings,
          field: 'guests',
          equals: 4,
        }),
      ),
    ).rejects.toThrow(/declares no lookup guests/);
  });

  it('keeps lookups with the rows: an edit moves a row, a delete drops it', async () => {
    const ops = [
      { op: 'patch' as const, table: bookings, id: 'b3', fields: { tableId: 't9' } },
      { op: 'delete' as const, table: bookings, id: 'b2' },
    ];
    const loaded = await test.db
      .transaction(async (tx) => {
        await applyRowOps(tx, vendorId, 2, ops, new ChecksumDeltas(), testLookups);
        const load = invariantLoader(tx, vendorId, testLookups);
        const t1 = await load({
          kind: 'entitiesWhere',
          table: bookings,
          field: 'tableId',
          equals: 't1',
        });
        const t9 = await load({
          kind: 'entitiesWhere',
          table: bookings,
          field: 'tableId',
          equals: 't9',
        });
        const t2 = await load({
          kind: 'entitiesWhere',
          table: bookings,
          field: 'tableId',
          equals: 't2',
        });
        throw Object.assign(new Error('roll back'), { loaded: [t1, t9, t2] });
      })
      .catch((error: { loaded?: unknown }) => error.loaded);
    expect(loaded).toEqual([[bookingRows[0]], [{ ...bookingRows[2], tableId: 't9' }], []]);
  });
});
