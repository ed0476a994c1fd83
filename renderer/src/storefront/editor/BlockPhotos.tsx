/**
 * Photos for a banner or a gallery, with the menu's photo field: each is shrunk, named by its
 * content hash and kept on this device with its upload queued (as an offer's photos are), and
 * the block stores the hash, so the page works offline and the image goes up when it can.
 * Images a removed photo leaves are kept: an undo may bring the photo back.
 */
import { useCallback, useEffect, useRef } from 'react';
import { preparePhoto, usePhotoWork, type PhotoAddRefusal } from '../../menu/photos/new-photo';
import { keepPhotoImage } from '../../menu/photos/photo-store';
import { PhotoField } from '../../menu/photos/PhotoField';
import { movePhoto } from '../../menu/photos/photo-list';
import { useActiveVendor } from '../../vendors/use-vendor';

export function BlockPhotos({
  ownerId,
  label,
  extra,
  hashes,
  max,
  onChange,
  reorder = false,
}: {
  /** The block (or theme) the images are kept for. */
  ownerId: string;
  label: string;
  extra: string;
  hashes: readonly string[];
  max: number;
  onChange: (hashes: string[]) => void;
  reorder?: boolean;
}) {
  const { db } = useActiveVendor();
  const { busy, track } = usePhotoWork();
  // The hashes as they stand, for a photo prepared while the list changed.
  const shown = useRef(hashes);
  useEffect(() => {
    shown.current = hashes;
  }, [hashes]);
  const add = useCallback(
    (file: Blob): Promise<PhotoAddRefusal | null> =>
      track(async () => {
        const { photo, contentHash } = await preparePhoto(file);
        if (shown.current.includes(contentHash)) return 'duplicate';
        if (!(await db.photoBlob.get(contentHash)))
          await keepPhotoImage(db, contentHash, ownerId, photo, contentHash);
        onChange([...shown.current, contentHash].slice(0, max));
        return null;
      }),
    [db, max, onChange, ownerId, track],
  );
  return (
    <PhotoField
      label={label}
      extra={extra}
      ids={hashes}
      busy={busy}
      max={max}
      onAdd={add}
      onRemove={(hash) => onChange(hashes.filter((each) => each !== hash))}
      onMove={reorder ? (hash, by) => onChange(movePhoto([...hashes], hash, by)) : undefined}
    />
  );
}
