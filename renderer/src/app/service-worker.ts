/**
 * Registers the app-shell service worker in the browser build only (a custom scheme cannot cache,
 * FACTS.md). A new version waits until the shop chooses to reload, so no open form is lost.
 */
import { Workbox } from 'workbox-window';

type UpdateListener = (activate: () => void) => void;
const listeners = new Set<UpdateListener>();
let pendingActivation: (() => void) | null = null;

export function onUpdateWaiting(listener: UpdateListener): () => void {
  listeners.add(listener);
  if (pendingActivation) listener(pendingActivation);
  return () => listeners.delete(listener);
}

export function registerServiceWorker(): void {
  if (__RENDERER_HOST__ !== 'web' || !import.meta.env.PROD || !('serviceWorker' in navigator))
    return;
  const workbox = new Workbox('/sw.js');
  workbox.addEventListener('waiting', () => {
    pendingActivation = () => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    };
    for (const listener of listeners) listener(pendingActivation);
  });
  // A browser may refuse service workers (private mode, policy): the console still works online.
  workbox.register().catch((error: unknown) => {
    console.warn(
      'Service worker not registered; the console will need the network to open.',
      error,
    );
  });
}
