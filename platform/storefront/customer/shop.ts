/**
 * The shop behind a storefront address: the slug's row in storefront_slugs (migration 016) and
 * the shop's profile. An unknown slug and a shop without a profile are the same "no such shop".
 */
import { slugSchema } from '../../../domain/storefront/schema';
import type { VendorProfile } from '../../../domain/vendor/schema';
import type { Database } from '../../db/database';
import { entity } from '../../jobs/booking-shared';
import { vendorOfSlug } from '../site';

export interface StorefrontShop {
  slug: string;
  vendorId: string;
  profile: VendorProfile;
}

export async function shopBySlug(db: Database, slug: string): Promise<StorefrontShop | null> {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return null;
  const vendorId = await vendorOfSlug(db, parsed.data);
  if (!vendorId) return null;
  const profile = await entity<VendorProfile>(db, vendorId, 'vendorProfile', vendorId);
  return profile ? { slug: parsed.data, vendorId, profile } : null;
}
