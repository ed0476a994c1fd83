/**
 * Issue 12: what the platform's balance rule (storedValue.belowZero) costs a charge in a shop
 * with a long history. The subject is the platform's push path (applyPush, one transaction, the
 * product's rules) of one customer.charge paid from stored value in a shop holding 500,000
 * stored-value entries spread over 50,000 customers (10 each); the baseline is the same push in
 * an empty shop (the charged customer's one top-up only), interleaved in the same run. The rule
 * reads the customer, its aliases, the sums and latest spends of that account through the
 * customerId lookup (row_lookups' primary key), so it touches the charged customer's entries
 * only: the ratio should stay near 1 whatever the shop's size. PGlite in memory, and PostgreSQL
 * (DATABASE_URL, else the machine's local server) in a fresh schema dropped afterwards.
 */
import { newId } from '../../domain/ids';
import type { OutboxEntry } from '../../domain/outbox';
import { createVendor } from '../../platform/accounts/store';
import type { Database } from '../../platform/db/database';
import { migrate } from '../../platform/db/migrate';
import { openPg } from '../../platform/db/pg';
import { openPglite } from '../../platform/db/pglite';
import { applyPush } from '../../platform/sync/push';
import { defaultSyncRules } from '../../platform/sync/rules';
import { newCustomer, storedValueCharge, topUpArgs } from '../../platform/test/customers';
import { compared, measured } from '../lib/stats';
import type { BenchRow, Suite } from '../lib/types';
import {
  benchSchemaName,
  dropSchema,
  postgresMissing,
  postgresUrl,
  type Backend,
} from './sync-platform';

const SUITE = 'customers-platform';
const announce = async () => undefined;

let shops = 0;

interface Shop {
  vendorId: string;
  deviceId: string;
  seq: number;
}

async function newShop(db: Database): Promise<Shop> {
  const vendorId = await createVendor(db, {
    name: '老王面馆',
    login: `members-${process.pid}-${(shops += 1)}@vendor.test`,
    password: 'bench-password',
  });
  return { vendorId, deviceId: newId(), seq: 0 };
}

async function push(db: Database, shop: Shop, name: string, args: unknown) {
  shop.seq += 1;
  const entry: OutboxEntry = {
    id: newId(),
    name,
    version: 1,
    args,
    deviceId: shop.deviceId,
    seq: shop.seq,
    createdAt: 1,
  };
  const started = performance.now();
  const response = await applyPush(
    db,
    defaultSyncRules,
    { vendorId: shop.vendorId, deviceId: shop.deviceId, mutations: [entry] },
    announce,
  );
  const ms = performance.now() - started;
  const result = response.results[0];
  if (result?.status !== 'applied')
    throw new Error(`${name} not applied: ${JSON.stringify(result)}`);
  return ms;
}

/**
 * `entries` stored-value entries over `customers` customers, written in bulk by SQL as the
 * push path stores them (the entry, its customerId lookup, and the customer record).
 */
/** A valid version-7-shaped UUID from a text, in SQL (zod checks the version and variant bits). */
const uuidOf = (text: string) =>
  `(select substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-7' || substr(h, 14, 3) || '-8' ||
     substr(h, 18, 3) || '-' || substr(h, 21, 12) from (select md5(${text}) as h) m)`;

async function seedHistory(db: Database, shop: Shop, customers: number, entries: number) {
  await db.query(
    `insert into entities (vendor_id, tbl, id, data, seq)
     select $1, 'customer', c.id, jsonb_build_object('id', c.id, 'source', 'shop',
       'createdAt', 1, 'consent', null, 'mergedInto', null, 'erasedAt', null), 1
     from (select ${uuidOf(`'c' || i`)} as id from generate_series(1, $2) i) c`,
    [shop.vendorId, customers],
  );
  await db.query(
    `with e as (
       select ${uuidOf(`'e' || i`)} as id, ${uuidOf(`'c' || (i % $2 + 1)`)} as customer,
              i from generate_series(1, $3) i)
     insert into ledger_entries (vendor_id, tbl, id, data, seq, hash_a, hash_b)
     select $1, 'storedValueEntry', e.id, jsonb_build_object('id', e.id, 'customerId', e.customer,
       'at', e.i, 'businessDate', '2026-03-06', 'receiptNo', null, 'staffId', null,
       'saleId', null, 'reverses', null, 'reason', null,
       'kind', case when (e.i / $2) % 2 = 0 then 'topUp' else 'spend' end,
       'principalFen', case when (e.i / $2) % 2 = 0 then 2000 else -1000 end, 'bonusFen', 0,
       'planId', null, 'paidWith', null, 'offline', false), 1 + e.i / 1000, 0, 0
     from e`,
    [shop.vendorId, customers, entries],
  );
  await db.query(
    `insert into row_lookups (vendor_id, tbl, lookup, value, id)
     select vendor_id, tbl, 'customerId', data ->> 'customerId', id from ledger_entries
     where vendor_id = $1 and tbl = 'storedValueEntry'`,
    [shop.vendorId],
  );
  await db.query('update vendor_seqs set last_seq = $2 where vendor_id = $1', [
    shop.vendorId,
    1 + Math.floor(entries / 1000),
  ]);
  await db.exec('analyze');
}

