/** The URL of a stored photo's image or thumbnail; undefined when this device has no image for it. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useActiveVendor } from '../../vendors/use-vendor';
import { useObjectUrl } from './object-url';

export function usePhotoUrl(
  photoId: string | undefined,
  size: 'thumb' | 'image',
): string | undefined {
  const { db } = useActiveVendor();
  const blob = useLiveQuery(
    async () => (photoId ? ((await db.photoBlob.get(photoId))?.[size] ?? null) : null),
    [db, photoId, size],
  );
  return useObjectUrl(blob);
}
