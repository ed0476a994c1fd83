/**
 * What the header and the Sync page show about sync, read live from the vendor database (so every
 * window agrees) and from the browser's network events.
 */
import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useActiveVendor } from '../../vendors/use-vendor';
import { describePending, type PendingChange } from '../engine/list-local-changes';
import { openNeedsAttention, type NeedsAttentionRow } from '../engine/needs-attention';
import { readSyncState, type SyncState } from '../engine/sync-state';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** The browser's own view of the network; only "offline" is trusted without a probe. */
export function useBrowserOnline(): boolean {
  return useSyncExternalStore(subscribe, () => navigator.onLine);
}

/** Online as far as the platform is concerned: the engine's probe when signed in, else the browser's. */
export function useOnline(engineOnline: boolean | null | undefined): boolean {
  const browserOnline = useBrowserOnline();
  if (!browserOnline) return false;
  return engineOnline ?? browserOnline;
}

export function usePendingChangeCount(): number | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(() => db.outbox.count(), [db]);
}

export function useSyncState(): SyncState | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(() => readSyncState(db), [db]);
}

export const PENDING_SHOWN = 100;

/** The oldest queued changes (at most PENDING_SHOWN), described for the list, and how many in all. */
export function usePendingChanges(): { changes: PendingChange[]; total: number } | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(async () => {
    const [entries, total, state] = await Promise.all([
      db.outbox.orderBy('seq').limit(PENDING_SHOWN).toArray(),
      db.outbox.count(),
      readSyncState(db),
    ]);
    return { changes: entries.map((entry) => describePending(entry, state.ackedSeq)), total };
  }, [db]);
}

export function useNeedsAttention(): NeedsAttentionRow[] | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(() => openNeedsAttention(db), [db]);
}
