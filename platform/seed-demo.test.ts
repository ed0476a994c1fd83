import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bookingSettingsSchema, resourceSchema, type Resource } from '../domain/bookings/schema';
import { findDaypartProblems } from '../domain/menu/dayparts';
import { menuItemSchema, type MenuItem } from '../domain/menu/schema';
import { validateSpecGroups } from '../domain/menu/specs';
import { syncPaths } from '../domain/sync/protocol';
import { vendorProfileSchema } from '../domain/vendor';
import { demoBookingSettings, demoResources } from './demo-bookings';
import { demoDayparts, demoItems, demoProfile } from './demo-shop';
import { DEMO, seedDemo } from './seed-demo';
import { backends, SETUP_TIMEOUT_MS } from './test/backends';
import { PulledRows, pullToEnd } from './test/pull-client';
import {
  outboxEntry,
  pushBody,
  resetSeqs,
  startTestPlatform,
  type TestPlatform,
} from './test/server';

describe('the demo shop’s data', () => {
  it('keeps the console’s own rules: valid profile, items, spec groups and dayparts', () => {
    expect(vendorProfileSchema.safeParse(demoProfile(DEMO.vendorId)).success).toBe(true);
    for (const item of demoItems) {
      expect(menuItemSchema.safeParse(item).success).toBe(true);
      expect(validateSpecGroups(item.specGroups, { basePriceFen: item.priceFen })).toEqual([]);
    }
    expect(findDaypartProblems(demoDayparts)).toEqual([]);
    expect(demoDayparts.map((daypart) => daypart.name.zh)).toEqual([
      '早餐',
      '午市',
      '晚市',
      '夜宵',
    ]);
    expect(demoItems.every((item) => item.name.en)).toBe(true);
    for (const resource of demoResources)
      expect(resourceSchema.safeParse(resource).success).toBe(true);
    expect(bookingSettingsSchema.safeParse(demoBookingSettings(DEMO.vendorId)).success).toBe(true);
  });
});

describe.each(backends)('seedDemo on %s', (backend) => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform(backend, {
      signInLimit: { addressFailures: 100_000 },
    });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());
  beforeEach(async () => {
    resetSeqs();
    await platform.db.exec('truncate vendors cascade; truncate providers cascade');
  });

  /** Everything the seed could have written for the demo vendor. */
  const snapshot = async () => ({
    entities: await platform.db.query(
      'select tbl, id, data, deleted, seq from entities where vendor_id = $1 order by tbl, id',
      [DEMO.vendorId],
    ),
    ledger: await platform.db.query('select * from ledger_entries where vendor_id = $1', [
      DEMO.vendorId,
    ]),
    checksums: await platform.db.query(
      'select tbl, row_count, sum_a, sum_b from table_checksums where vendor_id = $1 order by tbl',
      [DEMO.vendorId],
    ),
    counter: await platform.db.query('select last_seq from vendor_seqs where vendor_id = $1', [
      DEMO.vendorId,
    ]),
    results: await platform.db.query(
      'select device_id, seq, mutation_id, status from mutation_results where vendor_id = $1 order by seq',
      [DEMO.vendorId],
    ),
  });

  it('gives the same rows when seeded twice: the second seed is a duplicate', async () => {
    expect(await seedDemo(platform.db)).toEqual({ created: true, applied: 6 + 8 + 1 });
    const first = await snapshot();
    // Profile, dayparts, categories, tags, items; then tables and booking settings.
    expect(first.entities).toHaveLength(1 + 4 + 3 + 2 + 8 + 8 + 1);
    expect(first.results.every((row) => row.status === 'applied')).toBe(true);
    expect(await seedDemo(platform.db)).toEqual({ created: false, applied: 0 });
    expect(await snapshot()).toEqual(first);
  });

  it('gives a fresh console the profile and the menu on its first pull, checksums matching', async () => {
    await seedDemo(platform.db);
    const fresh = await platform.signIn(DEMO.login, DEMO.password);
    const rows = new PulledRows();
    const pages = await pullToEnd(platform, DEMO.vendorId, fresh, rows);
    const table = (name: string) => [...(rows.tables.get(name)?.values() ?? [])];

    expect(table('vendorProfile')).toEqual([demoProfile(DEMO.vendorId)]);
    expect(table('vendorProfile')[0]).toMatchObject({
      name: expect.stringContaining('老王黄焖鸡米饭'),
      phone: '021-12345678',
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
      businessDayCutoff: '04:00',
    });
    expect(
      table('menuDaypart')
        .map((row) => (row.name as { zh: string }).zh)
        .sort(),
    ).toEqual(['午市', '夜宵', '早餐', '晚市'].sort());
    expect(table('menuCategory')).toHaveLength(3);
    expect(table('menuTag')).toHaveLength(2);
    const items = table('menuItem') as MenuItem[];
    expect(items).toEqual(expect.arrayContaining(demoItems));
    expect(items).toHaveLength(8);
    expect(items.filter((item) => item.specGroups.length > 0).map((item) => item.name.zh)).toEqual([
      '黄焖鸡米饭',
    ]);
    const tables = table('resource') as Resource[];
    expect(tables.map((row) => `${row.area} ${row.name}`).sort()).toEqual([
      '包间 V1',
      '包间 V2',
      '大厅 A1',
      '大厅 A2',
      '大厅 A3',
      '大厅 A4',
      '大厅 A5',
      '大厅 A6',
    ]);
    expect(table('bookingSettings')).toEqual([demoBookingSettings(DEMO.vendorId)]);
    const checksums = pages.at(-1)!.checksums!;
    for (const name of [
      'vendorProfile',
      'menuDaypart',
      'menuCategory',
      'menuTag',
      'menuItem',
      'resource',
      'bookingSettings',
    ])
      expect(rows.checksum(name)).toBe(checksums[name]);
  });

  it('leaves a shop’s own later edits alone when seeding again', async () => {
    await seedDemo(platform.db);
    const desk = await platform.signIn(DEMO.login, DEMO.password);
    const [chicken] = demoItems;
    const newPrice = outboxEntry(desk, 'menuItem.update', {
      id: chicken!.id,
      priceFen: 2_500,
      updatedAt: 1,
    });
    const pushed = await platform.call('POST', syncPaths.push(DEMO.vendorId), {
      token: desk.token,
      body: pushBody(desk, [newPrice]),
    });
    expect(pushed.body.results[0].status).toBe('applied');
    expect((await seedDemo(platform.db)).applied).toBe(0);
    const [row] = await platform.db.query<{ data: MenuItem }>(
      "select data from entities where vendor_id = $1 and tbl = 'menuItem' and id = $2",
      [DEMO.vendorId, chicken!.id],
    );
    expect(row?.data.priceFen).toBe(2_500);
  });
});
