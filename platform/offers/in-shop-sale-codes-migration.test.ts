/**
 * Migration 015 (codes of visit cards sold at the counter) from version 14 with an order's codes
 * in it: they stay; a code may now belong to an in-shop sale instead of an order, one of the two,
 * still unique on the platform whoever holds it, and one per unit of a sale.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SqlParam } from '../db/database';
import { migrate } from '../db/migrate';
import { migrations } from '../migrations';
import { backends, openTestDatabase, type TestDatabase } from '../test/backends';

describe.each(backends)('migration 015 on %s', (backend) => {
  let test: TestDatabase;
  afterEach(() => test.drop());

  it('lets a code belong to an in-shop sale, one owner each, unique on the platform', async () => {
    test = await openTestDatabase(backend);
    await migrate(
      test.db,
      migrations.filter((migration) => migration.version < 15),
    );
    const vendorId = '0190a000-0000-7000-8000-000000000001';
    await test.db.query(
      `insert into offer_orders (id, vendor_id, offer_id, phone, name, quantity, amount_fen,
         payment_id, state, hold_until, created_at) values ('o1', $1, 'f1', '13800000000', '王', 1,
         8800, 'p1', 'paid', 10, 1)`,
      [vendorId],
    );
    await test.db.query(
      `insert into voucher_codes (code, vendor_id, order_id, unit) values ('123456789018', $1, 'o1', 0)`,
      [vendorId],
    );
    expect(
      await migrate(
        test.db,
        migrations.filter((migration) => migration.version <= 15),
      ),
    ).toEqual([15]);
    const codes = (sql: string, params: readonly SqlParam[] = [vendorId]) =>
      test.db.query(sql, params);
    expect(await codes('select code, order_id, sale_id from voucher_codes', [])).toEqual([
      { code: '123456789018', order_id: 'o1', sale_id: null },
    ]);
    await codes(
      `insert into voucher_codes (code, vendor_id, sale_id, unit) values ('210987654324', $1, 's1', 0)`,
    );
    // An order's code is not drawn again for a sale.
    expect(
      await codes(
        `insert into voucher_codes (code, vendor_id, sale_id, unit) values ('123456789018', $1, 's2', 0)
         on conflict (code) do nothing returning code`,
      ),
    ).toEqual([]);
    for (const bad of [
      // Two codes for one unit of a sale.
      `insert into voucher_codes (code, vendor_id, sale_id, unit) values ('555555555555', $1, 's1', 0)`,
      // No owner, or both.
      `insert into voucher_codes (code, vendor_id, unit) values ('666666666666', $1, 0)`,
      `insert into voucher_codes (code, vendor_id, order_id, sale_id, unit)
         values ('777777777777', $1, 'o1', 's3', 1)`,
    ]) {
      await expect(codes(bad)).rejects.toThrow();
    }
  });
});
