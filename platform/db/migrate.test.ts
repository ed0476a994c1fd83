import { afterEach, describe, expect, it } from 'vitest';
import { tableLookups } from '../../domain/mutations/tables';
import { createVendor } from '../accounts/store';
import { migrations } from '../migrations';
import { buildLookups } from '../sync/lookups';
import { backends, openTestDatabase, SETUP_TIMEOUT_MS, type TestDatabase } from '../test/backends';
import { migrate } from './migrate';

describe.each(backends)('migrations on %s', (backend) => {
  let test: TestDatabase;
  afterEach(() => test.drop());

  it(
    'brings an empty database to the newest version, and a second run does nothing',
    async () => {
      test = await openTestDatabase(backend);
      expect(await migrate(test.db)).toEqual(migrations.map((migration) => migration.version));
      expect(await migrate(test.db)).toEqual([]);
      const tables = await test.db.query<{ name: string }>(
        `select table_name as name from information_schema.tables
       where table_schema = current_schema() order by table_name`,
      );
      expect(tables.map((table) => table.name)).toEqual(
        expect.arrayContaining([
          'entities',
          'ledger_entries',
          'mutation_results',
          'users',
          'vendors',
        ]),
      );
    },
    SETUP_TIMEOUT_MS,
  );

  it('migrates 2 (sync) from 1 with vendors in it: each vendor gets its change counter', async () => {
    test = await openTestDatabase(backend);
    await migrate(test.db, migrations.slice(0, 1));
    const vendorId = '0190a000-0000-7000-8000-000000000001';
    await test.db.query('insert into vendors (id, name) values ($1, $2)', [vendorId, '老王面馆']);
    expect(await migrate(test.db, migrations.slice(0, 2))).toEqual([2]);
    const seqs = await test.db.query('select vendor_id, last_seq from vendor_seqs');
    expect(seqs).toEqual([{ vendor_id: vendorId, last_seq: 0 }]);
  });

  it('leaves the database at the previous version when a migration fails', async () => {
    test = await openTestDatabase(backend);
    const broken = { version: 99, name: 'broken', sql: 'create table half (id int); select nope;' };
    await expect(migrate(test.db, [...migrations, broken])).rejects.toThrow();
    const versions = await test.db.query<{ version: number }>(
      'select version from schema_migrations order by version',
    );
    expect(versions.map((row) => row.version)).toEqual(migrations.map((m) => m.version));
    const half = await test.db.query(
      `select 1 from information_schema.tables where table_schema = current_schema() and table_name = 'half'`,
    );
    expect(half).toEqual([]);
  });

  it('migrates 3 (pull-order): pulls read an index in page order, which replaces the seq one', async () => {
    test = await openTestDatabase(backend);
    await migrate(test.db, migrations.slice(0, 2));
    expect(await migrate(test.db, migrations.slice(0, 3))).toEqual([3]);
    const indexes = await test.db.query<{ name: string; definition: string }>(
      `select indexname as name, indexdef as definition from pg_indexes
       where schemaname = current_schema() and tablename in ('entities', 'ledger_entries')
       order by indexname`,
    );
    expect(indexes.map((index) => index.name)).toEqual([
      'entities_pkey',
      'entities_pull_order',
      'ledger_entries_pkey',
      'ledger_entries_pull_order',
    ]);
    expect(indexes[1]!.definition).toMatch(/\(vendor_id, seq, tbl, id\)$/);
  });

  it('migrates 4 (lookups) from 3 with a menu in it: stored rows are indexed for their declared lookups', async () => {
    test = await openTestDatabase(backend);
    await migrate(test.db, migrations.slice(0, 3));
    const vendorId = await createVendor(test.db, {
      name: '老王',
      login: 'lookups@vendor.test',
      password: 'pw123456',
    });
    const insert = (tbl: string, id: string, data: Record<string, unknown>, deleted = false) =>
      test.db.query(
        `insert into entities (vendor_id, tbl, id, data, deleted, seq) values ($1, $2, $3, $4, $5, 1)`,
        [vendorId, tbl, id, data, deleted],
      );
    await insert('menuItem', 'beef', { id: 'beef', sku: ' nm-1', barcode: '6901' });
    await insert('menuItem', 'gone', { id: 'gone', sku: 'OLD' }, true);
    await insert('menuCategory', 'noodles', { id: 'noodles', name: { zh: '面' } });
    await test.db.query(
      `insert into ledger_entries (vendor_id, tbl, id, data, seq, hash_a, hash_b)
       values ($1, 'menuStockEntry', 's1', $2, 1, 0, 0)`,
      [vendorId, { id: 's1', itemId: 'beef', delta: 5 }],
    );

    expect(await migrate(test.db)).toEqual(migrations.slice(3).map((m) => m.version));
    const lookups = () =>
      test.db.query<{ tbl: string; lookup: string; value: string; id: string }>(
        'select tbl, lookup, value, id from row_lookups order by tbl, lookup, value',
      );
    expect(await lookups()).toEqual([
      { tbl: 'menuItem', lookup: 'code', value: 'barcode:6901', id: 'beef' },
      { tbl: 'menuItem', lookup: 'code', value: 'sku:NM-1', id: 'beef' },
      { tbl: 'menuStockEntry', lookup: 'itemId', value: 'beef', id: 's1' },
    ]);

    // A later start builds nothing again; a changed declaration (a new version) rebuilds it.
    expect(await buildLookups(test.db)).toEqual([]);
    const skuOnly = new Map(tableLookups);
    const built = tableLookups.get('menuItem')!.code!.version;
    skuOnly.set('menuItem', {
      code: {
        version: built + 1,
        values: (row) => (row.sku ? [`sku:${String(row.sku).trim()}`] : []),
      },
    });
    expect(await buildLookups(test.db, skuOnly)).toEqual(['menuItem.code']);
    expect((await lookups()).filter((row) => row.tbl === 'menuItem')).toEqual([
      { tbl: 'menuItem', lookup: 'code', value: 'sku:nm-1', id: 'beef' },
    ]);
  });

  it('migrates 5 (device-secrets) with devices and doubled results in it', async () => {
    test = await openTestDatabase(backend);
    await migrate(
      test.db,
      migrations.filter((migration) => migration.version < 5),
    );
    const vendorId = '0190a000-0000-7000-8000-000000000001';
    const userId = '0190a000-0000-7000-8000-000000000002';
    const deviceId = '0190a000-0000-7000-8000-000000000003';
    const other = '0190a000-0000-7000-8000-000000000004';
    const mutationId = '0190a000-0000-7000-8000-000000000005';
    await test.db.query('insert into vendors (id, name) values ($1, $2)', [vendorId, '老王面馆']);
    await test.db.query(
      'insert into users (id, login, password_hash, vendor_id) values ($1, $2, $3, $4)',
      [userId, 'owner@vendor.test', 'x', vendorId],
    );
    await test.db.query(
      'insert into device_sessions (token_hash, user_id, device_id, device_name) values ($1, $2, $3, $4)',
      ['hash', userId, deviceId, '前台'],
    );
    // The same mutation applied twice, under two devices (the defect migration 5 closes).
    for (const [device, serverSeq] of [
      [deviceId, 1],
      [other, 2],
    ] as const) {
      await test.db.query(
        `insert into mutation_results (vendor_id, device_id, seq, mutation_id, name, server_seq, status)
         values ($1, $2, 1, $3, 'menuCategory.create', $4, 'applied')`,
        [vendorId, device, mutationId, serverSeq],
      );
    }
    expect(await migrate(test.db)).toContain(5);
    const devices = await test.db.query('select device_id, secret_hash from devices');
    expect(devices).toEqual([{ device_id: deviceId, secret_hash: null }]);
    const results = await test.db.query('select device_id, server_seq from mutation_results');
    expect(results).toEqual([{ device_id: deviceId, server_seq: 1 }]);
    await expect(
      test.db.query(
        `insert into mutation_results (vendor_id, device_id, seq, mutation_id, name, server_seq, status)
         values ($1, $2, 2, $3, 'menuCategory.create', 3, 'applied')`,
        [vendorId, other, mutationId],
      ),
    ).rejects.toThrow();
  });

  it('migrates 6 (sign-in-throttle) with accounts in it: counts start empty and count at once', async () => {
    test = await openTestDatabase(backend);
    await migrate(
      test.db,
      migrations.filter((migration) => migration.version < 6),
    );
    await test.db.query(
      "insert into vendors (id, name) values ('0190a000-0000-7000-8000-000000000001', '老王面馆')",
    );
    expect(await migrate(test.db)).toContain(6);
    expect(await test.db.query('select * from sign_in_failures')).toEqual([]);
    await test.db.query(
      "insert into sign_in_failures values ('login:owner@vendor.test', 1, now(), now())",
    );
    expect(await test.db.query('select key, failures from sign_in_failures')).toEqual([
      { key: 'login:owner@vendor.test', failures: 1 },
    ]);
  });
  it('migrates 7 (staff) with a shop in it: history and audit start empty and take rows', async () => {
    test = await openTestDatabase(backend);
    await migrate(
      test.db,
      migrations.filter((migration) => migration.version < 7),
    );
    const vendorId = '0190a000-0000-7000-8000-000000000001';
    await test.db.query("insert into vendors (id, name) values ($1, '老王面馆')", [vendorId]);
    await test.db.query(
      `insert into entities (vendor_id, tbl, id, data, seq) values ($1, 'menuItem', 'i1', '{"id":"i1"}', 1)`,
      [vendorId],
    );
    expect(
      await migrate(
        test.db,
        migrations.filter((migration) => migration.version <= 7),
      ),
    ).toEqual([7]);
    expect(await test.db.query('select * from staff_history')).toEqual([]);
    expect(await test.db.query('select * from staff_audit')).toEqual([]);
    await test.db.query(
      `insert into staff_history (vendor_id, tbl, id, seq, device_id, data)
       values ($1, 'staffMember', 'm1', 2, '0190a000-0000-7000-8000-0000000000d1', '{"id":"m1"}')`,
      [vendorId],
    );
    expect(await test.db.query('select tbl, id, seq from staff_history')).toEqual([
      { tbl: 'staffMember', id: 'm1', seq: 2 },
    ]);
    expect(await test.db.query('select id from entities')).toEqual([{ id: 'i1' }]);
  });

  it('migrates 8 (jobs) with shops in it: no job yet, jobs take rows, and the due and settings indexes exist', async () => {
    test = await openTestDatabase(backend);
    await migrate(
      test.db,
      migrations.filter((migration) => migration.version < 8),
    );
    const vendorId = '0190a000-0000-7000-8000-000000000001';
    await test.db.query("insert into vendors (id, name) values ($1, '老王面馆')", [vendorId]);
    await test.db.query(
      `insert into entities (vendor_id, tbl, id, data, seq)
       values ($1, 'customerSettings', $2, '{"pointsExpiryMonths": 12}', 1)`,
      [vendorId, vendorId],
    );
    expect(
      await migrate(
        test.db,
        migrations.filter((migration) => migration.version <= 8),
      ),
    ).toEqual([8]);
    expect(await test.db.query('select * from platform_jobs')).toEqual([]);
    await test.db.query(
      `insert into platform_jobs (kind, key, due_at) values ('points.expiry', $1, 1)`,
      [vendorId],
    );
    expect(await test.db.query('select kind, key, due_at, runs from platform_jobs')).toEqual([
      { kind: 'points.expiry', key: vendorId, due_at: 1, runs: 0 },
    ]);
    const indexes = await test.db.query<{ name: string }>(
      `select indexname as name from pg_indexes where schemaname = current_schema()
       and indexname in ('platform_jobs_due', 'entities_customer_settings') order by indexname`,
    );
    expect(indexes.map((index) => index.name)).toEqual([
      'entities_customer_settings',
      'platform_jobs_due',
    ]);
  });

  it('migrates 12 (media) with shops in it: an image and its variants keep their bytes, and go with their shop', async () => {
    test = await openTestDatabase(backend);
    await migrate(
      test.db,
      migrations.filter((migration) => migration.version < 12),
    );
    const vendorId = '0190a000-0000-7000-8000-000000000001';
    await test.db.query("insert into vendors (id, name) values ($1, '老王面馆')", [vendorId]);
    expect(
      await migrate(
        test.db,
        migrations.filter((migration) => migration.version <= 12),
      ),
    ).toEqual([12]);
    const hash = 'f'.repeat(64);
    await test.db.query(
      `insert into media_images (vendor_id, hash, mime, width, height, byte_size, stored_bytes, created_at)
       values ($1, $2, 'image/png', 2, 1, 4, 8, 1)`,
      [vendorId, hash],
    );
    const bytes = Uint8Array.from([0, 255, 0x89, 10]);
    await test.db.query(
      `insert into media_variants (vendor_id, hash, variant, mime, width, height, bytes)
       values ($1, $2, 'thumb', 'image/webp', 2, 1, $3)`,
      [vendorId, hash, bytes],
    );
    const [row] = await test.db.query<{ bytes: Uint8Array }>('select bytes from media_variants');
    expect([...row!.bytes]).toEqual([...bytes]);
    await test.db.query('delete from vendors where id = $1', [vendorId]);
    expect(await test.db.query('select hash from media_images')).toEqual([]);
    expect(await test.db.query('select hash from media_variants')).toEqual([]);
  });
});
