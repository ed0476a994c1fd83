/**
 * Live reads the publishing screens need besides use-storefront.ts: the publish requests (to tell
 * which still wait for the platform), the draft as a document, the shop's zone, and the platform
 * access for the online routes.
 */
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { draftDocument } from '@domain/storefront/document';
import type { PublishRequest, StorefrontDocument } from '@domain/storefront/schema';
import { DEFAULT_TIME_ZONE } from '@domain/time';
import { syncSessionFor } from '../../account/session-store';
import { useVendorSync } from '../../sync/pages/use-vendor-sync';
import { useActiveVendor, useVendorProfile } from '../../vendors/use-vendor';
import { useDraftBlocks, useDraftTheme } from '../use-storefront';
import type { PlatformAccess } from './site-api';

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

export function useShopZone(): string {
  return useVendorProfile()?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** The platform's address and this device's token, while signed in; null otherwise. */
export function usePlatformAccess(): PlatformAccess | null {
  const { session } = useVendorSync();
  const [access, setAccess] = useState<{ key: string; access: PlatformAccess | null } | null>(null);
  const key = session ? `${session.vendorId}|${session.platformUrl}|${session.signedInAt}` : null;
  useEffect(() => {
    if (!session || !key) return;
    let cancelled = false;
    void syncSessionFor(session).then((sync) => {
      if (cancelled) return;
      setAccess({
        key,
        access: sync ? { platformUrl: sync.platformUrl, token: sync.token } : null,
      });
    });
    return () => {
      cancelled = true;
    };
    // A session object changes identity on every emit; the key names it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return key && access?.key === key ? access.access : null;
}
