/** The menu's undo list for this session: the last bulk or destructive changes, newest last. */
import { createContext, useContext } from 'react';
import type { Undo } from '../actions/undo';

export interface UndoEntry {
  id: number;
  /** What was done, already in the shop's language ("Raised 3 prices by 10%"). */
  label: string;
  run: Undo;
}

export interface UndoState {
  last: UndoEntry | undefined;
  /** Remembers a change's undo and offers it to the shop right away. */
  offer: (label: string, run: Undo) => void;
  undo: (entry: UndoEntry) => Promise<void>;
}

export const UndoContext = createContext<UndoState | null>(null);

export function useUndo(): UndoState {
  const state = useContext(UndoContext);
  if (!state) throw new Error('useUndo() outside UndoProvider');
  return state;
}

/** Keeps at most `limit` entries: older changes can no longer be undone from here. */
export function pushEntry(
  entries: readonly UndoEntry[],
  entry: UndoEntry,
  limit = 20,
): UndoEntry[] {
  return [...entries, entry].slice(-limit);
}
