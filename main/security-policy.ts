/**
 * The security rules of the desktop shell as plain data and functions: the Content Security
 * Policy, which URLs may leave the app for the system browser, and which web permissions the app
 * may hold. security.ts and protocol.ts only wire these into Electron.
 */
import { isAllowedOrigin } from './app-origin';

/**
 * Where the desktop console may fetch from, as far as a document's CSP can say it: a platform
 * over TLS, or one on this machine. A loaded page cannot take a new origin, so the desktop names
 * schemes here and main allows only the platforms signed in to, request by request
 * (platform-origins.ts).
 */
const platformConnectSources = [
  'https:',
  'wss:',
  'http://localhost:*',
  'http://127.0.0.1:*',
  'ws://localhost:*',
  'ws://127.0.0.1:*',
];

/**
 * The CSP of every page the app serves. Styles allow 'unsafe-inline' because antd writes its
 * CSS-in-JS into <style> tags at run time; scripts never do, except Vite's inline refresh
 * preamble in dev. Images may come from the platform's https CDN (menu photos).
 */
export function buildCsp(
  options: {
    devServerOrigin?: string;
    /** The only platforms the page may reach (the browser build's own); the desktop's by default. */
    platformOrigins?: readonly string[];
  } = {},
): string {
  const dev = options.devServerOrigin;
  const devSocket = dev?.replace(/^http/, 'ws');
  const platforms = options.platformOrigins;
  const connect = platforms
    ? platforms.flatMap((origin) => [origin, origin.replace(/^http/, 'ws')])
    : platformConnectSources;
  const images = platforms ?? ['https:'];
  // The desk's QR decoder is WebAssembly shipped with the app; this compiles it and allows no
  // eval() of JavaScript ('unsafe-eval' is never given).
  const wasm = "'wasm-unsafe-eval'";
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': dev ? ["'self'", wasm, "'unsafe-inline'", dev] : ["'self'", wasm],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...images],
    'font-src': ["'self'", 'data:'],
    'media-src': ["'self'", 'blob:'],
    'connect-src': ["'self'", ...connect, ...(devSocket ? [devSocket] : [])],
    'worker-src': ["'self'", 'blob:'],
    'frame-src': ["'self'"],
    'frame-ancestors': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * A URL the system may open outside the app: https (no embedded credentials) or mailto. Never
 * file:, smb:, javascript: or a custom scheme another program registered.
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  if (parsed.protocol !== 'https:') return false;
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/** The few web permissions the console itself uses; anything else, or any other origin, is denied. */
const grantedToApp = new Set(['clipboard-sanitized-write', 'fullscreen', 'persistent-storage']);

export function isPermissionGranted(
  permission: string,
  requestingUrl: string,
  allowedOrigins: readonly string[],
): boolean {
  return grantedToApp.has(permission) && isAllowedOrigin(requestingUrl, allowedOrigins);
}

export type NavigationDecision = 'allow' | 'open-external' | 'block';

/**
 * What to do when a frame tries to go to `url`: the app's own pages load in place, a safe link
 * clicked in the main frame opens in the system browser, anything else goes nowhere. A sub-frame
 * may also be blank (an editor preview written with srcdoc), never another site.
 */
export function decideNavigation(
  url: string,
  isMainFrame: boolean,
  allowedOrigins: readonly string[],
): NavigationDecision {
  if (isAllowedOrigin(url, allowedOrigins)) return 'allow';
  if (!isMainFrame) return url === 'about:blank' || url === 'about:srcdoc' ? 'allow' : 'block';
  return isSafeExternalUrl(url) ? 'open-external' : 'block';
}
