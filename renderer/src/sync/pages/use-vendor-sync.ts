/**
 * The active shop's sync, for the UI: its platform sign-in (live from the directory), and while
 * signed in the running engine (shared with every other user in this window) and its status.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  getPlatformSession,
  syncSessionFor,
  type PlatformSession,
} from '../../account/session-store';
import { useActiveVendor } from '../../vendors/use-vendor';
import { acquireSyncEngine } from '../engine/engine-registry';
import type { SyncStatus, VendorSyncEngine } from '../engine/vendor-sync';

export interface VendorSync {
  /** undefined while loading, null when this profile is not signed in. */
  session: PlatformSession | null | undefined;
  engine: VendorSyncEngine | null;
  status: SyncStatus | null;
}

const noSubscription = () => () => undefined;
const noStatus = () => null;

function sessionKey(vendorId: string, session: PlatformSession | null | undefined): string | null {
  return session
    ? `${vendorId}|${session.platformUrl}|${session.deviceId}|${session.signedInAt}`
    : null;
}

export function useVendorSync(): VendorSync {
  const { vendorId, db } = useActiveVendor();
  const session = useLiveQuery(() => getPlatformSession(vendorId), [vendorId]);
  const key = sessionKey(vendorId, session);
  const [lease, setLease] = useState<{ key: string; engine: VendorSyncEngine } | null>(null);

  useEffect(() => {
    if (!session || !key) return;
    let release: (() => void) | null = null;
    let cancelled = false;
    void syncSessionFor(session).then((syncSession) => {
      if (cancelled || !syncSession) return;
      const acquired = acquireSyncEngine(vendorId, db, syncSession, {
        clientVersion: import.meta.env.VITE_APP_VERSION,
      });
      release = acquired.release;
      setLease({ key, engine: acquired.engine });
    });
    return () => {
      cancelled = true;
      release?.();
    };
    // The key names the session; the object itself changes identity on every live-query emit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, vendorId, db]);

  const engine = lease && lease.key === key ? lease.engine : null;
  const status = useSyncExternalStore(
    engine?.subscribe ?? noSubscription,
    engine?.getSnapshot ?? noStatus,
  );
  return { session, engine, status };
}
