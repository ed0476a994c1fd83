/**
 * The platform's address and this device's token while the shop is signed in to a platform,
 * for the screens that call online-only routes (calendar feeds, the storefront's address and
 * preview link); null when signed out or while the token is read.
 */
import { useEffect, useState } from 'react';
import { syncSessionFor } from '../../account/session-store';
import type { PlatformAccess } from '../../platform-api/access';
import { useVendorSync } from './use-vendor-sync';

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