async function measureBackend(
  backend: Backend,
  db: Database,
  quick: boolean,
  log: (message: string) => void,
): Promise<BenchRow> {
  const entries = quick ? 50_000 : 500_000;
  const customers = entries / 10;
  const rounds = quick ? 10 : 40;
  const large = await newShop(db);
  const empty = await newShop(db);
  const seeding = performance.now();
  await seedHistory(db, large, customers, entries);
  log(
    `${backend}: ${entries} entries seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );
  /**
   * A charge of ¥10 on a customer holding ¥50: in the large shop one with 10 entries of history
   * (¥20 top-ups and ¥10 spends, alternating), in the empty shop a new one with a top-up.
   */
  const chargeOn = async (shop: Shop, seeded: boolean) => {
    let customerId: string;
    if (seeded) {
      const [row] = await db.query<{ id: string }>(
        `select id from entities where vendor_id = $1 and tbl = 'customer' order by random() limit 1`,
        [shop.vendorId],
      );
      customerId = row!.id;
    } else {
      const person = newCustomer({ phone: null, name: '散客' });
      customerId = person.customer.id;
      await push(db, shop, 'customer.create', person);
      await push(db, shop, 'storedValue.topUp', topUpArgs(customerId, 5_000));
    }
    return push(db, shop, 'customer.charge', storedValueCharge(customerId, 1_000));
  };
  // Warm up each, then alternate the order so drift hits both alike.
  await chargeOn(large, true);
  await chargeOn(empty, false);
  const samples = { large: [] as number[], empty: [] as number[] };
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? (['large', 'empty'] as const) : (['empty', 'large'] as const);
    for (const variant of order)
      samples[variant].push(
        await chargeOn(variant === 'large' ? large : empty, variant === 'large'),
      );
  }
  return compared(
    SUITE,
    `charge from stored value, storedValue.belowZero checked (${backend === 'pg' ? 'PostgreSQL' : 'PGlite'})`,
    measured(`push into a shop with ${entries.toLocaleString('en')} entries`, samples.large),
    measured('same push into an empty shop', samples.empty),
    { entries, customers },
  );
}

const suite: Suite = {
  name: SUITE,
  issue: 12,
  description:
    'a charge push with the belowZero rule: a shop with 500,000 ledger entries vs an empty shop',
  async run({ quick, log }) {
    const rows: BenchRow[] = [];
    const notes = [
      'Both pushes run the product rules and write the same rows; the large shop holds 10 entries per customer, the empty shop only the charged customer’s top-up.',
      'A ratio near 1 says the rule reads the charged account only (row_lookups by customerId), never the shop’s whole ledger.',
    ];
    const pglite = await openPglite();
    try {
      await migrate(pglite);
      rows.push(await measureBackend('pglite', pglite, quick, log));
    } finally {
      await pglite.close();
    }
    const missing = await postgresMissing();
    if (missing) {
      notes.push(`PostgreSQL row skipped: ${missing}.`);
      return { rows, notes };
    }
    const schema = benchSchemaName();
    const pgDb = await openPg({ connectionString: postgresUrl, schema, max: 5 });
    try {
      await migrate(pgDb);
      rows.push(await measureBackend('pg', pgDb, quick, log));
    } finally {
      await pgDb.close();
      await dropSchema(schema).catch(() => undefined);
    }
    return { rows, notes };
  },
};

export default suite;
