import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveRendererTarget, serveRendererRequest } from './renderer-files';

const csp = "default-src 'self'";
let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'renderer-files-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>console</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(base, 'secret.txt'), 'outside the renderer');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function get(url: string, method = 'GET'): Promise<Response> {
  return serveRendererRequest({ url, method }, root, csp);
}

describe('resolveRendererTarget', () => {
  it('maps the root to index.html and keeps nested asset paths', () => {
    expect(resolveRendererTarget('app://console/')).toEqual({
      kind: 'file',
      relativePath: 'index.html',
    });
    expect(resolveRendererTarget('app://console/assets/app.js?v=1#x')).toEqual({
      kind: 'file',
      relativePath: 'assets/app.js',
    });
  });
  it('forbids what decoding turns into traversal or an absolute path', () => {
    for (const url of [
      'app://console/..%2f..%2fsecret.txt',
      'app://console/assets/..%2F..%2Fsecret.txt',
      'app://console/..%5C..%5Csecret.txt',
      'app://console/C:%5CWindows%5Cwin.ini',
      'app://console/index.html%00.js',
      'app://console/%E0%A4%A',
    ]) {
      expect(resolveRendererTarget(url).kind, url).toBe('forbidden');
    }
  });
  it('does not serve another host', () => {
    expect(resolveRendererTarget('app://other/index.html').kind).toBe('not-found');
  });
});

describe('serveRendererRequest', () => {
  it('serves a file with its MIME type and the CSP', async () => {
    const response = await get('app://console/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(await response.text()).toBe('console.log(1)');
  });
  it('falls back to index.html for a route of the single-page app', async () => {
    const response = await get('app://console/bookings/today');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>console</title>');
  });
  it('answers 404, not index.html, for a missing asset', async () => {
    const response = await get('app://console/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(csp);
  });
  it('never reads outside the renderer folder', async () => {
    expect((await get('app://console/..%2fsecret.txt')).status).toBe(403);
    const viaLink = await get('app://console/assets/link.txt');
    expect(viaLink.status).toBe(404);
  });
  it('refuses methods other than GET and HEAD, and HEAD has no body', async () => {
    expect((await get('app://console/index.html', 'POST')).status).toBe(405);
    const head = await get('app://console/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('mimeTypeFor', () => {
  it('knows the build output types and falls back to octet-stream', () => {
    expect(mimeTypeFor('a/b.WOFF2')).toBe('font/woff2');
    expect(mimeTypeFor('x.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('x.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});
