/**
 * The platform's images: one media_images row per (vendor, hash) and its variants' bytes beside
 * it, written together in one transaction. Storing is idempotent: the same bytes uploaded twice,
 * or by two desktops at once, leave one image (the second writer's insert does nothing).
 */
import type { MediaImage, MediaMime, MediaVariant } from '../../domain/media/protocol';
import type { Database } from '../db/database';
import type { MadeVariant } from './variants';

interface ImageRow {
  hash: string;
  mime: MediaMime;
  width: number;
  height: number;
  byte_size: number;
}

interface VariantInfoRow {
  variant: string;
  mime: MediaMime;
  width: number;
  height: number;
  byte_size: number;
}

/** What is stored of `hash` for this vendor, or null. */
export async function findImage(
  db: Database,
  vendorId: string,
  hash: string,
): Promise<MediaImage | null> {
  const [image] = await db.query<ImageRow>(
    'select hash, mime, width, height, byte_size from media_images where vendor_id = $1 and hash = $2',
    [vendorId, hash],
  );
  if (!image) return null;
  const variants = await db.query<VariantInfoRow>(
    `select variant, mime, width, height, length(bytes) as byte_size from media_variants
     where vendor_id = $1 and hash = $2 and variant <> 'original' order by variant`,
    [vendorId, hash],
  );
  return {
    hash: image.hash,
    mime: image.mime,
    width: image.width,
    height: image.height,
    byteSize: Number(image.byte_size),
    variants: variants.map((row) => ({
      variant: row.variant as MediaVariant,
      mime: row.mime,
      width: row.width,
      height: row.height,
      byteSize: Number(row.byte_size),
    })),
  };
}

/** Bytes the vendor's images take now, originals and variants. */
export async function storedBytes(db: Database, vendorId: string): Promise<number> {
  const [row] = await db.query<{ total: number | string | null }>(
    'select sum(stored_bytes) as total from media_images where vendor_id = $1',
    [vendorId],
  );
  return Number(row?.total ?? 0);
}

export interface NewImage {
  hash: string;
  mime: MediaMime;
  width: number;
  height: number;
  original: Buffer;
  variants: MadeVariant[];
  now: number;
}

/** Stores an image and its variants; false when it was there already (nothing is written then). */
export async function saveImage(db: Database, vendorId: string, image: NewImage): Promise<boolean> {
  const stored =
    image.original.length + image.variants.reduce((sum, each) => sum + each.bytes.length, 0);
  return db.transaction(async (tx) => {
    const inserted = await tx.query(
      `insert into media_images (vendor_id, hash, mime, width, height, byte_size, stored_bytes, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict do nothing returning hash`,
      [
        vendorId,
        image.hash,
        image.mime,
        image.width,
        image.height,
        image.original.length,
        stored,
        image.now,
      ],
    );
    if (inserted.length === 0) return false;
    const rows = [
      {
        variant: 'original',
        mime: image.mime,
        width: image.width,
        height: image.height,
        bytes: image.original,
      },
      ...image.variants,
    ];
    for (const row of rows) {
      await tx.query(
        `insert into media_variants (vendor_id, hash, variant, mime, width, height, bytes)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [vendorId, image.hash, row.variant, row.mime, row.width, row.height, row.bytes],
      );
    }
    return true;
  });
}

export interface StoredVariant {
  mime: MediaMime;
  bytes: Buffer;
}

/** One served variant's bytes (never the original), or null. */
export async function readVariant(
  db: Database,
  vendorId: string,
  hash: string,
  variant: MediaVariant,
): Promise<StoredVariant | null> {
  const [row] = await db.query<{ mime: MediaMime; bytes: Uint8Array }>(
    'select mime, bytes from media_variants where vendor_id = $1 and hash = $2 and variant = $3',
    [vendorId, hash, variant],
  );
  if (!row) return null;
  // pg answers a Buffer, PGlite a plain Uint8Array: one type for the reply.
  const bytes = Buffer.isBuffer(row.bytes)
    ? row.bytes
    : Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
  return { mime: row.mime, bytes };
}
