/**
 * The shop's readable address, `/s/<slug>`. The platform alone knows who holds a slug: one row
 * per slug in storefront_slugs (migration 016), a shop holding at most one, so changing it frees
 * the old one in the same transaction. Words the platform's own addresses use are never given
 * out. The claim is then written as the shop's storefrontSite record, a change the platform
 * originates, so every desktop learns the address by sync.
 */
import type { StorefrontSite } from '../../domain/storefront/schema';
import { sqlErrorCode, sqlState, type Database, type Queryable } from '../db/database';
import { originate } from '../sync/originate';
import type { SyncRules } from '../sync/rules';
import { putStorefrontSite } from './platform-mutations';

/** Slugs no shop may hold: the platform's own paths and words a customer would mistake. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'api',
  'admin',
  's',
  'public',
  'v1',
  'v2',
  'dev',
  'sandbox',
  'www',
  'static',
  'assets',
  'media',
  'health',
  'status',
  'login',
  'sign-in',
  'signin',
  'logout',
  'help',
  'support',
  'platform',
  'console',
  'app',
  'system',
  'root',
  'shop',
  'shops',
  'vendor',
  'vendors',
  'preview',
  'poster',
  'page',
  'me',
  'official',
  'test',
]);

export type SlugClaim = { ok: true; site: StorefrontSite } | { ok: false; reason: 'slug_taken' };

/** The shop holding `slug`, or null. */
export async function vendorOfSlug(db: Queryable, slug: string): Promise<string | null> {
  const [row] = await db.query<{ vendor_id: string }>(
    'select vendor_id::text as vendor_id from storefront_slugs where slug = $1',
    [slug],
  );
  return row?.vendor_id ?? null;
}

export async function slugOfVendor(db: Queryable, vendorId: string): Promise<string | null> {
  const [row] = await db.query<{ slug: string }>(
    'select slug from storefront_slugs where vendor_id = $1::uuid',
    [vendorId],
  );
  return row?.slug ?? null;
}

async function claimRow(db: Database, vendorId: string, slug: string, now: number) {
  return db.transaction(async (tx) => {
    const [holder] = await tx.query<{ vendor_id: string; claimed_at: string }>(
      'select vendor_id::text as vendor_id, claimed_at from storefront_slugs where slug = $1 for update',
      [slug],
    );
    if (holder && holder.vendor_id !== vendorId) return null;
    if (holder) return Number(holder.claimed_at);
    await tx.query('delete from storefront_slugs where vendor_id = $1::uuid', [vendorId]);
    await tx.query(
      'insert into storefront_slugs (slug, vendor_id, claimed_at) values ($1, $2::uuid, $3)',
      [slug, vendorId, now],
    );
    return now;
  });
}

/**
 * Claims `slug` (already valid by slugSchema) for the shop, or changes its slug to it; the same
 * slug again keeps its claim's time. Taken by another shop, or reserved: refused.
 */
export async function claimSlug(
  db: Database,
  rules: SyncRules,
  vendorId: string,
  slug: string,
  now: number,
): Promise<SlugClaim> {
  if (RESERVED_SLUGS.has(slug)) return { ok: false, reason: 'slug_taken' };
  let claimedAt: number | null;
  try {
    claimedAt = await claimRow(db, vendorId, slug, now);
  } catch (error) {
    // Another shop claimed it between our read and our insert.
    if (sqlErrorCode(error) === sqlState.uniqueViolation)
      return { ok: false, reason: 'slug_taken' };
    throw error;
  }
  if (claimedAt === null) return { ok: false, reason: 'slug_taken' };
  const site: StorefrontSite = { id: vendorId, slug, claimedAt };
  const result = await originate(db, rules, vendorId, {
    name: putStorefrontSite.name,
    args: { site },
  });
  if (result.status === 'rejected')
    throw new Error(`storefrontSite.put rejected: ${result.message}`);
  return { ok: true, site };
}
