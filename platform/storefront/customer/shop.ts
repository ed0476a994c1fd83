/**
 * The shop behind a storefront address: the slug's row in storefront_slugs (migration 016) and
 * the shop's profile. An unknown slug and a shop without a profile are the same "no such shop".
 * (The page's own routes have a lookup like this one; the two may become one.)
 */
import { slugSchema } from '../../../domain/storefront/schema';
import type { VendorProfile } from '../../../domain/vendor/schema';
import type { Database } from '../../db/database';
import { entity } from '../../jobs/booking-shared';

export interface StorefrontShop {
  slug: string;
  vendorId: string;
  profile: VendorProfile;
}

export async function shopBySlug(db: Database, slug: string): Promise<StorefrontShop | null> {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return null;
  const [row] = await db.query<{ vendor_id: string }>(
    'select vendor_id::text as vendor_id from storefront_slugs where slug = $1',
    [parsed.data],
  );
  if (!row) return null;
  const profile = await entity<VendorProfile>(db, row.vendor_id, 'vendorProfile', row.vendor_id);
  return profile ? { slug: parsed.data, vendorId: row.vendor_id, profile } : null;
}
