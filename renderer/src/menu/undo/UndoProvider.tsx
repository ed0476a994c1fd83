import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { toStoreError } from '../../db/errors';
import { pushEntry, UndoContext, type UndoEntry, type UndoState } from './undo-context';

/** Holds the undo list and announces each undoable change with an "Undo" button. */
export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['menu', 'common']);
  const { message } = App.useApp();
  const [entries, setEntries] = useState<UndoEntry[]>([]);
  const nextId = useRef(0);

  const undo = useCallback(
    async (entry: UndoEntry) => {
      message.destroy(entry.id);
      try {
        await entry.run();
        setEntries((list) => list.filter((candidate) => candidate.id !== entry.id));
        message.success(t('undo.done', { label: entry.label }));
      } catch (error) {
        message.error(t(`common:errors.${toStoreError(error).code}`));
      }
    },
    [message, t],
  );

  const offer = useCallback(
    (label: string, run: UndoEntry['run']) => {
      const entry = { id: (nextId.current += 1), label, run };
      setEntries((list) => pushEntry(list, entry));
      message.success({
        key: entry.id,
        duration: 8,
        content: (
          <>
            {label}{' '}
            <Button size="small" type="link" onClick={() => void undo(entry)}>
              {t('undo.action')}
            </Button>
          </>
        ),
      });
    },
    [message, t, undo],
  );

  const state = useMemo<UndoState>(
    () => ({ last: entries.at(-1), offer, undo }),
    [entries, offer, undo],
  );
  return <UndoContext.Provider value={state}>{children}</UndoContext.Provider>;
}
