/**
 * Shrinks a photo to at most 1,024 px on its longer side, plus a 160 px thumbnail. Runs in a
 * worker (resize.worker.ts) where OffscreenCanvas exists, so decoding a 20 MB photo never holds
 * the window; the same code runs on the main thread as a fallback.
 */
export const MAX_PHOTO_PX = 1024;
export const THUMB_PX = 160;
/** Bigger files are refused before decoding: no shop photo needs more, and decoding costs memory. */
export const MAX_PHOTO_FILE_BYTES = 40 * 1024 * 1024;

export type PhotoMime = 'image/jpeg' | 'image/png' | 'image/webp';

export interface ResizedPhoto {
  image: Blob;
  thumb: Blob;
  width: number;
  height: number;
  mime: PhotoMime;
}

/** The size that fits within `max` × `max`, keeping the aspect ratio; never enlarges. */
export function fitWithin(width: number, height: number, max: number) {
  const scale = Math.min(1, max / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

const ENCODING = { type: 'image/webp', quality: 0.86 };

async function encode(bitmap: ImageBitmap, size: { width: number; height: number }) {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(size.width, size.height);
    draw(canvas.getContext('2d'), bitmap, size);
    return canvas.convertToBlob(ENCODING);
  }
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  draw(canvas.getContext('2d'), bitmap, size);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('encode_failed'))),
      ENCODING.type,
      ENCODING.quality,
    ),
  );
}

function draw(
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null,
  bitmap: ImageBitmap,
  size: { width: number; height: number },
) {
  if (!context) throw new Error('no_canvas');
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, size.width, size.height);
}

/** Browsers fall back to PNG for a type they cannot encode; anything else is refused. */
function photoMime(blob: Blob): PhotoMime {
  if (blob.type === 'image/webp' || blob.type === 'image/jpeg' || blob.type === 'image/png') {
    return blob.type;
  }
  throw new Error('unsupported_output');
}

export async function resizeImage(file: Blob): Promise<ResizedPhoto> {
  const bitmap = await createImageBitmap(file);
  try {
    const size = fitWithin(bitmap.width, bitmap.height, MAX_PHOTO_PX);
    const image = await encode(bitmap, size);
    const thumb = await encode(bitmap, fitWithin(bitmap.width, bitmap.height, THUMB_PX));
    return { image, thumb, ...size, mime: photoMime(image) };
  } finally {
    bitmap.close();
  }
}
