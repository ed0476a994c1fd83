/**
 * Serves the built renderer (out/renderer) for the app:// scheme: only files inside that folder,
 * never a path that climbs out of it (../, encoded or via a symlink), routes without a file
 * fall back to index.html for the single-page app, and every answer carries the CSP.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST } from '@domain/ipc-contract';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

export function mimeTypeFor(filePath: string): string {
  return mimeTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Where a request points, decided from the URL alone (no disk access). */
export type RendererTarget =
  { kind: 'file'; relativePath: string } | { kind: 'forbidden' } | { kind: 'not-found' };

/**
 * Maps a request URL to a path relative to the renderer folder. The URL parser has already
 * collapsed plain `..` segments; what remains dangerous is what decoding reveals (%2F, %5C, %00)
 * and a Windows drive or UNC path, so the decoded path is checked again.
 */
export function resolveRendererTarget(requestUrl: string): RendererTarget {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'forbidden' };
  }
  if (url.host.toLowerCase() !== APP_HOST) return { kind: 'not-found' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'forbidden' };
  }
  if (decoded.includes('\0') || decoded.includes('\\') || /^\/*[a-zA-Z]:/.test(decoded)) {
    return { kind: 'forbidden' };
  }
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return { kind: 'forbidden' };
  return { kind: 'file', relativePath: segments.join('/') || 'index.html' };
}

/** An asset request (it names a file type) must never be answered with index.html. */
function isRouteRequest(relativePath: string): boolean {
  return path.posix.extname(relativePath) === '' || relativePath.endsWith('.html');
}

async function regularFileInside(rootReal: string, candidate: string): Promise<string | null> {
  try {
    const real = await realpath(candidate);
    if (real !== rootReal && !real.startsWith(rootReal + path.sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

function textResponse(status: number, csp: string): Response {
  return new Response(null, {
    status,
    headers: { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' },
  });
}

/** Answers one app:// request from the renderer folder `rootDir`. */
export async function serveRendererRequest(
  request: { url: string; method: string },
  rootDir: string,
  csp: string,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, csp);
  const target = resolveRendererTarget(request.url);
  if (target.kind === 'forbidden') return textResponse(403, csp);
  if (target.kind === 'not-found') return textResponse(404, csp);

  const rootReal = await realpath(rootDir);
  let file = await regularFileInside(rootReal, path.join(rootReal, target.relativePath));
  if (file === null && isRouteRequest(target.relativePath)) {
    file = await regularFileInside(rootReal, path.join(rootReal, 'index.html'));
  }
  if (file === null) return textResponse(404, csp);

  const body = request.method === 'HEAD' ? null : await readFile(file);
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': mimeTypeFor(file),
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}
