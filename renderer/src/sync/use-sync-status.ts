/** What the header shows about sync: whether the network is there and how much waits to go up. */
import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useActiveVendor } from '../vendors/use-vendor';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** The browser's own view of the network; the sync engine will confirm it with a probe. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, () => navigator.onLine);
}

export function usePendingChangeCount(): number | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(() => db.outbox.count(), [db]);
}
