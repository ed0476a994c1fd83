/**
 * The renderer's way to shrink a photo: in a worker when the browser can (OffscreenCanvas), on
 * the main thread otherwise. Refuses what is not an image or too large, with a reason code the
 * form translates.
 */
import { MAX_PHOTO_FILE_BYTES, resizeImage, type ResizedPhoto } from './resize-image';

export type PhotoRefusal = 'not_an_image' | 'too_large' | 'unreadable';

export class PhotoError extends Error {
  constructor(readonly code: PhotoRefusal) {
    super(code);
    this.name = 'PhotoError';
  }
}

let worker: Worker | null = null;
let nextRequest = 0;
const pending = new Map<number, (result: { ok: boolean; photo?: ResizedPhoto }) => void>();

function photoWorker(): Worker | null {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('./resize.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; ok: boolean; photo?: ResizedPhoto }>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    };
  }
  return worker;
}

function resizeInWorker(target: Worker, file: Blob): Promise<ResizedPhoto> {
  const id = (nextRequest += 1);
  return new Promise((resolve, reject) => {
    pending.set(id, (result) =>
      result.ok && result.photo ? resolve(result.photo) : reject(new PhotoError('unreadable')),
    );
    target.postMessage({ id, file });
  });
}

export async function resizePhoto(file: Blob): Promise<ResizedPhoto> {
  if (!file.type.startsWith('image/')) throw new PhotoError('not_an_image');
  if (file.size > MAX_PHOTO_FILE_BYTES) throw new PhotoError('too_large');
  const target = photoWorker();
  if (target) return resizeInWorker(target, file);
  try {
    return await resizeImage(file);
  } catch {
    throw new PhotoError('unreadable');
  }
}
