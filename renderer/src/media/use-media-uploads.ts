/** The active shop's photo upload queue, live: how many wait, and the ones the platform refused. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { MediaUploadRow } from '../db/vendor-db';
import { useActiveVendor } from '../vendors/use-vendor';

export interface MediaUploads {
  waiting: number;
  refused: MediaUploadRow[];
}

export function useMediaUploads(): MediaUploads | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(async () => {
    const [waiting, refused] = await Promise.all([
      db.mediaUpload.where('state').equals('queued').count(),
      db.mediaUpload.where('state').equals('refused').toArray(),
    ]);
    return { waiting, refused };
  }, [db]);
}
