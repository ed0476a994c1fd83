/**
 * Object URLs for Blobs shown on screen, shared by every component showing the same Blob and
 * revoked when the last one lets go (a list of 5,000 items scrolls many thumbnails in and out).
 */
import { useEffect, useMemo } from 'react';

const urls = new Map<Blob, { url: string; users: number }>();

function urlOf(blob: Blob): string {
  let entry = urls.get(blob);
  if (!entry) {
    entry = { url: URL.createObjectURL(blob), users: 0 };
    urls.set(blob, entry);
  }
  return entry.url;
}

function release(blob: Blob): void {
  const entry = urls.get(blob);
  if (!entry) return;
  entry.users -= 1;
  // Revoke a moment later: a remount (React's strict mode, a list re-render) takes it back first.
  setTimeout(() => {
    if (entry.users > 0 || urls.get(blob) !== entry) return;
    URL.revokeObjectURL(entry.url);
    urls.delete(blob);
  }, 1000);
}

export function useObjectUrl(blob: Blob | null | undefined): string | undefined {
  const url = useMemo(() => (blob ? urlOf(blob) : undefined), [blob]);
  useEffect(() => {
    if (!blob) return;
    urlOf(blob);
    urls.get(blob)!.users += 1;
    return () => release(blob);
  }, [blob]);
  return url;
}
