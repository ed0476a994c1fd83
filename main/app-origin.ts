/**
 * Which pages count as the app itself. Everything that trusts a page (IPC, navigation, permissions)
 * asks this module, so "the app's origin" is decided in one place.
 */
// Relative, not @domain: vite.web.config.ts imports the CSP from here, and config files get no aliases.
import { APP_ORIGIN } from '../domain/ipc-contract';

/**
 * `scheme://host[:port]` of a URL, lower-cased, or null when it has none. WHATWG `URL.origin` is
 * the string "null" for custom schemes such as app://, so it cannot be used here.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/**
 * The origins allowed to drive main: the app scheme always, and the dev server only in an
 * unpackaged run, so an environment variable can never widen a shipped build's trust.
 */
export function rendererOrigins(devServerUrl: string | undefined, isPackaged: boolean): string[] {
  const origins = [APP_ORIGIN];
  if (!isPackaged && devServerUrl) {
    const devOrigin = originOf(devServerUrl);
    if (devOrigin) origins.push(devOrigin);
  }
  return origins;
}

export function isAllowedOrigin(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}

/** The sender facts an IPC check needs, taken from Electron's event by the caller. */
export type SenderFrameFacts = { url: string; isTopFrame: boolean } | null;

/** Electron security checklist item 17: only the app's own top frame may call main. */
export function isTrustedSender(
  frame: SenderFrameFacts,
  allowedOrigins: readonly string[],
): boolean {
  if (frame === null || !frame.isTopFrame) return false;
  return isAllowedOrigin(frame.url, allowedOrigins);
}
