/**
 * The media endpoints' wire contract (docs/media.md), shared by the platform and the console:
 * images are addressed by the SHA-256 of the bytes uploaded, the platform makes the variants, and
 * every variant of one hash is the same bytes forever, so it may be cached for a year.
 */
import { z } from 'zod';

/** Lower-case hex SHA-256 of the uploaded bytes: an image's address on the platform. */
export const contentHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 hex');
export type ContentHash = z.infer<typeof contentHashSchema>;

/** The longest edge of each variant the platform makes; a smaller image is never enlarged. */
export const MEDIA_VARIANT_EDGE_PX = { thumb: 320, medium: 800, large: 1600 } as const;
export const mediaVariantSchema = z.enum(['thumb', 'medium', 'large']);
export type MediaVariant = z.infer<typeof mediaVariantSchema>;

/** The types the platform takes, recognised by their first bytes, whatever the request says. */
export const mediaMimeSchema = z.enum(['image/jpeg', 'image/png', 'image/webp']);
export type MediaMime = z.infer<typeof mediaMimeSchema>;

/** Largest upload in bytes; a larger body is refused with 413 'body_too_large'. */
export const MAX_MEDIA_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * Why the platform refused an upload (the `code` of the error answer). All but the last two are
 * about the image itself: sending it again will not help.
 */
export const mediaRefusalSchema = z.enum([
  'not_an_image',
  'image_type_mismatch',
  'image_unreadable',
  'image_too_many_pixels',
  'body_too_large',
  'media_quota_exceeded',
  'unsupported_media_type',
]);
export type MediaRefusal = z.infer<typeof mediaRefusalSchema>;

const variantInfoSchema = z.object({
  variant: mediaVariantSchema,
  mime: mediaMimeSchema,
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  byteSize: z.number().int().min(0),
});

/** What the platform knows of one stored image. */
export const mediaImageSchema = z.object({
  hash: contentHashSchema,
  mime: mediaMimeSchema,
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  byteSize: z.number().int().min(0),
  variants: z.array(variantInfoSchema),
});
export type MediaImage = z.infer<typeof mediaImageSchema>;

/** The answer to an upload: 201 with `created: true`, or 200 when the bytes were there already. */
export const mediaUploadResponseSchema = mediaImageSchema.extend({ created: z.boolean() });
export type MediaUploadResponse = z.infer<typeof mediaUploadResponseSchema>;

export const mediaPaths = {
  /** POST the image's bytes (Content-Type image/jpeg, image/png, image/webp or application/octet-stream). */
  upload: (vendorId: string) => `/v1/vendors/${vendorId}/media`,
  /** GET (or HEAD) an image's metadata: 404 'media_not_found' until it is uploaded. */
  image: (vendorId: string, hash: string) => `/v1/vendors/${vendorId}/media/${hash}`,
  /** GET a variant's bytes with the shop's token. */
  variant: (vendorId: string, hash: string, variant: MediaVariant) =>
    `/v1/vendors/${vendorId}/media/${hash}/${variant}`,
  /** GET a variant's bytes without a token (storefront pages); rate-limited per address. */
  publicVariant: (shopId: string, hash: string, variant: MediaVariant) =>
    `/public/v1/shops/${shopId}/media/${hash}/${variant}`,
} as const;

/** The cache header of every variant: its address names its bytes, so it never changes. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
