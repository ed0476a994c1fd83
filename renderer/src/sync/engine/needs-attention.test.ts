import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CUSTOMER_ERASED } from '@domain/customers/invariants/erased';
import { newId } from '@domain/ids';
import type { OutboxEntry } from '@domain/outbox';
import type { RejectedMutation } from '@domain/sync/protocol';
import { VendorDb } from '../../db/vendor-db';
import {
  forgetErasedCustomerArgs,
  needsAttentionRow,
  needsAttentionTable,
  recordRejection,
} from './needs-attention';

const dbs: VendorDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const customerId = newId();
const edit = (id = customerId): OutboxEntry => ({
  id: newId(),
  name: 'customer.update',
  version: 1,
  args: { id, fields: { name: '李四', phone: '13900005678' } },
  deviceId: newId(),
  seq: 1,
  createdAt: 1,
});
const rejection = (entry: OutboxEntry, rule: string | undefined): RejectedMutation => ({
  status: 'rejected',
  mutationId: entry.id,
  seq: entry.seq,
  name: entry.name,
  serverSeq: 9,
  reason: 'invariant_violated',
  message: 'no',
  ...(rule ? { rule } : {}),
});

describe('an erased customer’s data on this desk’s Needs attention', () => {
  it('keeps no arguments of an edit turned down because the customer was erased', () => {
    const entry = edit();
    expect(needsAttentionRow(rejection(entry, CUSTOMER_ERASED), entry, 5).args).toBeNull();
    expect(needsAttentionRow(rejection(entry, 'other.rule'), entry, 5).args).toEqual(entry.args);
  });

  it('forgets earlier rejected changes that name the customer once they are erased', async () => {
    const db = new VendorDb(newId());
    dbs.push(db);
    const mine = edit();
    const someoneElse = edit(newId());
    await recordRejection(db, rejection(mine, 'other.rule'), mine, 5);
    await recordRejection(db, rejection(someoneElse, 'other.rule'), someoneElse, 5);
    await forgetErasedCustomerArgs(db, customerId);
    const rows = await needsAttentionTable(db).toArray();
    expect(rows.find((row) => row.mutationId === mine.id)?.args).toBeNull();
    expect(rows.find((row) => row.mutationId === someoneElse.id)?.args).toEqual(someoneElse.args);
    expect(JSON.stringify(rows.find((row) => row.mutationId === mine.id))).not.toContain('李四');
  });
});
