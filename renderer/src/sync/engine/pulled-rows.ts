/**
 * Tells whoever listens which records a pull brought, after its page is saved: the bookings
 * part's reminders notify the desk of a customer's new booking this way. `created` is true for
 * a record this desk had not had from the platform before; `initial` marks the pages of a first
 * sync (cursor 0), which bring everything the shop ever had and are not news.
 */
import type { VendorDb } from '../../db/vendor-db';

export interface PulledRow {
  table: string;
  id: string;
  /** Null when the record is gone. */
  row: Record<string, unknown> | null;
  created: boolean;
}

export interface PulledRowsEvent {
  db: VendorDb;
  rows: readonly PulledRow[];
  initial: boolean;
}

type Listener = (event: PulledRowsEvent) => void;
const listeners = new Set<Listener>();

export function onPulledRows(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announcePulledRows(event: PulledRowsEvent): void {
  if (event.rows.length === 0) return;
  for (const listener of listeners) {
    try {
      listener(event);
    } catch (error) {
      // A listener's bug must not fail the sync that has already been saved.
      console.error('pulled rows listener', error);
    }
  }
}
