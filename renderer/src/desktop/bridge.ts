/**
 * The console's access to desktop features. Inside Electron it is the preload bridge; in the
 * browser it is a fallback that does what a browser can (download instead of a save dialog) and
 * answers 'unavailable' for the rest, so every caller handles both hosts the same way.
 */
import type { DesktopBridge } from '@domain/ipc-contract';
import { getSetting, setSetting } from '../db/directory';

/**
 * The platforms the browser build's CSP lets it reach (vite.web.config.ts builds them in): the
 * one it is built for, and for the end-to-end build one per Playwright worker.
 */
const builtForPlatforms: readonly string[] = [
  (import.meta.env.VITE_PLATFORM_URL as string | undefined) ?? 'http://127.0.0.1:8787',
  ...((import.meta.env.VITE_PLATFORM_ORIGINS as string | undefined) ?? '')
    .split(' ')
    .filter(Boolean),
];

function sameOrigin(url: string, other: string): boolean {
  try {
    return new URL(url).origin === new URL(other).origin;
  } catch {
    return false;
  }
}

function isSafeExternalUrl(url: string): boolean {
  try {
    return ['https:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

const browserBridge: DesktopBridge = {
  appInfo: async () => ({
    ok: true,
    value: {
      version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
      platform: 'web',
      isPackaged: false,
    },
  }),
  setLanguage: async () => ({ ok: true, value: null }),
  openExternal: async (url) => {
    if (!isSafeExternalUrl(url)) return { ok: false, error: 'invalid_arguments' };
    window.open(url, '_blank', 'noopener,noreferrer');
    return { ok: true, value: null };
  },
  allowPlatform: async (url) => ({
    ok: true,
    value: { allowed: builtForPlatforms.some((built) => sameOrigin(url, built)) },
  }),
  saveFile: async ({ suggestedName, content }) => {
    const blob = new Blob([content as Uint8Array<ArrayBuffer>]);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = suggestedName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    return { ok: true, value: { saved: true } };
  },
  // The browser has no OS keychain: secrets sit in IndexedDB, which the Settings page says is weaker.
  setSecret: async (key, value) => {
    await setSetting(`secret:${key}`, value);
    return { ok: true, value: null };
  },
  getSecret: async (key) => ({
    ok: true,
    value: await getSetting<string | null>(`secret:${key}`, null),
  }),
  deleteSecret: async (key) => {
    await setSetting(`secret:${key}`, null);
    return { ok: true, value: null };
  },
  // The browser's own Notification API is used instead (renderer/src/notify/notify.ts).
  notify: async () => ({ ok: false, error: 'unavailable' }),
};

export const isDesktop = typeof window !== 'undefined' && window.vendorConsole !== undefined;

export const desktop: DesktopBridge =
  (typeof window !== 'undefined' && window.vendorConsole) || browserBridge;

/** Secrets in the browser are not encrypted by the OS; the UI says so. */
export const secretsAreWeak = !isDesktop;
