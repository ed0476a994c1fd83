/**
 * Decodes an upload and makes its variants (thumb, medium, large: the longest edge at most
 * MEDIA_VARIANT_EDGE_PX, never enlarged), with sharp (libvips; its prebuilt binaries come from
 * the npm registry as @img/* packages, so a plain `npm ci` installs them, and the embedded
 * platform runs in Node, not in Electron's main). Variants are WebP, turned upright by their
 * EXIF orientation and stripped of metadata (a phone photo's GPS position never reaches the
 * storefront). A decompression bomb is refused before it is decoded.
 */
import sharp from 'sharp';
import {
  MEDIA_VARIANT_EDGE_PX,
  mediaVariantSchema,
  type MediaMime,
  type MediaVariant,
} from '../../domain/media/protocol';

/** More pixels than any shop photo needs (a 48 MP phone camera is 8000 × 6000). */
export const MAX_MEDIA_PIXELS = 50_000_000;

export interface MadeVariant {
  variant: MediaVariant;
  mime: MediaMime;
  width: number;
  height: number;
  bytes: Buffer;
}

export interface DecodedImage {
  width: number;
  height: number;
  variants: MadeVariant[];
}

export class ImageProblem extends Error {
  constructor(readonly code: 'image_unreadable' | 'image_too_many_pixels') {
    super(code);
  }
}

/** Decodes `bytes` (already sniffed as JPEG, PNG or WebP) and makes every variant. */
export async function makeVariants(bytes: Buffer): Promise<DecodedImage> {
  let width: number;
  let height: number;
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (!meta.width || !meta.height) throw new ImageProblem('image_unreadable');
    // EXIF orientations 5-8 are a quarter turn: the upright image is the other way round.
    const turned = (meta.orientation ?? 1) >= 5;
    width = turned ? meta.height : meta.width;
    height = turned ? meta.width : meta.height;
  } catch (error) {
    throw error instanceof ImageProblem ? error : new ImageProblem('image_unreadable');
  }
  if (width * height > MAX_MEDIA_PIXELS) throw new ImageProblem('image_too_many_pixels');
  try {
    const variants = await Promise.all(
      mediaVariantSchema.options.map(async (variant) => {
        const edge = MEDIA_VARIANT_EDGE_PX[variant];
        const { data, info } = await sharp(bytes, {
          limitInputPixels: MAX_MEDIA_PIXELS,
          failOn: 'error',
        })
          .rotate()
          .resize(edge, edge, { fit: 'inside', withoutEnlargement: true })
          .webp({ quality: 82 })
          .toBuffer({ resolveWithObject: true });
        return {
          variant,
          mime: 'image/webp' as const,
          width: info.width,
          height: info.height,
          bytes: data,
        };
      }),
    );
    return { width, height, variants };
  } catch {
    throw new ImageProblem('image_unreadable');
  }
}
