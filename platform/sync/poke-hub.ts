/**
 * Tells connected consoles that a vendor's data changed. Changes are announced with NOTIFY in
 * the committing transaction (delivered only if it commits); every platform instance LISTENs, so
 * on PostgreSQL a change made through one instance pokes the consoles connected to another.
 * PGlite delivers the same notifications in-process.
 */
import type { Database, Queryable } from '../db/database';

export type PokeListener = () => void;

/** The notification channel of a database's vendor changes; a schema (a test's) gets its own. */
export const changesChannel = (db: Pick<Database, 'schema'>): string =>
  db.schema ? `vendor_changes_${db.schema}` : 'vendor_changes';

/** Announces a change of `vendorId` without a hub (the platform's own changes); inside the transaction. */
export async function announceChange(
  db: Pick<Database, 'schema'>,
  tx: Queryable,
  vendorId: string,
): Promise<void> {
  await tx.query('select pg_notify($1, $2)', [changesChannel(db), vendorId]);
}

export class PokeHub {
  private readonly listeners = new Map<string, Set<PokeListener>>();
  private unlisten: (() => Promise<void>) | undefined;
  readonly channel: string;

  constructor(private readonly db: Database) {
    this.channel = changesChannel(db);
  }

  async start(): Promise<void> {
    this.unlisten = await this.db.listen(this.channel, (vendorId) => {
      if (vendorId === '*') for (const id of this.listeners.keys()) this.deliver(id);
      else this.deliver(vendorId);
    });
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    this.listeners.clear();
  }

  /** Announces a change of `vendorId`; call inside the transaction that makes it. */
  async announce(tx: Queryable, vendorId: string): Promise<void> {
    await tx.query('select pg_notify($1, $2)', [this.channel, vendorId]);
  }

  subscribe(vendorId: string, listener: PokeListener): () => void {
    let set = this.listeners.get(vendorId);
    if (!set) this.listeners.set(vendorId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(vendorId);
    };
  }

  private deliver(vendorId: string): void {
    for (const listener of this.listeners.get(vendorId) ?? []) listener();
  }
}
