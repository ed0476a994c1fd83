/**
 * `notify(kind, title, body)`: the console's notifications, through the desktop bridge, the
 * browser's Notification API, and always in the page (notifier.ts). The log is on
 * `window.__vendorConsoleNotified` too, so end-to-end tests can read what was told.
 */
import { desktop, isDesktop } from '../desktop/bridge';
import { createNotifier, type Notified, type NotifierHost, type NotifyKind } from './notifier';

const ASKED_KEY = 'vendorConsole.notifyPermissionAsked';

function browserNotifications(): NotifierHost['browser'] {
  if (typeof window === 'undefined' || !('Notification' in window)) return null;
  return {
    permission: () => window.Notification.permission,
    requestPermission: () => window.Notification.requestPermission(),
    show: (title, body, tag) => {
      const shown = new window.Notification(title, { body, tag: `${tag}:${Date.now()}` });
      shown.onclick = () => window.focus();
    },
  };
}

const notifier = createNotifier({
  desktopNotify: isDesktop ? (notice) => desktop.notify(notice) : null,
  browser: browserNotifications(),
  askedBefore: () => {
    try {
      return window.localStorage.getItem(ASKED_KEY) === '1';
    } catch {
      return false;
    }
  },
  rememberAsked: () => {
    try {
      window.localStorage.setItem(ASKED_KEY, '1');
    } catch {
      // No storage: the browser asks only once a session anyway.
    }
  },
  now: () => Date.now(),
});

if (typeof window !== 'undefined')
  (window as unknown as { __vendorConsoleNotified: readonly Notified[] }).__vendorConsoleNotified =
    notifier.log();

export function notify(kind: NotifyKind, title: string, body: string): Promise<Notified> {
  return notifier.notify(kind, title, body);
}

export const setInAppNotifier = notifier.setInApp;
export const notifiedLog = notifier.log;
export type { Notified, NotifyKind };
