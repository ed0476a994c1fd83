/**
 * A migrated test database with one shop in it, as the jobs' tests start: the vendor account and
 * the profile its console pushes first, originated on the platform. Pass profile overrides for
 * what a test is about.
 */
import { newId } from '../../domain/ids';
import { sampleVendorProfile } from '../../domain/test-support/vendor-profile';
import type { VendorProfile } from '../../domain/vendor/schema';
import { createVendor } from '../accounts/store';
import { migrate } from '../db/migrate';
import { originate } from '../sync/originate';
import { defaultSyncRules } from '../sync/rules';
import { openTestDatabase, type BackendName, type TestDatabase } from './backends';

export interface ShopDatabase extends TestDatabase {
  vendorId: string;
}

export async function openShopDatabase(
  backend: BackendName,
  profile: Partial<VendorProfile> = {},
  at = Date.now(),
): Promise<ShopDatabase> {
  const test = await openTestDatabase(backend);
  await migrate(test.db);
  const vendorId = newId();
  const args = sampleVendorProfile({ ...profile, id: vendorId });
  await createVendor(test.db, {
    id: vendorId,
    name: args.name,
    login: `${vendorId}@vendor.test`,
    password: 'pw pw pw pw pw',
  });
  await originate(test.db, defaultSyncRules, vendorId, { name: 'vendorProfile.create', args }, at);
  return { ...test, vendorId };
}
