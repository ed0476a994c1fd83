/**
 * Applies the Electron security checklist to every web contents and the default session: CSP on
 * http(s) responses (the dev server; app:// answers carry it from protocol.ts), no navigation or
 * new window outside the app, no webviews, and web permissions denied unless the policy grants them
 * (permissions.ts: the camera, video only, to the app's own page).
 */
import type { Session, WebContents } from 'electron';
import { app, session, shell } from 'electron';
import { decideOutgoingRequest, type PlatformOrigins } from './platform-origins';
import { decidePermissionCheck, decidePermissionRequest } from './permissions';
import { decideNavigation, isSafeExternalUrl } from './security-policy';

export type SecurityOptions = {
  allowedOrigins: readonly string[];
  csp: string;
  /** The platforms signed in to: the only hosts a request may leave the console for. */
  platforms: PlatformOrigins;
  devServerOrigin?: string;
};

function openOutside(url: string): void {
  if (!isSafeExternalUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => console.error('openExternal failed', error));
}

function hardenWebContents(contents: WebContents, allowedOrigins: readonly string[]): void {
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-frame-navigate', (event) => {
    const decision = decideNavigation(event.url, event.isMainFrame, allowedOrigins);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openOutside(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (decideNavigation(event.url, event.isMainFrame, allowedOrigins) !== 'allow') {
      event.preventDefault();
    }
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function withCsp(headers: Record<string, string[]> | undefined, csp: string) {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [csp] };
}

function hardenSession(ses: Session, options: SecurityOptions): void {
  const { allowedOrigins, csp, platforms, devServerOrigin } = options;
  const network = { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] };
  ses.webRequest.onBeforeRequest(network, (details, callback) =>
    callback({
      cancel: decideOutgoingRequest(details.url, platforms, devServerOrigin) === 'block',
    }),
  );
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(
      decidePermissionRequest(
        permission,
        { requestingUrl: details.requestingUrl, isMainFrame: details.isMainFrame, mediaTypes },
        allowedOrigins,
      ),
    );
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    decidePermissionCheck(
      permission,
      {
        requestingUrl: details.requestingUrl ?? requestingOrigin,
        isMainFrame: details.isMainFrame,
        mediaType: details.mediaType,
      },
      allowedOrigins,
    ),
  );
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onHeadersReceived({ urls: ['http://*/*', 'https://*/*'] }, (details, callback) =>
    callback({ responseHeaders: withCsp(details.responseHeaders, csp) }),
  );
}

/** Call once, before the first window opens (after `ready` for the session part). */
export function installSecurity(options: SecurityOptions): void {
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, options.allowedOrigins),
  );
  hardenSession(session.defaultSession, options);
}
