/**
 * The console's one notification path (issue 13; the desktop issue builds on it). A notice goes
 * to the system: through the desktop bridge inside Electron, the browser's Notification API
 * otherwise (its permission asked once, politely, and never again if refused); and always to
 * the page itself as an in-app notification, so the desk sees it even where the system shows
 * nothing. Every notice is logged, for the tests and for "what did it tell me".
 */

export type NotifyKind = 'booking.new' | 'booking.soon' | (string & {});
export type NotifyVia = 'desktop' | 'browser';

export interface Notified {
  kind: NotifyKind;
  title: string;
  body: string;
  at: number;
  /** Which system showed it; null: only the in-app notification. */
  via: NotifyVia | null;
}

/** The parts of the host a notifier uses: each may be missing. */
export interface NotifierHost {
  /** The desktop bridge's verb; null in a browser. */
  desktopNotify:
    | ((notice: {
        kind: string;
        title: string;
        body: string;
      }) => Promise<{ ok: true; value: { shown: boolean } } | { ok: false; error: string }>)
    | null;
  /** The browser's Notification API; null where there is none. */
  browser: {
    permission: () => 'default' | 'granted' | 'denied';
    requestPermission: () => Promise<'default' | 'granted' | 'denied'>;
    show: (title: string, body: string, tag: string) => void;
  } | null;
  /** Whether the permission was asked before (kept across launches). */
  askedBefore: () => boolean;
  rememberAsked: () => void;
  now: () => number;
}

export type InAppShow = (notice: Notified) => void;

const LOG_SIZE = 100;

export function createNotifier(host: NotifierHost) {
  const log: Notified[] = [];
  let inApp: InAppShow | null = null;
  let asking: Promise<unknown> | null = null;

  async function viaSystem(kind: string, title: string, body: string): Promise<NotifyVia | null> {
    if (host.desktopNotify) {
      try {
        const answer = await host.desktopNotify({ kind, title, body });
        if (answer.ok && answer.value.shown) return 'desktop';
      } catch {
        // A bridge that failed is like one that showed nothing: the page still shows it.
      }
      return null;
    }
    const browser = host.browser;
    if (!browser) return null;
    if (browser.permission() === 'default' && !host.askedBefore()) {
      host.rememberAsked();
      asking ??= browser.requestPermission().catch(() => 'denied');
      await asking;
    }
    if (browser.permission() !== 'granted') return null;
    try {
      browser.show(title, body, kind);
      return 'browser';
    } catch {
      return null;
    }
  }

  return {
    /** Tells the desk: the system's notification where there is one, and always in the page. */
    async notify(kind: NotifyKind, title: string, body: string): Promise<Notified> {
      const via = await viaSystem(kind, title, body);
      const notice: Notified = { kind, title, body, at: host.now(), via };
      log.push(notice);
      if (log.length > LOG_SIZE) log.shift();
      inApp?.(notice);
      return notice;
    },
    /** The page's own notifications: the NotifyHost sets this while it is mounted. */
    setInApp(show: InAppShow | null): void {
      inApp = show;
    },
    log(): readonly Notified[] {
      return log;
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
