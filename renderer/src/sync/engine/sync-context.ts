/** What one sync of one vendor database needs; built by the engine (vendor-sync.ts) or a test. */
import type { VendorDb } from '../../db/vendor-db';
import type { PlatformClient } from '../../platform-api/platform-client';

export interface SyncProgress {
  phase: 'pushing' | 'pulling' | 'verifying' | 'repairing';
  /** Changes sent in this sync. */
  pushed: number;
  /** Platform rows received in this sync. */
  pulled: number;
  /** For a download: the share done, 0..1, when the platform says how far its changes go. */
  fraction?: number;
}

export interface SyncContext {
  db: VendorDb;
  vendorId: string;
  /** The device the token was issued to; every queued change carries it. */
  deviceId: string;
  client: PlatformClient;
  /** Rows per pull page (the platform caps it). */
  pageSize?: number;
  /** Changes per push (the protocol caps it at MAX_PUSH_MUTATIONS). */
  pushBatch?: number;
  /** Recompute every table's checksum from the stored rows, not only the running sums. */
  deepVerify?: boolean;
  onProgress?: (progress: SyncProgress) => void;
  yieldToUi?: () => Promise<void>;
  now?: () => number;
}
