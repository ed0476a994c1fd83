/**
 * The directory database lists the vendor profiles kept on this device and the device's own
 * settings (language, last opened profile). It is local to the device and never synced.
 */
import Dexie, { type Table } from 'dexie';
import type { Language } from '@domain/ipc-contract';

export interface ProfileEntry {
  vendorId: string;
  name: string;
  createdAt: number;
  lastOpenedAt: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export class DirectoryDb extends Dexie {
  declare profiles: Table<ProfileEntry, string>;
  declare settings: Table<SettingRow, string>;

  constructor(name = 'vendor-console.directory') {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ profiles: 'vendorId, lastOpenedAt', settings: 'key' });
  }
}

export const directory = new DirectoryDb();

export async function getSetting<T>(key: string, fallback: T, db = directory): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(key: string, value: unknown, db = directory): Promise<void> {
  await db.settings.put({ key, value });
}

export const getLanguage = (db = directory) => getSetting<Language | null>('language', null, db);
export const setLanguage = (language: Language, db = directory) =>
  setSetting('language', language, db);

export async function recordProfile(entry: ProfileEntry, db = directory): Promise<void> {
  await db.profiles.put(entry);
}

export async function markProfileOpened(vendorId: string, db = directory): Promise<void> {
  await db.transaction('rw', db.profiles, db.settings, async () => {
    await db.profiles.update(vendorId, { lastOpenedAt: Date.now() });
    await db.settings.put({ key: 'activeVendorId', value: vendorId });
  });
}

export const getActiveVendorId = (db = directory) =>
  getSetting<string | null>('activeVendorId', null, db);
