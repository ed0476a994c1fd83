/**
 * The session's edits as undoable steps: `record` writes a step and remembers it, `undo` writes
 * its inverse, `redo` writes it again. A refused write is told to the shop (useRun) and leaves the
 * history as it was.
 */
import { useCallback, useRef, useState } from 'react';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { applyStep } from './apply-step';
import { emptyHistory, invert, recorded, type History, type Step } from './history';

export interface EditorHistory {
  record: (step: Step) => Promise<boolean>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  canUndo: boolean;
  canRedo: boolean;
}

export function useHistory(): EditorHistory {
  const { db } = useActiveVendor();
  const run = useRun();
  const [history, setHistory] = useState<History>(emptyHistory);
  // The history as it stands, for a key press between renders; writes go one at a time.
  const current = useRef(history);
  const busy = useRef<Promise<unknown>>(Promise.resolve());
  const set = useCallback((next: History) => {
    current.current = next;
    setHistory(next);
  }, []);

  const queue = useCallback(<T>(work: () => Promise<T>): Promise<T> => {
    const next = busy.current.then(work, work);
    busy.current = next.catch(() => undefined);
    return next;
  }, []);

  const record = useCallback(
    (step: Step) =>
      queue(async () => {
        const done = await run(async () => {
          await applyStep(db, step);
          return true;
        });
        if (done) set(recorded(current.current, step));
        return done ?? false;
      }),
    [db, queue, run, set],
  );

  const undo = useCallback(
    () =>
      queue(async () => {
        const step = current.current.done.at(-1);
        if (!step) return;
        const done = await run(async () => {
          await applyStep(db, invert(step));
          return true;
        });
        if (done)
          set({
            done: current.current.done.slice(0, -1),
            undone: [...current.current.undone, step],
          });
      }),
    [db, queue, run, set],
  );

  const redo = useCallback(
    () =>
      queue(async () => {
        const step = current.current.undone.at(-1);
        if (!step) return;
        const done = await run(async () => {
          await applyStep(db, step);
          return true;
        });
        if (done)
          set({
            done: [...current.current.done, step],
            undone: current.current.undone.slice(0, -1),
          });
      }),
    [db, queue, run, set],
  );

  return {
    record,
    undo,
    redo,
    canUndo: history.done.length > 0,
    canRedo: history.undone.length > 0,
  };
}
