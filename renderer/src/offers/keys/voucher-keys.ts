/**
 * The platform's voucher public keys on this desktop: fetched after a sync (the engine does it
 * once per run of the engine, again after a failure) and kept in Dexie, so the desk checks a
 * QR's signature without a network. The platform's list is the whole truth: keys it no longer
 * lists are dropped.
 */
import { voucherKeyMap, type VoucherKeysResponse } from '@domain/vouchers/keys';
import type { VendorDb } from '../../db/vendor-db';

export interface VoucherKeysSource {
  voucherKeys(vendorId: string): Promise<VoucherKeysResponse>;
}

export async function refreshVoucherKeys(
  db: VendorDb,
  client: VoucherKeysSource,
  vendorId: string,
): Promise<number> {
  const { keys } = await client.voucherKeys(vendorId);
  await db.transaction('rw', db.voucherKey, async () => {
    const listed = new Set(keys.map((key) => key.keyId));
    const stale = (await db.voucherKey.toCollection().primaryKeys()).filter(
      (id) => !listed.has(id),
    );
    await db.voucherKey.bulkDelete(stale);
    await db.voucherKey.bulkPut(keys);
  });
  return keys.length;
}

/** The stored keys as verifyVoucher takes them. */
export async function storedVoucherKeys(db: VendorDb): Promise<Map<string, Uint8Array>> {
  return voucherKeyMap(await db.voucherKey.toArray());
}
