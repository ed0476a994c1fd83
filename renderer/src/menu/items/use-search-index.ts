/**
 * The search index over the shop's items, rebuilt in slices when the items change (reusing the
 * pinyin of unchanged items), so typing in the search box never waits on a rebuild.
 */
import { useEffect, useState } from 'react';
import { buildSearchIndexInSlices, type SearchIndex } from '@domain/menu/search';
import type { MenuItem } from '@domain/menu/schema';

// The last index built, to seed the next one: coming back to the menu reuses its entries (they
// are checked against each item's names and codes, so another shop's entries are simply unused).
let lastIndex: SearchIndex | undefined;

export function useSearchIndex(items: readonly MenuItem[] | undefined): SearchIndex | null {
  const [state, setState] = useState<{ items: readonly MenuItem[]; index: SearchIndex } | null>(
    null,
  );
  useEffect(() => {
    if (!items) return;
    let cancelled = false;
    void buildSearchIndexInSlices(items, { previous: state?.index ?? lastIndex }).then((index) => {
      lastIndex = index;
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
