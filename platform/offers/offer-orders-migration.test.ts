/**
 * Migration 014 (offer orders) from version 13 with data in it: the payment orders, phone codes
 * and signing key already there stay, and the new tables hold one code per platform and one
 * row per unit of an order.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { migrations } from '../migrations';
import { backends, openTestDatabase, type TestDatabase } from '../test/backends';

describe.each(backends)('migration 014 on %s', (backend) => {
  let test: TestDatabase;
  afterEach(() => test.drop());

  it('adds the offer orders beside the payments already there, and keeps codes unique', async () => {
    test = await openTestDatabase(backend);
    await migrate(
      test.db,
      migrations.filter((migration) => migration.version < 14),
    );
    const vendorId = '0190a000-0000-7000-8000-000000000001';
    await test.db.query(
      `insert into payment_orders (id, vendor_id, order_id, amount_fen, description, state,
         expires_at, created_at, updated_at) values ('p1', $1, 'booking:b1', 5000, '定金', 'paid', 1, 1, 1)`,
      [vendorId],
    );
    expect(
      await migrate(
        test.db,
        migrations.filter((migration) => migration.version <= 14),
      ),
    ).toEqual([14]);
    const [payment] = await test.db.query<{ state: string }>(
      'select state from payment_orders where id = $1',
      ['p1'],
    );
    expect(payment!.state).toBe('paid');
    await test.db.query(
      `insert into offer_orders (id, vendor_id, offer_id, phone, name, quantity, amount_fen,
         payment_id, state, hold_until, created_at) values ('o1', $1, 'f1', '13800000000', '王', 2,
         17600, 'p2', 'held', 10, 1)`,
      [vendorId],
    );
    await test.db.query(
      `insert into voucher_codes (code, vendor_id, order_id, unit) values ('123456789018', $1, 'o1', 0)`,
      [vendorId],
    );
    const again = await test.db.query(
      `insert into voucher_codes (code, vendor_id, order_id, unit) values ('123456789018', $1, 'o1', 1)
       on conflict (code) do nothing returning code`,
      [vendorId],
    );
    expect(again).toEqual([]);
    await expect(
      test.db.query(
        `insert into offer_orders (id, vendor_id, offer_id, phone, name, quantity, amount_fen,
           payment_id, state, hold_until, created_at) values ('o2', $1, 'f1', '1', '王', 0, 0, 'p3', 'held', 1, 1)`,
        [vendorId],
      ),
    ).rejects.toThrow();
  });
});
