/**
 * One sync writer per vendor database, however many windows are open: a sync runs only while it
 * holds this vendor's Web Lock, taken with ifAvailable so a window never queues behind another's
 * sync (that sync will pick up its changes; the shared IndexedDB shows the result to both).
 * Without Web Locks (old engines, Node in tests) an in-process set keeps the same promise.
 */
export type LockedRun<T> = { ran: true; value: T } | { ran: false };

interface LockManagerLike {
  request<T>(
    name: string,
    options: { ifAvailable: boolean },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

const heldHere = new Set<string>();

export function syncLockName(vendorId: string): string {
  return `vendor-console.sync.${vendorId}`;
}

export async function withSyncLock<T>(
  vendorId: string,
  run: () => Promise<T>,
  locks: LockManagerLike | undefined = webLocks(),
): Promise<LockedRun<T>> {
  const name = syncLockName(vendorId);
  if (locks) {
    return locks.request(name, { ifAvailable: true }, async (lock): Promise<LockedRun<T>> =>
      lock ? { ran: true, value: await run() } : { ran: false },
    );
  }
  if (heldHere.has(name)) return { ran: false };
  heldHere.add(name);
  try {
    return { ran: true, value: await run() };
  } finally {
    heldHere.delete(name);
  }
}

function webLocks(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks;
}
