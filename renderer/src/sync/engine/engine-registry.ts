/**
 * One running engine per vendor and sign-in in this window, shared by everything that shows sync
 * (the header, the Sync page): the first user starts it, the last one to let go stops it.
 */
import type { VendorDb } from '../../db/vendor-db';
import type { SyncSession } from '../../platform-api/platform-client';
import { VendorSyncEngine, type EngineEnvironment } from './vendor-sync';

interface Entry {
  engine: VendorSyncEngine;
  users: number;
}

const running = new Map<string, Entry>();

export interface EngineLease {
  engine: VendorSyncEngine;
  release: () => void;
}

export function acquireSyncEngine(
  vendorId: string,
  db: VendorDb,
  session: SyncSession,
  env?: EngineEnvironment,
): EngineLease {
  const key = `${vendorId}\u0000${session.platformUrl}\u0000${session.token}`;
  let entry = running.get(key);
  if (!entry) {
    entry = { engine: new VendorSyncEngine(vendorId, db, session, env), users: 0 };
    running.set(key, entry);
    entry.engine.start();
  }
  entry.users += 1;
  const held = entry;
  let released = false;
  return {
    engine: held.engine,
    release: () => {
      if (released) return;
      released = true;
      held.users -= 1;
      if (held.users > 0) return;
      held.engine.stop();
      running.delete(key);
    },
  };
}

/** The engine already running for a vendor in this window, if any (e.g. to "Sync now"). */
export function runningSyncEngine(vendorId: string): VendorSyncEngine | undefined {
  for (const { engine } of running.values()) if (engine.vendorId === vendorId) return engine;
  return undefined;
}
