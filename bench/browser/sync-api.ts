/**
 * The sync benchmarks' part of `window.vcBench` (issue 4), added to BenchApi by declaration
 * merging so browser/api.ts stays as it is. Raw samples in ms, as everywhere on the bench page.
 */
import type { OutboxEntry } from '@domain/outbox';
import type { Samples } from './api';
import type { Observed } from './sync-observe';

/** A shop on the platform and the login a new device signs in with. */
export interface SyncLogin {
  vendorId: string;
  login: string;
  password: string;
}

export interface SyncShop extends SyncLogin {
  /** Menu items the platform holds for it (sync-fixtures.ts items 0..rows-1). */
  rows: number;
}

export interface FirstSyncOptions {
  platformUrl: string;
  shop: SyncShop;
  /** A smaller shop for the one warm-up round, discarded. */
  warmupShop: SyncShop;
  rounds: number;
}
export type FirstSyncVariant = 'engine' | 'rawBulkPut';
/** Per phase of the engine's sync (its own progress reports): time, and long tasks begun in it. */
export type PhaseFigures = Record<string, { ms: number; longestTaskMs: number; longTasks: number }>;
export interface FirstSyncResult {
  samples: Samples<FirstSyncVariant>;
  /** Per timed round: long tasks, and for the engine the time spent waiting for the platform. */
  observed: Record<FirstSyncVariant, Observed[]>;
  /** Rows each timed first sync downloaded. */
  rowsPulled: number[];
  /** Per timed first sync. */
  phases: PhaseFigures[];
}

export interface QueueOptions {
  mutations: number;
}
export interface QueuedOutbox {
  /** The queue mutate() made, as stored (device id and seq included). */
  entries: OutboxEntry[];
  /** How long making them took, one mutate() after another (setup, for the notes). */
  makeMs: number;
}

export interface PushOptions {
  platformUrl: string;
  /** A fresh shop per round: the queue is replayed under a new device of that shop. */
  shop: SyncLogin;
  /** Replay only the first `entries` of the queue (the warm-up round); all by default. */
  entries?: number;
  /** Changes per push request; the console's default (MAX_PUSH_MUTATIONS) when absent. */
  batch?: number;
}
export interface PushRun {
  ms: number;
  sent: number;
  rejected: number;
  observed: Observed;
}

declare module './api' {
  interface BenchApi {
    syncFirstSync(options: FirstSyncOptions): Promise<FirstSyncResult>;
    /** Queues `mutations` new menu items through mutate(), one by one, in a scratch database. */
    syncMakeQueue(options: QueueOptions): Promise<QueuedOutbox>;
    /** Restores the queue (untimed) under a new device of `shop`, then times the engine's push. */
    syncPushQueue(options: PushOptions): Promise<PushRun>;
  }
}
