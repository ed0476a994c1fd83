/**
 * The photos of an item being edited. A chosen or pasted photo is resized off the main thread and
 * its image kept on the device at once (so a crash does not lose it); its metadata is written
 * only when the item is saved, and a cancelled edit drops the images it added.
 */
import { useCallback, useState } from 'react';
import { addPhoto, removePhoto } from '@domain/menu/mutations';
import type { MenuItem } from '@domain/menu/schema';
import { newId } from '@domain/ids';
import { mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';
import { contentHashOf } from '../../media/content-hash';
import { dropPhotoImages, keepPhotoImage } from '../photos/photo-store';
import { PhotoError, resizePhoto, type PhotoRefusal } from '../photos/resize';
import type { PhotoMime } from '../photos/resize-image';

export const MAX_ITEM_PHOTOS = 9;

export interface NewPhoto {
  id: string;
  mime: PhotoMime;
  width: number;
  height: number;
  byteSize: number;
  /** Where the platform keeps the image (domain/media): another desktop fetches it by this. */
  contentHash: string;
}

export interface PhotoDraft {
  /** The photo ids as they will be saved, in order. */
  ids: string[];
  added: NewPhoto[];
  removed: string[];
  busy: number;
}

export function usePhotoDraft(db: VendorDb, itemId: string, item: MenuItem | undefined) {
  const [draft, setDraft] = useState<PhotoDraft>(() => ({
    ids: item?.photoIds ?? [],
    added: [],
    removed: [],
    busy: 0,
  }));

  const add = useCallback(
    async (file: Blob): Promise<PhotoRefusal | null> => {
      setDraft((d) => ({ ...d, busy: d.busy + 1 }));
      try {
        const photo = await resizePhoto(file);
        const id = newId();
        const contentHash = await contentHashOf(photo.image);
        await keepPhotoImage(db, id, itemId, photo, contentHash);
        const added = {
          id,
          mime: photo.mime,
          width: photo.width,
          height: photo.height,
          byteSize: photo.image.size,
          contentHash,
        };
        setDraft((d) => ({ ...d, ids: [...d.ids, id], added: [...d.added, added] }));
        return null;
      } catch (error) {
        return error instanceof PhotoError ? error.code : 'unreadable';
      } finally {
        setDraft((d) => ({ ...d, busy: d.busy - 1 }));
      }
    },
    [db, itemId],
  );

  const remove = useCallback((id: string) => {
    setDraft((d) => ({
      ...d,
      ids: d.ids.filter((each) => each !== id),
      removed: [...d.removed, id],
    }));
  }, []);

  return { draft, add, remove };
}

/**
 * Writes the photo changes of a saved item, one mutation per photo as the domain defines them,
 * each carrying the item's photo list as it then stands: removals first, then additions in order.
 */
export async function commitPhotoDraft(
  db: VendorDb,
  itemId: string,
  saved: readonly string[],
  draft: PhotoDraft,
): Promise<void> {
  const addedIds = new Set(draft.added.map((photo) => photo.id));
  let current = [...saved];
  for (const id of draft.removed.filter((each) => saved.includes(each))) {
    current = current.filter((each) => each !== id);
    await mutate(db, removePhoto, { id, itemId, itemPhotoIds: current, updatedAt: Date.now() });
  }
  for (const photo of draft.added.filter((each) => draft.ids.includes(each.id))) {
    current = [...current, photo.id];
    await mutate(db, addPhoto, {
      photo: { ...photo, itemId },
      itemPhotoIds: current,
      updatedAt: Date.now(),
    });
  }
  await dropPhotoImages(db, [
    ...draft.removed,
    ...[...addedIds].filter((id) => !draft.ids.includes(id)),
  ]);
}

/** Drops the images a cancelled edit added. */
export function discardPhotoDraft(db: VendorDb, draft: PhotoDraft): Promise<void> {
  return dropPhotoImages(
    db,
    draft.added.map((photo) => photo.id),
  );
}
