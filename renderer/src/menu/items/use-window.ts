/**
 * Windowing for long lists: only the rows in view (plus a few either side) are rendered, so a
 * list of 5,000 items costs the same per frame as a list of 20. Rows have one fixed height.
 */
import { useEffect, useRef, useState } from 'react';

export function useWindow(count: number, rowHeight: number, overscan = 6) {
  const ref = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 640 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setView({ top: element.scrollTop, height: element.clientHeight });
    element.addEventListener('scroll', update, { passive: true });
    // The observer reports the first size right after observe(): no synchronous update needed.
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, []);
  const first = Math.max(0, Math.floor(view.top / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((view.top + view.height) / rowHeight) + overscan);
  return { ref, first, last, totalHeight: count * rowHeight };
}
