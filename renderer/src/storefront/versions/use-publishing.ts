/**
 * Live reads the publishing screens need besides use-storefront.ts: the publish requests (to tell
 * which still wait for the platform) and the draft as a document. The shop's zone is
 * vendors/use-vendor.ts's useShopZone; the platform access is sync/pages/use-platform-access.ts.
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { draftDocument } from '@domain/storefront/document';
import type { PublishRequest, StorefrontDocument } from '@domain/storefront/schema';
import { useActiveVendor } from '../../vendors/use-vendor';
import { useDraftBlocks, useDraftTheme } from '../use-storefront';

export function usePublishRequests(): PublishRequest[] | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(() => db.storefrontPublishRequest.toArray(), [db]);
}

/** The draft as the document a publish would send; undefined while loading. */
export function useDraftDocument(): StorefrontDocument | undefined {
  const blocks = useDraftBlocks();
  const theme = useDraftTheme();
  return useMemo(
    () => (blocks && theme !== undefined ? draftDocument(blocks, theme) : undefined),
    [blocks, theme],
  );
}
