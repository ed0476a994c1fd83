/**
 * Erasure on the platform (PIPL art. 47). customer.erase itself deletes the person's record (the
 * delete leaves a tombstone whose data is null) and marks the account erased; this scrubs the
 * person from what the platform keeps elsewhere, in the erasure's own transaction and under its
 * server seq, so every desk pulls the scrubbed versions with the erasure:
 * Needs-attention items whose arguments (or details) hold the person's fields — an edit or an
 * import turned down before the erasure — are rewritten with those fields removed. Nothing else
 * on the platform holds the person: the audit log (staff_audit) keeps table and id pairs, ledger
 * entries and the privacy log the customer's id, and verdicts (mutation_results) the rules'
 * details, which name customers by id and amounts only (an erasure test reads every table). The
 * public endpoints' records of the person's phone (codes, verifications, unpaid orders, sandbox
 * messages) go too. An edit that arrives after the erasure is turned down by
 * customer.erased, and its item never keeps its arguments (apply-mutation.ts).
 */
import { personalFields } from '../../domain/customers/schema';
import type { EntityRow, RowOp } from '../../domain/mutations/row-ops';
import type { LookupRegistry } from '../../domain/mutations/tables';
import type { Queryable } from '../db/database';
import { applyRowOps, type ChecksumDeltas } from '../sync/apply-ops';

const PERSONAL = new Set<string>([...personalFields, 'fields']);

/**
 * `value` with the person `customerId` taken out: an object about them (its `id` theirs) loses
 * its personal fields and any patch of them (`fields`); a merge keeping them loses the fields it
 * would have filled in. Everything else, and everyone else, is kept as it was.
 */
export function withoutPerson(value: unknown, customerId: string): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutPerson(item, customerId));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const aboutThem = record.id === customerId || record.keepId === customerId;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) {
    if (aboutThem && PERSONAL.has(key)) continue;
    out[key] = withoutPerson(item, customerId);
  }
  return out;
}

export interface ScrubContext {
  tx: Queryable;
  vendorId: string;
  serverSeq: number;
  deltas: ChecksumDeltas;
  lookups: LookupRegistry;
}

/**
 * The phones the shop's platform records know the customer by, read before the erasure deletes
 * their personal record: its phone, and those their paid group-buy orders were made with.
 */
export async function phonesOfCustomer(
  tx: Queryable,
  vendorId: string,
  customerId: string,
): Promise<string[]> {
  const rows = await tx.query<{ phone: string | null }>(
    `select data ->> 'phone' as phone from entities
      where vendor_id = $1::uuid and tbl = 'customerPersonal' and id = $2 and not deleted
     union
     select phone from offer_orders where vendor_id = $1::text and customer_id = $2 and phone <> ''`,
    [vendorId, customerId],
  );
  return rows.flatMap((row) => (row.phone ? [row.phone] : []));
}

/**
 * Scrubs the erased customer from the shop's attention items, booking notes, group-buy orders
 * and the public endpoints' records of their `phones`; returns how many synced rows were
 * rewritten.
 */
export async function scrubErasedCustomer(
  { tx, vendorId, serverSeq, deltas, lookups }: ScrubContext,
  customerId: string,
  phones: readonly string[],
): Promise<number> {
  const items = await tx.query<{ data: EntityRow }>(
    `select data from entities where vendor_id = $1 and tbl = 'attentionItem' and not deleted
       and strpos(data::text, $2) > 0`,
    [vendorId, customerId],
  );
  const ops: RowOp[] = [];
  for (const { data } of items) {
    const scrubbed = {
      ...data,
      args: withoutPerson(data.args, customerId),
      details: withoutPerson(data.details, customerId),
    };
    if (JSON.stringify(scrubbed) !== JSON.stringify(data))
      ops.push({ op: 'put', table: 'attentionItem', row: scrubbed as EntityRow });
  }
  // The guest's notes on their bookings (the booking table declares `note` personal).
  const bookings = await tx.query<{ id: string }>(
    `select l.id from row_lookups l join entities r
       on r.vendor_id = l.vendor_id and r.tbl = l.tbl and r.id = l.id
     where l.vendor_id = $1 and l.tbl = 'booking' and l.lookup = 'customerId' and l.value = $2
       and not r.deleted and coalesce(r.data ->> 'note', '') <> ''`,
    [vendorId, customerId],
  );
  for (const { id } of bookings)
    ops.push({ op: 'patch', table: 'booking', id, fields: { note: '' } });
  // The phone and name a group-buy order was paid with (the order keeps the customer's id), and
  // those of orders the phone opened and never paid (held, run out, failed: no customer id).
  const list = [...phones];
  await tx.query(
    `update offer_orders set phone = '', name = ''
      where vendor_id = $1 and (customer_id = $2 or phone = any($3::text[]))`,
    [vendorId, customerId, list],
  );
  // What the shop's public endpoints kept of the phone: codes sent and tried, verifications, and
  // the sandbox SMS provider's copy of the messages.
  for (const [table, column] of [
    ['phone_codes', 'phone'],
    ['phone_code_sends', 'phone'],
    ['phone_verifications', 'phone'],
    ['sandbox_sms', 'to_phone'],
  ] as const) {
    await tx.query(`delete from ${table} where vendor_id = $1 and ${column} = any($2::text[])`, [
      vendorId,
      list,
    ]);
  }
  if (ops.length > 0) await applyRowOps(tx, vendorId, serverSeq, ops, deltas, lookups);
  return ops.length;
}
