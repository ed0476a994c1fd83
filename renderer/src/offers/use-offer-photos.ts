/**
 * The photos of an offer being edited, by content hash, in order (the first is the cover). A
 * chosen photo is shrunk and its image kept on this device and queued for upload at once, so the
 * offer saves with its hashes whether or not the network is there, and nothing chosen is lost to
 * a crash; the image goes up when the platform can be reached. Saving or leaving the editor
 * drops the images that no offer names after all.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VendorDb } from '../db/vendor-db';
import { movePhoto } from '../menu/photos/photo-list';
import { preparePhoto, usePhotoWork, type PhotoAddRefusal } from '../menu/photos/new-photo';
import { keepPhotoImage } from '../menu/photos/photo-store';
import { dropUnusedOfferPhotos } from './offer-photos';

export interface OfferPhotoDraft {
  hashes: string[];
  /** Hashes whose image this edit kept or let go: the ones to drop if no offer names them. */
  touched: string[];
}

export function useOfferPhotos(db: VendorDb, offerId: string, saved: readonly string[]) {
  const [draft, setDraft] = useState<OfferPhotoDraft>(() => ({ hashes: [...saved], touched: [] }));
  const { busy, track } = usePhotoWork();
  // The hashes as they stand, for a photo prepared while the list changed.
  const shown = useRef(draft.hashes);
  useEffect(() => {
    shown.current = draft.hashes;
  }, [draft.hashes]);

  const add = useCallback(
    (file: Blob): Promise<PhotoAddRefusal | null> =>
      track(async () => {
        const { photo, contentHash } = await preparePhoto(file);
        if (shown.current.includes(contentHash)) return 'duplicate';
        // Another offer may show the same picture: its image is kept already.
        if (!(await db.photoBlob.get(contentHash))) {
          await keepPhotoImage(db, contentHash, offerId, photo, contentHash);
        }
        setDraft((d) =>
          d.hashes.includes(contentHash)
            ? d
            : { hashes: [...d.hashes, contentHash], touched: [...d.touched, contentHash] },
        );
        return null;
      }),
    [db, offerId, track],
  );

  const remove = useCallback((hash: string) => {
    setDraft((d) => ({
      hashes: d.hashes.filter((each) => each !== hash),
      touched: [...d.touched, hash],
    }));
  }, []);

  const move = useCallback((hash: string, by: -1 | 1) => {
    setDraft((d) => ({ ...d, hashes: movePhoto(d.hashes, hash, by) }));
  }, []);

  const changed = draft.hashes.join() !== saved.join();
  /** After a save or on leaving: drops the images no offer names now (one left is only space). */
  const settle = useCallback(
    () => dropUnusedOfferPhotos(db, draft.touched).catch(() => undefined),
    [db, draft.touched],
  );
  return { hashes: draft.hashes, busy, changed, add, remove, move, settle };
}
