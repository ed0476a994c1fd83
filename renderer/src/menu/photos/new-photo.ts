/**
 * What every photo field does with a chosen, pasted or dropped file before keeping it: shrink it
 * (resize.ts refuses what is not an image or too large, and what cannot be decoded) and name it
 * by its content, its address on the platform. Used by the menu's item photos and the offers'.
 */
import { useCallback, useState } from 'react';
import { contentHashOf } from '../../media/content-hash';
import { PhotoError, resizePhoto, type PhotoRefusal } from './resize';
import type { ResizedPhoto } from './resize-image';

/** Why a field did not take a file: the photo's own refusal, or it is there already. */
export type PhotoAddRefusal = PhotoRefusal | 'duplicate';

export interface PreparedPhoto {
  photo: ResizedPhoto;
  contentHash: string;
}

export async function preparePhoto(file: Blob): Promise<PreparedPhoto> {
  const photo = await resizePhoto(file);
  return { photo, contentHash: await contentHashOf(photo.image) };
}

/**
 * Counts the photos being prepared (the form's Save waits for them) and turns a failure into the
 * refusal the field shows.
 */
export function usePhotoWork() {
  const [busy, setBusy] = useState(0);
  const track = useCallback(
    async (work: () => Promise<PhotoAddRefusal | null>): Promise<PhotoAddRefusal | null> => {
      setBusy((count) => count + 1);
      try {
        return await work();
      } catch (error) {
        return error instanceof PhotoError ? error.code : 'unreadable';
      } finally {
        setBusy((count) => count - 1);
      }
    },
    [],
  );
  return { busy, track };
}
