/** Reads a poke stream as EventSource would: named events and comment lines, as they arrive. */
import { syncPaths } from '../../domain/sync/protocol';

export interface PokeStream {
  status: number;
  /** Event names received so far ('poke'), and comments as ':heartbeat' etc. */
  received: string[];
  waitFor: (entry: string, count?: number, timeoutMs?: number) => Promise<void>;
  close: () => void;
  /** Settles when the platform ends the stream (or it is closed here). */
  ended: Promise<void>;
}

export async function openPokeStream(
  baseUrl: string,
  vendorId: string,
  token: string,
  via: 'header' | 'query' = 'header',
): Promise<PokeStream> {
  const abort = new AbortController();
  const url =
    baseUrl +
    syncPaths.poke(vendorId) +
    (via === 'query' ? `?token=${encodeURIComponent(token)}` : '');
  const response = await fetch(url, {
    headers: via === 'header' ? { authorization: `Bearer ${token}` } : {},
    signal: abort.signal,
  });
  const received: string[] = [];
  let wake = () => undefined as void;
  let ended: Promise<void> = Promise.resolve();
  if (response.body) {
    ended = (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            for (const line of block.split('\n')) {
              if (line.startsWith('event: ')) received.push(line.slice(7));
              else if (line.startsWith(': ')) received.push(`:${line.slice(2)}`);
            }
            wake();
          }
        }
      } catch {
        // aborted
      }
    })();
  }
  return {
    status: response.status,
    received,
    waitFor: (entry, count = 1, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`no ${count}× ${entry} within ${timeoutMs} ms: ${received.join(',')}`),
            ),
          timeoutMs,
        );
        const check = () => {
          if (received.filter((item) => item === entry).length >= count) {
            clearTimeout(timer);
            resolve();
          }
        };
        const previous = wake;
        wake = () => {
          previous();
          check();
        };
        check();
      }),
    close: () => abort.abort(),
    ended,
  };
}
