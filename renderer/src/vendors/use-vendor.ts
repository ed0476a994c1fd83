/** Live reads of the vendor profiles on this device and of the active vendor's own data. */
import { createContext, useContext } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_TIME_ZONE } from '@domain/time';
import type { VendorProfile } from '@domain/vendor';
import { directory, getActiveVendorId } from '../db/directory';
import { vendorDb, type VendorDb } from '../db/vendor-db';

export function useProfiles() {
  return useLiveQuery(() => directory.profiles.orderBy('lastOpenedAt').reverse().toArray());
}

export function useActiveVendorId() {
  return useLiveQuery(() => getActiveVendorId(), [], undefined);
}

export interface ActiveVendor {
  vendorId: string;
  db: VendorDb;
}

export const ActiveVendorContext = createContext<ActiveVendor | null>(null);

export function activeVendor(vendorId: string): ActiveVendor {
  return { vendorId, db: vendorDb(vendorId) };
}

/** The vendor whose data the console shows; every feature page reads through it. */
export function useActiveVendor(): ActiveVendor {
  const vendor = useContext(ActiveVendorContext);
  if (!vendor) throw new Error('useActiveVendor() outside ActiveVendorContext');
  return vendor;
}

export function useVendorProfile(): VendorProfile | undefined {
  const { db, vendorId } = useActiveVendor();
  return useLiveQuery(() => db.vendorProfile.get(vendorId), [db, vendorId]);
}

/** The shop's time zone (the default zone until its profile is read). */
export function useShopZone(): string {
  return useVendorProfile()?.timeZone ?? DEFAULT_TIME_ZONE;
}
