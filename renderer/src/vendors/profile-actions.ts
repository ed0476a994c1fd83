/**
 * Creating and switching shop profiles. A profile is written to its own vendor database through
 * the mutation layer first (so it will sync), then listed in this device's directory.
 */
import { newId } from '@domain/ids';
import { createVendorProfile } from '@domain/vendor/mutations';
import type { VendorProfile } from '@domain/vendor';
import { markProfileOpened, recordProfile } from '../db/directory';
import { mutate } from '../db/mutate';
import { vendorDb } from '../db/vendor-db';

export type NewProfileInput = Omit<VendorProfile, 'id' | 'createdAt'>;

export async function createShopProfile(input: NewProfileInput): Promise<string> {
  const vendorId = newId();
  const createdAt = Date.now();
  await mutate(vendorDb(vendorId), createVendorProfile, { ...input, id: vendorId, createdAt });
  await recordProfile({ vendorId, name: input.name, createdAt, lastOpenedAt: createdAt });
  await markProfileOpened(vendorId);
  return vendorId;
}

export async function switchShopProfile(vendorId: string): Promise<void> {
  await markProfileOpened(vendorId);
}
