import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newId } from '@domain/ids';
import { vendorSchemaVersions } from './schema';
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

  it('declares versions in increasing order', () => {
    const versions = vendorSchemaVersions.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });
});
