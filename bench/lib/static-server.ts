/**
 * A tiny static server on 127.0.0.1: IndexedDB needs a real http origin. The web build is served
 * at / and the bench page at /__bench/, one origin, so the bench page can seed a shop that the
 * console then opens. The bench page is cross-origin isolated for performance.now()'s 5 µs
 * resolution; the console's pages are served exactly as a plain static host would.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface Mount {
  /** URL prefix, ending in '/'. */
  prefix: string;
  dir: string;
  isolated: boolean;
}

async function fileFor(mount: Mount, pathname: string): Promise<string | undefined> {
  const relative = normalize(decodeURIComponent(pathname.slice(mount.prefix.length)));
  if (relative.startsWith('..') || relative.includes(`${sep}..`)) return undefined;
  const file = join(mount.dir, relative === '.' || relative === '' ? 'index.html' : relative);
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  return undefined;
}

export async function startStaticServer(
  mounts: Mount[],
): Promise<{ origin: string; close(): Promise<void> }> {
  // Longest prefix first, so /__bench/ wins over /.
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const mount = ordered.find((m) => pathname.startsWith(m.prefix));
    void (mount ? fileFor(mount, pathname) : Promise.resolve(undefined)).then((file) => {
      if (!mount || !file) {
        response.writeHead(404).end();
        return;
      }
      const headers: Record<string, string> = {
        'content-type': mimeTypes[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      if (mount.isolated) {
        headers['cross-origin-opener-policy'] = 'same-origin';
        headers['cross-origin-embedder-policy'] = 'require-corp';
      }
      response.writeHead(200, headers);
      createReadStream(file).pipe(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
