import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { derivedId } from '../../domain/ids';
import { EXPIRY_PURPOSE } from '../../domain/customers/points-expiry';
import { sampleVendorProfile } from '../../domain/test-support/vendor-profile';
import { createVendor } from '../accounts/store';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { defaultSyncRules } from '../sync/rules';
import { originate } from '../sync/originate';
import { backends, openTestDatabase, SETUP_TIMEOUT_MS, type TestDatabase } from '../test/backends';
import { newCustomer, points, settings } from '../test/customers';
import { pointsExpiryJob, POINTS_EXPIRY_JOB } from './points-expiry';
import { JobRunner } from './runner';

const rules = defaultSyncRules;
// Shanghai is UTC+8 and the shop's day turns at 04:00: a lot earned on 2026-01-31 with one month
// of life expires at 2026-02-28 04:00 in Shanghai, 2026-02-27 20:00 UTC (Jan 31 + 1 month is Feb 28).
const FIRST_EXPIRY = Date.UTC(2026, 1, 27, 20);
const MINUTE = 60_000;

describe.each(backends)('the points expiry job on %s', (backend) => {
  let test: TestDatabase;
  let db: Database;
  let vendorId: string;
  let clock: number;
  let alice: string;
  let bob: string;
  let aliceLots: { opening: string; earned: string };

  beforeAll(async () => {
    test = await openTestDatabase(backend);
    db = test.db;
    await migrate(db);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => test.drop());

  const runner = (on: Database = db) =>
    new JobRunner({ db: on, rules, kinds: [pointsExpiryJob], now: () => clock });
  const expiries = () =>
    db.query<{ id: string; customerId: string; points: number; at: number; businessDate: string }>(
      `select id, data ->> 'customerId' as "customerId", (data ->> 'points')::int as points,
         (data ->> 'at')::bigint as at, data ->> 'businessDate' as "businessDate"
       from ledger_entries where vendor_id = $1 and tbl = 'pointsEntry' and data ->> 'kind' = 'expire'
       order by at, id`,
      [vendorId],
    );
  const balance = async (customerId: string) => {
    const [row] = await db.query<{ total: number }>(
      `select coalesce(sum((data ->> 'points')::int), 0)::int as total from ledger_entries
       where vendor_id = $1 and tbl = 'pointsEntry' and data ->> 'customerId' = $2`,
      [vendorId, customerId],
    );
    return row!.total;
  };

  beforeEach(async () => {
    // Only this test's shop has expiry on.
    await db.exec(`delete from platform_jobs; delete from entities where tbl = 'customerSettings'`);
    vendorId = await createVendor(db, {
      name: '老王',
      login: `expiry${Math.random()}@vendor.test`,
      password: 'pw123456',
    });
    clock = Date.UTC(2026, 1, 1);
    const make = (name: string, args: unknown) =>
      originate(db, rules, vendorId, { name, args }, clock);
    await make('vendorProfile.create', sampleVendorProfile({ id: vendorId }));
    await make('customerSettings.put', settings(vendorId, { pointsExpiryMonths: 1 }));
    const a = newCustomer({ name: '爱丽丝', phone: '13800000001' });
    const b = newCustomer({ name: '鲍勃', phone: '13800000002' });
    alice = a.customer.id;
    bob = b.customer.id;
    const opening = (id: string, amount: number) =>
      points(id, 'opening', amount, { businessDate: '2026-01-31', at: Date.UTC(2026, 0, 31, 4) });
    const aliceOpening = opening(alice, 100);
    const earned = points(alice, 'opening', 50, {
      businessDate: '2026-02-15',
      at: Date.UTC(2026, 1, 15, 4),
    });
    aliceLots = { opening: aliceOpening.id, earned: earned.id };
    const applied = await make('customers.import', {
      creates: [a, b],
      updates: [],
      storedValue: [],
      points: [aliceOpening, earned, opening(bob, 100)],
    });
    expect(applied.status).toBe('applied');
    // Bob spent 30 of his points on Feb 10: the oldest lot, so 70 of it are left to expire.
    const spent = await make('points.adjust', {
      entry: points(bob, 'adjust', -30, {
        businessDate: '2026-02-10',
        at: Date.UTC(2026, 1, 10, 4),
        reason: '兑换小菜',
      }),
    });
    expect(spent.status).toBe('applied');
  });

  it('writes the due entries once as the clock crosses the cut-off, dated at the expiry, and a second tick adds nothing', async () => {
    const jobs = runner();
    expect(await jobs.tick()).toBe(1); // discovered and run at once: nothing due yet
    expect(await expiries()).toEqual([]);

    clock = FIRST_EXPIRY - MINUTE; // 03:59 on Feb 28 in Shanghai: still the 27th's business day
    expect(await jobs.tick()).toBe(1); // the daily run, due since Feb 2 04:00
    expect(await expiries()).toEqual([]);
    expect(await jobs.tick()).toBe(0); // next due at the coming cut-off

    clock = FIRST_EXPIRY;
    expect(await jobs.tick()).toBe(1);
    const written = await expiries();
    expect(written).toHaveLength(2);
    expect(written).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ customerId: alice, points: -100, at: FIRST_EXPIRY }),
        expect.objectContaining({ customerId: bob, points: -70, at: FIRST_EXPIRY }),
      ]),
    );
    expect(written.find((e) => e.customerId === alice)).toMatchObject({
      id: derivedId(aliceLots.opening, EXPIRY_PURPOSE),
      businessDate: '2026-02-28',
    });
    expect(await balance(alice)).toBe(50);
    expect(await balance(bob)).toBe(0);

    expect(await jobs.tick()).toBe(0);
    expect(await expiries()).toEqual(written);
  });

  it('changes nothing when run twice, and a late run writes the same entries as one on time', async () => {
    clock = Date.UTC(2026, 3, 1); // April: both of Alice's lots are past their expiry
    const run = () => pointsExpiryJob.run({ db, rules, key: vendorId, now: clock });
    const next = await run();
    const first = await expiries();
    expect(first.map((e) => [e.customerId, e.points, e.at])).toEqual(
      expect.arrayContaining([
        [alice, -100, FIRST_EXPIRY],
        [bob, -70, FIRST_EXPIRY],
        // Feb 15 + 1 month: Mar 15 04:00 in Shanghai.
        [alice, -50, Date.UTC(2026, 2, 14, 20)],
      ]),
    );
    expect(first).toHaveLength(3);
    const [seq] = await db.query<{ last_seq: number }>(
      'select last_seq from vendor_seqs where vendor_id = $1',
      [vendorId],
    );
    expect(await run()).toBe(next);
    expect(await expiries()).toEqual(first);
    // The second run originated no change at all.
    expect(
      await db.query('select last_seq from vendor_seqs where vendor_id = $1', [vendorId]),
    ).toEqual([seq]);
    // The next run is at the following cut-off: April 2, 04:00 in Shanghai.
    expect(next).toBe(Date.UTC(2026, 3, 1, 20));
  });

  it('catches up after downtime: a job due while the platform was off runs at the first tick', async () => {
    await runner().tick(); // scheduled for the next cut-off, then the platform stops
    const [job] = await db.query<{ due_at: number }>(
      'select due_at from platform_jobs where kind = $1 and key = $2',
      [POINTS_EXPIRY_JOB, vendorId],
    );
    expect(Number(job!.due_at)).toBe(Date.UTC(2026, 1, 1, 20));
    clock = Date.UTC(2026, 2, 1); // a month later a new instance starts
    const restarted = runner();
    expect(await restarted.start()).toBe(1);
    await restarted.stop();
    expect(await expiries()).toHaveLength(2);
  });

  it('runs a due job once with two runners on one database (on PostgreSQL, two connections as two instances)', async () => {
    const other = test.openAnother ? await test.openAnother() : db;
    await runner().tick();
    clock = FIRST_EXPIRY;
    const ran = await Promise.all([runner(db).tick(), runner(other).tick()]);
    expect(ran.sort()).toEqual([0, 1]);
    expect(await expiries()).toHaveLength(2);
    const [job] = await db.query<{ runs: number }>(
      'select runs from platform_jobs where kind = $1 and key = $2',
      [POINTS_EXPIRY_JOB, vendorId],
    );
    expect(Number(job!.runs)).toBe(2);
  });

  it('drops the job when the shop turns expiry off', async () => {
    await runner().tick();
    await originate(db, rules, vendorId, {
      name: 'customerSettings.put',
      args: settings(vendorId, { pointsExpiryMonths: null }),
    });
    clock = FIRST_EXPIRY;
    expect(await runner().tick()).toBe(1);
    expect(await expiries()).toEqual([]);
    expect(await db.query('select * from platform_jobs where key = $1', [vendorId])).toEqual([]);
  });
});
