import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '@domain/ids';
import { createVendorProfile, updateVendorProfile } from '@domain/vendor/mutations';
import { sampleVendorProfile } from '@domain/test-support/vendor-profile';
import { mutate, OUTBOX_SEQ_KEY } from './mutate';
import { StoreError } from './errors';
import { VendorDb } from './vendor-db';

const opened: VendorDb[] = [];
function freshDb(): VendorDb {
  const db = new VendorDb(newId());
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('mutate', () => {
  it('writes the rows and one outbox entry with the changed fields only', async () => {
    const db = freshDb();
    const profile = sampleVendorProfile();
    await mutate(db, createVendorProfile, profile);
    await mutate(db, updateVendorProfile, { id: profile.id, name: '老王黄焖鸡米饭（徐汇店）' });

    expect((await db.vendorProfile.get(profile.id))?.name).toBe('老王黄焖鸡米饭（徐汇店）');
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((entry) => [entry.seq, entry.name])).toEqual([
      [1, 'vendorProfile.create'],
      [2, 'vendorProfile.update'],
    ]);
    expect(outbox[1]?.args).toEqual({ id: profile.id, name: '老王黄焖鸡米饭（徐汇店）' });
    expect(outbox[0]?.deviceId).toBe(outbox[1]?.deviceId);
    expect(new Set(outbox.map((entry) => entry.id)).size).toBe(2);
  });

  it('refuses invalid arguments and writes nothing', async () => {
    const db = freshDb();
    const bad = { ...sampleVendorProfile(), phone: 'call me' };
    await expect(mutate(db, createVendorProfile, bad)).rejects.toMatchObject({
      code: 'invalid_input',
    });
    expect(await db.vendorProfile.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('rolls back the rows when the outbox entry cannot be written', async () => {
    const db = freshDb();
    const profile = sampleVendorProfile();
    await mutate(db, createVendorProfile, profile);
    // Force the next outbox key to collide: the row change must not survive the failed append.
    await db.meta.put({ key: OUTBOX_SEQ_KEY, value: 0 });
    const failure = mutate(db, updateVendorProfile, { id: profile.id, name: '改名失败' });
    await expect(failure).rejects.toBeInstanceOf(StoreError);
    expect((await db.vendorProfile.get(profile.id))?.name).toBe(profile.name);
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('device id', () => {
  it('pins the installation id on the first write of every vendor database', async () => {
    const { loadInstallationDeviceId } = await import('./device');
    const { DirectoryDb } = await import('./directory');
    const directoryDb = new DirectoryDb(`directory-${newId()}`);
    const installationId = await loadInstallationDeviceId(directoryDb);
    expect(await loadInstallationDeviceId(directoryDb)).toBe(installationId);

    const first = freshDb();
    const second = freshDb();
    const [a, b] = [sampleVendorProfile(), sampleVendorProfile()];
    await mutate(first, createVendorProfile, { ...a, id: first.vendorId });
    await mutate(second, createVendorProfile, { ...b, id: second.vendorId });
    expect((await first.outbox.toArray())[0]?.deviceId).toBe(installationId);
    expect((await second.outbox.toArray())[0]?.deviceId).toBe(installationId);
    await directoryDb.delete();
  });
});
