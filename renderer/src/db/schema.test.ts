import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newId } from '@domain/ids';
import { vendorSchemaVersions } from './schema';
import { OUTBOX_SEQ_KEY } from './mutate';
import { VendorDb } from './vendor-db';

describe('vendor database migrations', () => {
  it('opens a version 1 database with data in it and keeps the data, adding the cut-off', async () => {
    const vendorId = newId();
    const v1 = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 1));
    await v1.vendorProfile.put({ id: vendorId, name: '老店' } as never);
    await v1.outbox.add({ seq: 1, id: newId() } as never);
    v1.close();

    const current = new VendorDb(vendorId);
    const profile = await current.vendorProfile.get(vendorId);
    expect(profile?.name).toBe('老店');
    expect(profile?.businessDayCutoff).toBe('04:00');
    expect(await current.outbox.count()).toBe(1);
    expect(current.verno).toBe(vendorSchemaVersions.at(-1)?.version);
    await current.delete();
  });

  it('opens a version 2 database with data in it and adds the empty menu tables', async () => {
    const vendorId = newId();
    const v2 = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 2));
    await v2.vendorProfile.put({ id: vendorId, name: '老店', businessDayCutoff: '05:00' } as never);
    await v2.outbox.add({ seq: 1, id: newId() } as never);
    // Written as that version wrote it, read as the code reads it now: a renamed key would fail here.
    await v2.meta.put({ key: 'outboxSeq', value: 1 });
    v2.close();

    const current = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 3));
    expect((await current.vendorProfile.get(vendorId))?.businessDayCutoff).toBe('05:00');
    expect(await current.outbox.count()).toBe(1);
    expect((await current.meta.get(OUTBOX_SEQ_KEY))?.value).toBe(1);
    for (const table of ['menuCategory', 'menuItem', 'menuStockEntry', 'photoBlob']) {
      expect(await current.table(table).count()).toBe(0);
    }
    // The indexes the menu pages query by exist.
    const itemId = newId();
    await current.menuStockEntry.add({
      id: newId(),
      itemId,
      businessDate: '2026-03-06',
      delta: -1,
      reason: 'sale',
      createdAt: 1,
    });
    const today = await current.menuStockEntry
      .where('[itemId+businessDate]')
      .equals([itemId, '2026-03-06'])
      .count();
    expect(today).toBe(1);
    expect(await current.menuItem.where('categoryId').equals(itemId).count()).toBe(0);
    await current.delete();
  });

  it('opens a version 3 database with a menu and queued changes, adding the empty sync tables', async () => {
    const vendorId = newId();
    const itemId = newId();
    const v3 = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 3));
    await v3.menuItem.put({ id: itemId, categoryId: newId(), priceFen: 1800 } as never);
    await v3.outbox.add({ seq: 1, id: newId(), name: 'menuItem.create' } as never);
    await v3.meta.put({ key: 'outboxSeq', value: 1 });
    v3.close();

    const current = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 4));
    expect(current.verno).toBe(4);
    expect((await current.menuItem.get(itemId))?.priceFen).toBe(1800);
    expect(await current.outbox.count()).toBe(1);
    expect((await current.meta.get(OUTBOX_SEQ_KEY))?.value).toBe(1);
    const shadow = current.table('syncShadow');
    const attention = current.table('needsAttention');
    expect(await shadow.count()).toBe(0);
    expect(await attention.count()).toBe(0);
    // The shadow is keyed by table and id and can be read a table at a time.
    await shadow.put({ table: 'menuItem', id: itemId, row: { id: itemId }, serverSeq: 3 });
    await shadow.put({ table: 'menuTag', id: itemId, row: { id: itemId }, serverSeq: 4 });
    expect((await shadow.get(['menuItem', itemId]))?.serverSeq).toBe(3);
    expect(await shadow.where('table').equals('menuTag').count()).toBe(1);
    await attention.put({ mutationId: newId(), rejectedAt: 1 });
    expect(await attention.orderBy('rejectedAt').count()).toBe(1);
    await current.delete();
  });

  it("opens a version 4 database with synced rows, a queue and this desktop's rejections, adding the shop-wide attention items", async () => {
    const vendorId = newId();
    const itemId = newId();
    const rejectedId = newId();
    const v4 = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 4));
    await v4.menuItem.put({ id: itemId, categoryId: newId(), priceFen: 1800 } as never);
    await v4
      .table('syncShadow')
      .put({ table: 'menuItem', id: itemId, row: { id: itemId }, serverSeq: 3 });
    await v4
      .table('needsAttention')
      .put({ mutationId: rejectedId, rejectedAt: 5, dismissedAt: null });
    await v4.outbox.add({ seq: 1, id: newId(), name: 'menuItem.update' } as never);
    v4.close();

    const current = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 5));
    expect(current.verno).toBe(5);
    expect((await current.menuItem.get(itemId))?.priceFen).toBe(1800);
    expect(await current.table('syncShadow').count()).toBe(1);
    expect((await current.table('needsAttention').get(rejectedId))?.rejectedAt).toBe(5);
    expect(await current.outbox.count()).toBe(1);
    const items = current.table('attentionItem');
    expect(await items.count()).toBe(0);
    await items.put({ id: rejectedId, rejectedAt: 7 });
    expect(await items.orderBy('rejectedAt').primaryKeys()).toEqual([rejectedId]);
    await current.delete();
  });

  it('opens a version 5 database with items and indexes every code, its own and its variants', async () => {
    const vendorId = newId();
    const [plain, withVariants] = [newId(), newId()];
    const v5 = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 5));
    await v5.menuItem.bulkPut([
      { id: plain, categoryId: newId(), sku: 'hmj-1', barcode: '6901234567892' },
      {
        id: withVariants,
        categoryId: newId(),
        sku: null,
        variants: [
          { id: newId(), sku: 'TS-R-M', barcode: null },
          { id: newId(), sku: 'TS-R-L', barcode: '6950000000017' },
        ],
      },
    ] as never);
    await v5.outbox.add({ seq: 1, id: newId(), name: 'menuItem.update' } as never);
    v5.close();

    const current = new VendorDb(vendorId);
    expect(current.verno).toBe(vendorSchemaVersions.at(-1)?.version);
    const byCode = (code: string) => current.menuItem.where('codes').equals(code).primaryKeys();
    expect(await byCode('sku:HMJ-1')).toEqual([plain]);
    expect(await byCode('barcode:6901234567892')).toEqual([plain]);
    expect(await byCode('sku:TS-R-L')).toEqual([withVariants]);
    expect(await byCode('barcode:6950000000017')).toEqual([withVariants]);
    expect(await current.outbox.count()).toBe(1);
    // The index's field is the store's own: a row reads back as it was written.
    expect(await current.menuItem.get(plain)).not.toHaveProperty('codes');
    expect(await current.menuItem.where('codes').equals('sku:HMJ-1').first()).not.toHaveProperty(
      'codes',
    );
    await current.menuItem.each((item) => expect(item).not.toHaveProperty('codes'));

    // From now on every write keeps the index: a put, an update, a modify.
    await current.menuItem.update(plain, { sku: 'HMJ-2' });
    expect(await byCode('sku:HMJ-1')).toEqual([]);
    expect(await byCode('sku:HMJ-2')).toEqual([plain]);
    await current.menuItem
      .where('id')
      .equals(withVariants)
      .modify((item: Record<string, unknown>) => {
        item.variants = [{ id: newId(), sku: 'TS-B-M', barcode: null }];
      });
    expect(await byCode('sku:TS-R-L')).toEqual([]);
    expect(await byCode('sku:TS-B-M')).toEqual([withVariants]);
    await current.delete();
  });

  it('opens a version 5 database with data in it and adds the empty staff stores', async () => {
    const vendorId = newId();
    const itemId = newId();
    const v5 = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 5));
    await v5.menuItem.put({ id: itemId, categoryId: newId(), priceFen: 1800 } as never);
    await v5.outbox.add({ seq: 1, id: newId(), name: 'menuItem.update' } as never);
    await v5.table('attentionItem').put({ id: newId(), rejectedAt: 7 });
    v5.close();

    const current = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 7));
    expect(current.verno).toBe(7);
    expect((await current.menuItem.get(itemId))?.priceFen).toBe(1800);
    // An entry from before staff names nobody; it stays valid as it is.
    expect(await current.outbox.get(1)).toMatchObject({ name: 'menuItem.update' });
    expect(await current.table('attentionItem').count()).toBe(1);
    for (const table of ['staffMember', 'staffRole', 'staffSettings', 'pinAttempts']) {
      expect(await current.table(table).count()).toBe(0);
    }
    await current.pinAttempts.put({ staffId: 'm', failures: 1, lockedUntil: null, locks: 0 });
    expect(await current.pinAttempts.get('m')).toMatchObject({ failures: 1 });
    await current.delete();
  });

  it('opens a version 7 database with staff and menu in it and adds the empty customer stores', async () => {
    const vendorId = newId();
    const itemId = newId();
    const v7 = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 7));
    await v7.menuItem.put({ id: itemId, categoryId: newId(), priceFen: 1800 } as never);
    await v7.staffMember.put({ id: 'm', name: '小王' } as never);
    await v7.outbox.add({ seq: 1, id: newId(), name: 'staffMember.update' } as never);
    v7.close();

    const current = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 8));
    expect(current.verno).toBe(8);
    expect((await current.menuItem.get(itemId))?.priceFen).toBe(1800);
    expect(await current.staffMember.get('m')).toMatchObject({ name: '小王' });
    expect(await current.outbox.get(1)).toMatchObject({ name: 'staffMember.update' });
    const customerStores = [
      'customer',
      'customerPersonal',
      'customerTier',
      'topUpPlan',
      'customerSettings',
      'storedValueEntry',
      'pointsEntry',
      'saleEntry',
      'privacyLogEntry',
    ];
    for (const table of customerStores) expect(await current.table(table).count()).toBe(0);
    // The indexes the customer pages read by answer.
    await current.customerPersonal.put({ id: 'c', phone: '13812341234' } as never);
    expect(await current.customerPersonal.where('phone').equals('13812341234').count()).toBe(1);
    await current.storedValueEntry.put({
      id: 'e',
      customerId: 'c',
      businessDate: '2026-12-02',
    } as never);
    expect(await current.storedValueEntry.where('customerId').equals('c').count()).toBe(1);
    await current.delete();
  });

  it('opens a version 8 database with customers in it and adds the empty booking stores, a day of bookings one index read', async () => {
    const vendorId = newId();
    const v8 = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 8));
    await v8.customerPersonal.put({ id: 'c', phone: '13812341234' } as never);
    await v8.outbox.add({ seq: 1, id: newId(), name: 'customer.create' } as never);
    v8.close();

    const current = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 9));
    expect(current.verno).toBe(9);
    expect(await current.customerPersonal.get('c')).toMatchObject({ phone: '13812341234' });
    expect(await current.outbox.get(1)).toMatchObject({ name: 'customer.create' });
    const bookingStores = [
      'resource',
      'service',
      'bookingSettings',
      'bookingException',
      'busyBlock',
      'calendarSubscription',
      'booking',
      'bookingEvent',
      'waitlistEntry',
    ];
    for (const table of bookingStores) expect(await current.table(table).count()).toBe(0);
    // A stay over three business days is found on each of them, and on no other.
    await current.booking.bulkPut([
      { id: 'stay', days: ['2026-12-04', '2026-12-05', '2026-12-06'], customerId: 'c' },
      { id: 'dinner', days: ['2026-12-05'], customerId: null },
    ] as never);
    const on = (date: string) => current.booking.where('days').equals(date).primaryKeys();
    expect(await on('2026-12-05')).toEqual(['dinner', 'stay']);
    expect(await on('2026-12-06')).toEqual(['stay']);
    expect(await on('2026-12-07')).toEqual([]);
    expect(await current.booking.where('customerId').equals('c').primaryKeys()).toEqual(['stay']);
    await current.delete();
  });

  it('opens a version 9 database with photos in it and adds the empty upload queue, read by state', async () => {
    const vendorId = newId();
    const v9 = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 9));
    const image = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/webp' });
    await v9.menuPhoto.put({ id: 'p', itemId: 'i', mime: 'image/webp', width: 1, height: 1 });
    await v9.photoBlob.put({ id: 'p', itemId: 'i', image, thumb: image });
    await v9.outbox.add({ seq: 1, id: newId(), name: 'menuPhoto.create' } as never);
    v9.close();

    const current = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 10));
    expect(current.verno).toBe(10);
    // A photo saved before uploads existed stays valid as it is: it has no content hash.
    expect(await current.menuPhoto.get('p')).toEqual({
      id: 'p',
      itemId: 'i',
      mime: 'image/webp',
      width: 1,
      height: 1,
    });
    expect(await current.photoBlob.count()).toBe(1);
    expect(await current.outbox.get(1)).toMatchObject({ name: 'menuPhoto.create' });
    expect(await current.mediaUpload.count()).toBe(0);
    await current.mediaUpload.bulkPut([
      {
        id: 'p',
        contentHash: 'a'.repeat(64),
        state: 'queued',
        attempts: 0,
        nextAttemptAt: 0,
        lastError: null,
        queuedAt: 1,
      },
      {
        id: 'q',
        contentHash: 'b'.repeat(64),
        state: 'refused',
        attempts: 1,
        nextAttemptAt: 0,
        lastError: 'not_an_image',
        queuedAt: 2,
      },
    ]);
    expect(await current.mediaUpload.where('state').equals('queued').primaryKeys()).toEqual(['p']);
    await current.delete();
  });

  it('opens a version 10 database with bookings in it and adds the empty group-buy stores, a voucher one index read by its code', async () => {
    const vendorId = newId();
    const v10 = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 10));
    await v10.booking.put({ id: 'b', days: ['2026-12-05'], customerId: null } as never);
    await v10.outbox.add({ seq: 1, id: newId(), name: 'booking.create' } as never);
    v10.close();

    const current = new VendorDb(vendorId);
    expect(current.verno).toBe(vendorSchemaVersions.at(-1)!.version);
    expect(await current.booking.get('b')).toMatchObject({ days: ['2026-12-05'] });
    expect(await current.outbox.get(1)).toMatchObject({ name: 'booking.create' });
    for (const table of ['offer', 'offerSettings', 'voucher', 'redemption']) {
      expect(await current.table(table).count()).toBe(0);
    }
    await current.voucher.bulkPut([
      { id: 'v1', code: '123456789012', offerId: 'o', customerId: 'c' },
      { id: 'v2', code: '210987654321', offerId: 'o', customerId: 'd' },
    ] as never);
    expect(await current.voucher.where('code').equals('210987654321').primaryKeys()).toEqual([
      'v2',
    ]);
    expect(await current.voucher.where('offerId').equals('o').count()).toBe(2);
    await current.redemption.put({ id: 'r', voucherId: 'v1', businessDate: '2026-12-05' } as never);
    expect(await current.redemption.where('businessDate').equals('2026-12-05').count()).toBe(1);
    await current.delete();
  });

  it('opens a version 11 database with vouchers in it and adds the empty voucher-key store, a key one read by its id', async () => {
    const vendorId = newId();
    const v11 = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 11));
    await v11.voucher.put({
      id: 'v1',
      code: '123456789018',
      offerId: 'o',
      customerId: 'c',
    } as never);
    v11.close();

    const current = new VendorDb(vendorId);
    expect(current.verno).toBe(vendorSchemaVersions.at(-1)!.version);
    expect(await current.voucher.where('code').equals('123456789018').primaryKeys()).toEqual([
      'v1',
    ]);
    expect(await current.voucherKey.count()).toBe(0);
    await current.voucherKey.bulkPut([
      { keyId: 'AAAAAAAA', publicKey: 'x', createdAt: 1, retiredAt: 2 },
      { keyId: 'BBBBBBBB', publicKey: 'y', createdAt: 2, retiredAt: null },
    ]);
    expect(await current.voucherKey.get('BBBBBBBB')).toMatchObject({ publicKey: 'y' });
    await current.delete();
  });

  it('opens a version 12 database with vouchers in it and adds the empty in-shop sales, read by customer', async () => {
    const vendorId = newId();
    const v12 = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 12));
    await v12.voucher.put({
      id: 'v1',
      code: '123456789018',
      offerId: 'o',
      customerId: 'c',
    } as never);
    v12.close();

    const current = new VendorDb(vendorId);
    expect(current.verno).toBe(14);
    expect(await current.voucher.get('v1')).toMatchObject({ customerId: 'c' });
    expect(await current.offerSale.count()).toBe(0);
    await current.offerSale.bulkPut([
      { id: 's1', customerId: 'c', offerId: 'o' },
      { id: 's2', customerId: 'd', offerId: 'o' },
    ] as never);
    expect(await current.offerSale.where('customerId').equals('c').primaryKeys()).toEqual(['s1']);
    expect(await current.offerSale.where('offerId').equals('o').count()).toBe(2);
    await current.delete();
  });

  it('opens a version 13 database with sales in it and adds the storefront, blocks by sort key and versions by number', async () => {
    const vendorId = newId();
    const v13 = new VendorDb(vendorId, vendorSchemaVersions.slice(0, 13));
    await v13.offerSale.put({ id: 's1', customerId: 'c', offerId: 'o' } as never);
    v13.close();

    const current = new VendorDb(vendorId);
    expect(current.verno).toBe(14);
    expect(await current.offerSale.get('s1')).toMatchObject({ customerId: 'c' });
    await current.storefrontBlock.bulkPut([
      { id: 'b1', sortKey: 'm' },
      { id: 'b2', sortKey: 'g' },
    ] as never);
    expect(await current.storefrontBlock.orderBy('sortKey').primaryKeys()).toEqual(['b2', 'b1']);
    await current.storefrontVersion.bulkPut([
      { id: 'v1', number: 1 },
      { id: 'v2', number: 2 },
    ] as never);
    expect((await current.storefrontVersion.orderBy('number').last())?.id).toBe('v2');
    await current.delete();
  });

  it('declares versions in increasing order', () => {
    const versions = vendorSchemaVersions.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });
});
