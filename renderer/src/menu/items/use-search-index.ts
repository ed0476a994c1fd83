/**
 * The search index over the shop's items, rebuilt in slices when the items change (reusing the
 * pinyin of unchanged items), so typing in the search box never waits on a rebuild.
 */
import { useEffect, useState } from 'react';
import { buildSearchIndexInSlices, type SearchIndex } from '@domain/menu/search';
import type { MenuItem } from '@domain/menu/schema';

export function useSearchIndex(items: readonly MenuItem[] | undefined): SearchIndex | null {
  const [state, setState] = useState<{ items: readonly MenuItem[]; index: SearchIndex } | null>(
    null,
  );
  useEffect(() => {
    if (!items) return;
    let cancelled = false;
    void buildSearchIndexInSlices(items, { previous: state?.index }).then((index) => {
      if (!cancelled) setState({ items, index });
    });
    return () => {
      cancelled = true;
    };
    // The previous index is only a cache to reuse; a new one must not start another build.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items]);
  // An index built for older items still finds them by what has not changed: use it meanwhile.
  return state?.index ?? null;
}
