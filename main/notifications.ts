/**
 * Shows the desk's notifications with Electron's Notification; clicking one brings the console's
 * window to the front. Takes the Notification class so it runs in tests without Electron.
 */
export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown;
  show(): void;
}

export interface NotificationClass {
  isSupported(): boolean;
  new (options: { title: string; body: string; silent?: boolean }): NotificationLike;
}

export function notificationShower(
  Notification: NotificationClass,
  focusWindow: () => void,
): (notice: { title: string; body: string }) => boolean {
  return ({ title, body }) => {
    if (!Notification.isSupported()) return false;
    const shown = new Notification({ title, body, silent: false });
    shown.on('click', focusWindow);
    shown.show();
    return true;
  };
}
