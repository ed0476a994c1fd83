/**
 * The app:// scheme the built console is served from. Its origin (app://console) owns the
 * console's IndexedDB, so the scheme, host and privileges must never change between versions.
 */
import { protocol } from 'electron';
import { APP_SCHEME } from '@domain/ipc-contract';
import { serveRendererRequest } from './renderer-files';

/**
 * Must run before `ready`, once. `standard` gives the scheme an origin (storage, relative URLs),
 * `secure` makes it a secure context, `supportFetchAPI`/`corsEnabled` let the page fetch its
 * own files. No service workers: Workbox cannot cache app:// requests.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        codeCache: true,
        stream: true,
      },
    },
  ]);
}

/** After `ready`: answer app:// requests from the built renderer folder, with `csp` on each. */
export function serveAppScheme(rendererDir: string, csp: string): void {
  protocol.handle(APP_SCHEME, (request) =>
    serveRendererRequest({ url: request.url, method: request.method }, rendererDir, csp),
  );
}
