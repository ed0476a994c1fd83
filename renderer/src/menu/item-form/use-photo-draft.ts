/**
 * The photos of an item being edited. A chosen or pasted photo is resized off the main thread and
 * its image kept on the device at once (so a crash does not lose it); its metadata is written
 * only when the item is saved, and a cancelled edit drops the images it added.
 */
import { useCallback, useMemo, useState } from 'react';
import { addPhoto, removePhoto } from '@domain/menu/mutations';
import type { MenuItem } from '@domain/menu/schema';
import { newId } from '@domain/ids';
import { mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';
import { preparePhoto, usePhotoWork, type PhotoAddRefusal } from '../photos/new-photo';
import { dropPhotoImages, keepPhotoImage } from '../photos/photo-store';
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
  const [edits, setEdits] = useState<Omit<PhotoDraft, 'busy'>>(() => ({
    ids: item?.photoIds ?? [],
    added: [],
    removed: [],
  }));
  const { busy, track } = usePhotoWork();

  const add = useCallback(
    (file: Blob): Promise<PhotoAddRefusal | null> =>
      track(async () => {
        const { photo, contentHash } = await preparePhoto(file);
        const id = newId();
        await keepPhotoImage(db, id, itemId, photo, contentHash);
        const added = {
          id,
          mime: photo.mime,
          width: photo.width,
          height: photo.height,
          byteSize: photo.image.size,
          contentHash,
        };
        setEdits((d) => ({ ...d, ids: [...d.ids, id], added: [...d.added, added] }));
        return null;
      }),
    [db, itemId, track],
  );

  const remove = useCallback((id: string) => {
    setEdits((d) => ({
      ...d,
      ids: d.ids.filter((each) => each !== id),
      removed: [...d.removed, id],
    }));
  }, []);

  const draft = useMemo(() => ({ ...edits, busy }), [edits, busy]);
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
