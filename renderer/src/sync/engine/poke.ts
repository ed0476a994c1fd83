/**
 * Listens to the platform's poke stream (server-sent events, no data: "this shop changed, pull").
 * EventSource reconnects by itself; a reconnect after a drop also counts as a poke, since pokes
 * sent while the stream was down are lost. Missing EventSource (Node) means no pokes: the timer
 * and the other triggers still sync.
 */
import { POKE_EVENT } from '@domain/sync/protocol';

export interface PokeHandlers {
  onPoke: () => void;
  /** The stream is up (true) or down and retrying (false). */
  onConnected?: (connected: boolean) => void;
}

export interface PokeStream {
  close: () => void;
}

type EventSourceConstructor = new (url: string) => EventSource;

export function listenForPokes(
  url: string,
  handlers: PokeHandlers,
  EventSourceImpl: EventSourceConstructor | undefined = globalThis.EventSource,
): PokeStream | null {
  if (!EventSourceImpl) return null;
  const source = new EventSourceImpl(url);
  let openedBefore = false;
  source.addEventListener(POKE_EVENT, () => handlers.onPoke());
  source.addEventListener('open', () => {
    handlers.onConnected?.(true);
    if (openedBefore) handlers.onPoke();
    openedBefore = true;
  });
  source.addEventListener('error', () => handlers.onConnected?.(false));
  return { close: () => source.close() };
}
