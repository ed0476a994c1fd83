/** Which items are ticked, with shift-click ranges over the list as it is shown. */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { ListedItem } from './item-filter';

export function useSelection(listed: readonly ListedItem[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const anchor = useRef<string | null>(null);
  const listedRef = useRef(listed);
  useLayoutEffect(() => {
    listedRef.current = listed;
  }, [listed]);

  const select = useCallback((id: string, on: boolean, range: boolean) => {
    const rows = listedRef.current;
    const to = rows.findIndex((row) => row.item.id === id);
    const from =
      range && anchor.current ? rows.findIndex((row) => row.item.id === anchor.current) : -1;
    const ids =
      from === -1 || to === -1
        ? [id]
        : rows.slice(Math.min(from, to), Math.max(from, to) + 1).map((row) => row.item.id);
    anchor.current = id;
    setSelected((current) => {
      const next = new Set(current);
      for (const each of ids) {
        if (on) next.add(each);
        else next.delete(each);
      }
      return next;
    });
  }, []);

  const selectAll = useCallback((on: boolean) => {
    setSelected(on ? new Set(listedRef.current.map((row) => row.item.id)) : new Set());
  }, []);

  const clear = useCallback(() => setSelected(new Set()), []);
  return { selected, select, selectAll, clear };
}
