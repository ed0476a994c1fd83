/**
 * The media endpoints (docs/media.md). A shop's desktop uploads an image's bytes (vendor token,
 * :vendorId); the platform checks what they are by their first bytes, refuses what is too big,
 * makes the variants and keeps them under the bytes' SHA-256. Reading a variant is by that hash:
 * with the shop's token under /v1/vendors/:vendorId, or without one under /public/v1/shops/:shopId
 * for the storefront (a SHA-256 cannot be guessed; rate-limited per address like the public
 * booking routes). Every variant is immutable, so it is served with a year's cache and an ETag.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  contentHashSchema,
  IMMUTABLE_CACHE_CONTROL,
  MAX_MEDIA_UPLOAD_BYTES,
  mediaVariantSchema,
  type MediaImage,
} from '../../domain/media/protocol';
import type { Database } from '../db/database';
import { MemoryTokenBuckets, type RateLimiter } from '../bookings/rate-limit';
import { sniffImageType } from '../media/sniff';
import { findImage, readVariant, saveImage, storedBytes } from '../media/store';
import { ImageProblem, makeVariants } from '../media/variants';
import { HttpError, parseOr400 } from './errors';

export interface MediaOptions {
  /** Largest upload in bytes (default MAX_MEDIA_UPLOAD_BYTES). */
  maxUploadBytes?: number;
  /** What one shop's images may take in all, originals and variants (default 1 GB). */
  vendorQuotaBytes?: number;
  /** The public reads' limiter (default: a burst of 600 a minute per address). */
  limiter?: RateLimiter;
  now?: () => number;
}

export const DEFAULT_MEDIA_QUOTA_BYTES = 1024 * 1024 * 1024;
/** A storefront page shows dozens of photos at once: a wider bucket than the booking reads. */
export const DEFAULT_PUBLIC_MEDIA_LIMITS = { media: { capacity: 600, perMinute: 600 } };

const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/octet-stream'];

const imageParams = z.object({
  vendorId: z.uuid().transform((id) => id.toLowerCase()),
  hash: contentHashSchema,
});
const variantParams = imageParams.extend({ variant: mediaVariantSchema });
const publicVariantParams = z.object({
  shopId: z.uuid().transform((id) => id.toLowerCase()),
  hash: contentHashSchema,
  variant: mediaVariantSchema,
});

const NOT_FOUND = () => new HttpError(404, 'media_not_found', 'no such image for this shop');

/** The declared type, without parameters; null for octet-stream (the bytes will say). */
function declaredType(request: FastifyRequest): string | null {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/octet-stream' ? null : type;
}

async function sendVariant(
  db: Database,
  vendorId: string,
  hash: string,
  variant: z.infer<typeof mediaVariantSchema>,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const stored = await readVariant(db, vendorId, hash, variant);
  if (!stored) throw NOT_FOUND();
  const etag = `"${hash}-${variant}"`;
  reply
    .header('cache-control', IMMUTABLE_CACHE_CONTROL)
    .header('etag', etag)
    .header('x-content-type-options', 'nosniff')
    .header('cross-origin-resource-policy', 'cross-origin');
  const match = request.headers['if-none-match'];
  if (match && match.split(',').some((each) => each.trim().replace(/^W\//, '') === etag)) {
    return reply.status(304).send();
  }
  return reply.type(stored.mime).send(stored.bytes);
}

/** The upload and the token-guarded reads; call inside the /v1/vendors/:vendorId scope. */
export async function mediaRoutes(
  app: FastifyInstance,
  db: Database,
  options: MediaOptions = {},
): Promise<void> {
  const maxBytes = options.maxUploadBytes ?? MAX_MEDIA_UPLOAD_BYTES;
  const quota = options.vendorQuotaBytes ?? DEFAULT_MEDIA_QUOTA_BYTES;
  const now = options.now ?? Date.now;
  await app.register(async (scope) => {
    // Raw bytes for these routes only; anything else keeps the app's JSON body limit.
    scope.addContentTypeParser(
      UPLOAD_TYPES,
      { parseAs: 'buffer', bodyLimit: maxBytes },
      (_request, body, done) => done(null, body),
    );

    scope.post('/media', async (request, reply) => {
      const vendorId = request.vendorId!;
      const bytes = request.body;
      if (!Buffer.isBuffer(bytes)) {
        throw new HttpError(
          415,
          'unsupported_media_type',
          'send the image bytes as image/jpeg, image/png, image/webp or application/octet-stream',
        );
      }
      if (bytes.length > maxBytes) {
        throw new HttpError(413, 'body_too_large', `an image is at most ${maxBytes} bytes`);
      }
      const mime = sniffImageType(bytes);
      if (!mime) {
        throw new HttpError(415, 'not_an_image', 'the bytes are not a JPEG, PNG or WebP image');
      }
      const declared = declaredType(request);
      if (declared !== null && declared !== mime) {
        throw new HttpError(
          415,
          'image_type_mismatch',
          `the request says ${declared} but the bytes are ${mime}`,
        );
      }
      const hash = createHash('sha256').update(bytes).digest('hex');
      const known = await findImage(db, vendorId, hash);
      if (known) return reply.status(200).send({ ...known, created: false });
      if ((await storedBytes(db, vendorId)) + bytes.length > quota) {
        throw new HttpError(413, 'media_quota_exceeded', "the shop's image storage is full");
      }
      let decoded;
      try {
        decoded = await makeVariants(bytes);
      } catch (error) {
        if (error instanceof ImageProblem) {
          throw new HttpError(422, error.code, 'the image cannot be decoded or is too large');
        }
        throw error;
      }
      // Another desktop may have stored the same bytes meanwhile: then this one wrote nothing.
      const created = await saveImage(db, vendorId, {
        hash,
        mime,
        width: decoded.width,
        height: decoded.height,
        original: bytes,
        variants: decoded.variants,
        now: now(),
      });
      const image: MediaImage | null = await findImage(db, vendorId, hash);
      return reply.status(created ? 201 : 200).send({ ...image!, created });
    });

    scope.get('/media/:hash', async (request) => {
      const { vendorId, hash } = parseOr400(imageParams, request.params, 'params');
      const image = await findImage(db, vendorId, hash);
      if (!image) throw NOT_FOUND();
      return image;
    });

    scope.get('/media/:hash/:variant', async (request, reply) => {
      const { vendorId, hash, variant } = parseOr400(variantParams, request.params, 'params');
      return sendVariant(db, vendorId, hash, variant, request, reply);
    });
  });
}

/** The storefront's read: no token, by the shop and the hash, rate-limited per address. */
export function publicMediaRoutes(
  app: FastifyInstance,
  db: Database,
  options: MediaOptions = {},
): void {
  const limiter = options.limiter ?? new MemoryTokenBuckets(DEFAULT_PUBLIC_MEDIA_LIMITS);
  const now = options.now ?? Date.now;
  app.get(
    '/public/v1/shops/:shopId/media/:hash/:variant',
    {
      config: { access: 'public' },
      preValidation: async (request, reply) => {
        const wait = limiter.take('media', request.ip, now());
        if (wait > 0) {
          reply.header('retry-after', String(wait));
          throw new HttpError(
            429,
            'too_many_requests',
            `too many requests; try again in ${wait} s`,
          );
        }
      },
    },
    async (request, reply) => {
      const { shopId, hash, variant } = parseOr400(publicVariantParams, request.params, 'params');
      return sendVariant(db, shopId, hash, variant, request, reply);
    },
  );
}
