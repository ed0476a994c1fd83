/**
 * Row operations written a chunk at a time must land exactly as one at a time would: the pure
 * rules (domain/sync/row-state.ts) applied in order are the reference, across chunk boundaries,
 * with the same record touched many times and ledger entries sent twice; and the checksums kept
 * from the deltas must equal the checksums of the rows as stored.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RowOp } from '../../domain/mutations/row-ops';
import type { EntityTable, LedgerTable } from '../../domain/mutations/tables';
import { tableChecksum } from '../../domain/sync/checksum';
import { applyEntityOp, type StoredEntity } from '../../domain/sync/row-state';
import { createVendor } from '../accounts/store';
import { migrate } from '../db/migrate';
import { backends, openTestDatabase, SETUP_TIMEOUT_MS, type TestDatabase } from '../test/backends';
import { applyRowOps, ChecksumDeltas } from './apply-ops';

const notes = 'testNote' as EntityTable;
const points = 'testPointsEntry' as LedgerTable;

/** 3,000 operations over 400 records and 700 ledger entries, in an order that revisits them. */
function mixedOps(): RowOp[] {
  const ids = Array.from({ length: 400 }, (_, n) => `note-${n}`);
  const ops: RowOp[] = [];
  for (let round = 0; round < 5; round += 1) {
    for (const [n, id] of ids.entries()) {
      const pick = (n + round) % 4;
      if (pick === 0) ops.push({ op: 'put', table: notes, row: { id, text: `${round}` } });
      if (pick === 1) ops.push({ op: 'patch', table: notes, id, fields: { round, n } });
      if (pick === 2 && round > 2) ops.push({ op: 'delete', table: notes, id });
      if (pick === 3) ops.push({ op: 'delete', table: notes, id: `missing-${n}` });
    }
  }
  for (let n = 0; n < 700; n += 1) {
    const id = n % 10 === 0 ? 'points-0' : `points-${n}`;
    ops.push({ op: 'append', table: points, row: { id, customerId: 'c1', delta: n } });
  }
  return ops;
}

describe.each(backends)('writing row operations on %s', (backend) => {
  let test: TestDatabase;
  let vendorId: string;

  beforeAll(async () => {
    test = await openTestDatabase(backend);
    await migrate(test.db);
    vendorId = await createVendor(test.db, {
      name: '老王',
      login: `${randomUUID()}@v.test`,
      password: 'pw123456',
    });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => test.drop());

  it('stores what the pure rules say, and checksums that match the stored rows', async () => {
    const ops = mixedOps();
    const expected = new Map<string, StoredEntity>();
    const ledger = new Map<string, Record<string, unknown>>();
    for (const op of ops) {
      if (op.op === 'append') {
        if (!ledger.has(op.row.id)) ledger.set(op.row.id, op.row);
        continue;
      }
      const id = op.op === 'put' ? op.row.id : op.id;
      const next = applyEntityOp(expected.get(id), op);
      if (next) expected.set(id, next);
    }
    const deltas = new ChecksumDeltas();
    await test.db.transaction(async (tx) => {
      await applyRowOps(tx, vendorId, 1, ops, deltas);
      await deltas.save(tx, vendorId);
    });

    const stored = await test.db.query<{
      id: string;
      data: Record<string, unknown> | null;
      deleted: boolean;
    }>('select id, data, deleted from entities where vendor_id = $1 order by id', [vendorId]);
    const want = [...expected.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, entity]) => ({ id, data: entity.row, deleted: entity.deleted }));
    expect(stored).toEqual(want);
    const entries = await test.db.query<{ data: Record<string, unknown> }>(
      'select data from ledger_entries where vendor_id = $1',
      [vendorId],
    );
    expect(entries).toHaveLength(ledger.size);

    const checksums = await test.db.query<{
      tbl: string;
      row_count: number;
      sum_a: number;
      sum_b: number;
    }>(
      'select tbl, row_count, sum_a, sum_b from table_checksums where vendor_id = $1 order by tbl',
      [vendorId],
    );
    const live = want.filter((row) => !row.deleted).map((row) => row.data!);
    const asString = (row: { row_count: number; sum_a: number; sum_b: number }) =>
      `${row.row_count}:${row.sum_a.toString(16).padStart(8, '0')}${row.sum_b.toString(16).padStart(8, '0')}`;
    expect(Object.fromEntries(checksums.map((row) => [row.tbl, asString(row)]))).toEqual({
      [notes]: tableChecksum(live),
      [points]: tableChecksum(ledger.values()),
    });
  });
});
