/**
 * Signed, expiring links to a shop's draft. A token is `<expiresAt>.<HMAC-SHA256(vendor, expiry)>`
 * under a key derived from the platform's current voucher signing key — a secret every instance
 * on the database shares and that never leaves it — so no new secret has to be kept. Rotating the
 * voucher key ends the links made before (they live an hour at most anyway).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db/database';
import { ensureVoucherKey } from '../vouchers/signing-keys';

export const PREVIEW_LINK_MS = 60 * 60_000;
const PURPOSE = 'storefront.preview-link.v1';

async function previewKey(db: Queryable): Promise<Buffer> {
  await ensureVoucherKey(db);
  const [row] = await db.query<{ private_key: string }>(
    'select private_key from voucher_signing_keys where retired_at is null',
  );
  if (!row?.private_key) throw new Error('no current voucher signing key');
  return createHash('sha256').update(PURPOSE).update('\u0000').update(row.private_key).digest();
}

function mac(key: Buffer, vendorId: string, expiresAt: number): Buffer {
  return createHmac('sha256', key).update(`${vendorId.toLowerCase()}\u0000${expiresAt}`).digest();
}

export async function signPreviewToken(
  db: Queryable,
  vendorId: string,
  now: number,
): Promise<{ token: string; expiresAt: number }> {
  const expiresAt = now + PREVIEW_LINK_MS;
  const signature = mac(await previewKey(db), vendorId, expiresAt).toString('base64url');
  return { token: `${expiresAt}.${signature}`, expiresAt };
}

/** The token's expiry when it is this shop's, untampered and not expired at `now`; else null. */
export async function verifyPreviewToken(
  db: Queryable,
  vendorId: string,
  token: string,
  now: number,
): Promise<number | null> {
  const match = /^(\d{1,16})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const expiresAt = Number(match[1]);
  if (!Number.isSafeInteger(expiresAt) || expiresAt <= now) return null;
  const expected = mac(await previewKey(db), vendorId, expiresAt);
  const given = Buffer.from(match[2]!, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? expiresAt : null;
}
