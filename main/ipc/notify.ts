/** notify:show — a system notification for the desk (a booking arrived, one starts soon). */
import type { IpcArgs } from '@domain/ipc-contract';

export type NotifyDeps = {
  /** Shows it; false where the system has no notifications. */
  showNotification(notice: { title: string; body: string }): boolean;
};

/** Control characters would only garble a notification: they are dropped, lines kept. */
const clean = (text: string) =>
  [...text]
    .filter((ch) => {
      const code = ch.charCodeAt(0);
      return ch === '\n' || (code >= 0x20 && code !== 0x7f);
    })
    .join('');

export function notifyHandlers<E>(deps: NotifyDeps) {
  return {
    'notify:show': (_event: E, ...[notice]: IpcArgs<'notify:show'>) => ({
      shown: deps.showNotification({ title: clean(notice.title), body: clean(notice.body) }),
    }),
  };
}
