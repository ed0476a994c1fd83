/**
 * Seeds a shop with an N-item menu on this origin, the way the console itself would have stored
 * it: the profile in the device's directory (and made the active one), the profile and the menu
 * in the vendor's database through the mutation layer. The app page on the same origin then opens
 * straight onto that shop.
 */
import { newId } from '@domain/ids';
import { sampleVendorProfile } from '@domain/test-support/vendor-profile';
import { importMenu } from '@domain/menu/mutations';
import { createVendorProfile } from '@domain/vendor/mutations';
import { markProfileOpened, recordProfile } from '../../renderer/src/db/directory';
import { mutate } from '../../renderer/src/db/mutate';
import type { MenuSeed, MenuSeedOptions } from './api';
import { benchItems } from './fixtures';
import { openBenchDb, tablesMissingFromSchema } from './store';
import { importOf } from './write-path';

export async function seedMenu(options: MenuSeedOptions): Promise<MenuSeed> {
  const missing = tablesMissingFromSchema();
  if (missing.length > 0) throw new Error(`the console's schema lacks ${missing.join(', ')}`);
  const profile = sampleVendorProfile();
  const db = await openBenchDb(profile.id);
  try {
    await mutate(db, createVendorProfile, profile);
    const batch = importOf(benchItems(options.items, newId()));
    await mutate(db, importMenu, batch);
    const now = Date.now();
    await recordProfile({
      vendorId: profile.id,
      name: profile.name,
      createdAt: now,
      lastOpenedAt: now,
    });
    await markProfileOpened(profile.id);
    return {
      vendorId: profile.id,
      firstItemNames: batch.createItems.slice(0, 3).map((item) => item.name.zh),
    };
  } finally {
    db.close();
  }
}
