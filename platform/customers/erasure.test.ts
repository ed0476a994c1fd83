/**
 * Erasure on the platform: the person's record goes, the pseudonymous account and its ledgers
 * stay, and no other row of the platform keeps the person — a Needs-attention item of an import
 * turned down before the erasure is rewritten without them (under the erasure's seq, so desks pull
 * it), and an edit that arrives after is turned down without its arguments being kept.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids';
import type { OutboxEntry } from '../../domain/outbox';
import { hashPin } from '../../domain/staff/pin';
import type { PinHash, StaffMember } from '../../domain/staff/schema';
import type { Database } from '../db/database';
import { quoteIdent } from '../db/pg';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { newCustomer, NOON, topUpArgs } from '../test/customers';
import { PulledRows, pullToEnd } from '../test/pull-client';
import {
  outboxEntry,
  pushAccepted,
  resetSeqs,
  startTestPlatform,
  type Device,
  type TestPlatform,
} from '../test/server';
import { withoutPerson } from './erasure';

const NAME = '张三丰';
const PHONE = '13900001111';
const NOTE = '对花生过敏';

/** How many rows of each platform table hold `text` anywhere, read as text. */
export async function rowsHolding(db: Database, text: string): Promise<Record<string, number>> {
  const tables = await db.query<{ name: string }>(
    `select table_name as name from information_schema.tables
     where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  );
  const found: Record<string, number> = {};
  for (const { name } of tables) {
    const table = quoteIdent(name);
    const [row] = await db.query<{ n: number }>(
      `select count(*)::int as n from ${table} t where strpos(t::text, $1) > 0`,
      [text],
    );
    if (row!.n > 0) found[name] = row!.n;
  }
  return found;
}

describe('withoutPerson', () => {
  it("takes out the one person's fields and patches, and keeps everyone else's", () => {
    const id = newId();
    const other = newId();
    const args = {
      creates: [
        { customer: { id, source: 'import' }, personal: { id, name: NAME, phone: PHONE } },
        { customer: { id: other }, personal: { id: other, name: '李四', phone: '13700000000' } },
      ],
      updates: [{ id, fields: { note: NOTE } }],
      merge: { keepId: id, mergedIds: [other], fields: { name: NAME } },
    };
    expect(withoutPerson(args, id)).toEqual({
      creates: [
        { customer: { id, source: 'import' }, personal: { id } },
        { customer: { id: other }, personal: { id: other, name: '李四', phone: '13700000000' } },
      ],
      updates: [{ id }],
      merge: { keepId: id, mergedIds: [other] },
    });
  });
});

describe.each(backends)('erasure on the platform, on %s', (backend) => {
  let platform: TestPlatform;
  let shop: { vendorId: string; login: string; device: Device };
  let back: Device;
  let owner: StaffMember;
  let cashier: StaffMember;
  let customerId: string;

  let pin: PinHash;

  beforeAll(async () => {
    platform = await startTestPlatform(backend, { signInLimit: { addressFailures: 100_000 } });
    pin = await hashPin('1234', { iterations: 100_000 });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  const latestSeq = async () => {
    const [row] = await platform.db.query<{ last_seq: number }>(
      'select last_seq from vendor_seqs where vendor_id = $1',
      [shop.vendorId],
    );
    return Number(row!.last_seq);
  };
  const made = async (name: string, args: unknown, actor?: StaffMember, device = shop.device) => {
    const entry: OutboxEntry = outboxEntry(device, name, args);
    return {
      ...entry,
      ...(actor ? { actorStaffId: actor.id } : {}),
      pulledSeq: await latestSeq(),
    };
  };
  const push = async (name: string, args: unknown, actor?: StaffMember, device = shop.device) =>
    (await pushAccepted(platform, shop.vendorId, device, [await made(name, args, actor, device)]))
      .results[0]!;

  beforeEach(async () => {
    resetSeqs();
    shop = await platform.vendor(`老王面馆 ${randomUUID().slice(0, 4)}`);
    back = await platform.signIn(shop.login);
    const member = (name: string, roleId: string): StaffMember => ({
      id: randomUUID(),
      name,
      roleId,
      active: true,
      pin,
      createdAt: NOON,
    });
    owner = member('王老板', 'owner');
    cashier = member('小张', 'cashier');
    expect(await push('staffMember.create', owner)).toMatchObject({ status: 'applied' });
    expect(await push('staffMember.create', cashier, owner)).toMatchObject({ status: 'applied' });
    const person = newCustomer({ name: NAME, phone: PHONE, note: NOTE });
    customerId = person.customer.id;
    expect(await push('customer.create', person, cashier)).toMatchObject({ status: 'applied' });
    expect(await push('storedValue.topUp', topUpArgs(customerId, 10_000), cashier)).toMatchObject({
      status: 'applied',
    });
    // The cashier imports a note for them (and a new customer) without the right: turned down,
    // and the item keeps the import's arguments so a manager can approve it.
    const other = newCustomer({ name: '李四', phone: '13700000000' });
    const imported = await push(
      'customers.import',
      {
        creates: [other],
        updates: [{ id: customerId, fields: { note: `${NOTE}，${PHONE}` } }],
        storedValue: [],
        points: [],
      },
      cashier,
    );
    expect(imported).toMatchObject({ status: 'rejected', rule: 'staff.notPermitted' });
  });

  const erase = () =>
    push(
      'customer.erase',
      {
        id: customerId,
        erasedAt: NOON + 1,
        log: {
          id: newId(),
          kind: 'erasure',
          customerId,
          count: null,
          at: NOON + 1,
          staffId: owner.id,
        },
      },
      owner,
    );

  it('leaves no platform row holding the name, phone or note, keeps the ledgers, and desks pull the scrubbed item', async () => {
    expect(await rowsHolding(platform.db, NAME)).not.toEqual({}); // the expectations can fail
    expect(await rowsHolding(platform.db, PHONE)).toHaveProperty('entities');
    const desk = new PulledRows();
    await pullToEnd(platform, shop.vendorId, back, desk);
    expect(JSON.stringify([...desk.tables.get('attentionItem')!.values()])).toContain(PHONE);

    const erased = await erase();
    expect(erased).toMatchObject({ status: 'applied' });
    for (const text of [NAME, PHONE, NOTE])
      expect(await rowsHolding(platform.db, text)).toEqual({});

    // The account and its ledger stay, under the pseudonymous id.
    const [account] = await platform.db.query<{ data: { erasedAt: number } }>(
      `select data from entities where vendor_id = $1 and tbl = 'customer' and id = $2`,
      [shop.vendorId, customerId],
    );
    expect(account!.data.erasedAt).toBe(NOON + 1);
    const ledger = await platform.db.query(
      `select id from ledger_entries where vendor_id = $1 and data ->> 'customerId' = $2`,
      [shop.vendorId, customerId],
    );
    expect(ledger).toHaveLength(2); // the top-up and the erasure's log entry

    // A desk that pulls on gets the person's record deleted and the item rewritten, the other
    // customer of the import still there for the manager's approval.
    const pages = await pullToEnd(platform, shop.vendorId, back, desk);
    expect(desk.tables.get('customerPersonal')?.has(customerId)).toBe(false);
    const items = JSON.stringify([...desk.tables.get('attentionItem')!.values()]);
    expect(items).not.toContain(PHONE);
    expect(items).not.toContain(NOTE);
    expect(items).toContain('李四');
    // ...and its checksum agrees with the platform's.
    expect(pages.at(-1)!.checksums?.attentionItem).toBe(desk.checksum('attentionItem'));
  });

  it('turns down an old desk’s edit of the erased customer, and its Needs-attention item keeps none of it', async () => {
    await erase();
    const edit = await push(
      'customer.update',
      { id: customerId, fields: { name: NAME, phone: PHONE } },
      cashier,
      back,
    );
    expect(edit).toMatchObject({
      status: 'rejected',
      rule: 'customer.erased',
      details: { customerId, erasedAt: NOON + 1 },
    });
    const [item] = await platform.db.query<{ data: Record<string, unknown> }>(
      `select data from entities where vendor_id = $1 and tbl = 'attentionItem' and id = $2`,
      [shop.vendorId, edit.mutationId as string],
    );
    expect(item!.data).toMatchObject({
      rule: 'customer.erased',
      args: null,
      records: [{ table: 'customerPersonal', id: customerId }],
    });
    for (const text of [NAME, PHONE]) expect(await rowsHolding(platform.db, text)).toEqual({});
    // A new profile for the same id cannot bring them back either.
    const recreated = await push(
      'customer.create',
      newCustomer({ name: NAME }, { id: customerId }),
    );
    expect(recreated).toMatchObject({ status: 'rejected', rule: 'customer.erased' });
    expect(await rowsHolding(platform.db, NAME)).toEqual({});
  });
});
