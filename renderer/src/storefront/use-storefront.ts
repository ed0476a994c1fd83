/**
 * Live reads of the storefront part for its screens: the draft's blocks in order and its theme,
 * the published versions (newest first), the schedules and the site's address.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type {
  DraftBlock,
  DraftTheme,
  PublishSchedule,
  StorefrontSite,
  StorefrontVersion,
} from '@domain/storefront/schema';
import { useActiveVendor } from '../vendors/use-vendor';

export function useDraftBlocks(): DraftBlock[] | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(() => db.storefrontBlock.orderBy('sortKey').toArray(), [db]);
}

/** The draft's theme record, or null when the shop has not set one (the default applies). */
export function useDraftTheme(): DraftTheme | null | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(async () => (await db.storefrontTheme.get(db.vendorId)) ?? null, [db]);
}

export function useVersions(): StorefrontVersion[] | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(() => db.storefrontVersion.orderBy('number').reverse().toArray(), [db]);
}

export function useSchedules(): PublishSchedule[] | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(
    async () => (await db.storefrontSchedule.toArray()).sort((a, b) => a.publishAt - b.publishAt),
    [db],
  );
}

export function useSite(): StorefrontSite | null | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(async () => (await db.storefrontSite.toArray())[0] ?? null, [db]);
}
