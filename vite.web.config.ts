/**
 * The browser build of the console: the same renderer as the desktop app, plus a Workbox service
 * worker that precaches the app shell so the console opens with the network off. The desktop
 * build has no service worker (Cache.put refuses custom schemes, electron/electron#35033).
 */
import { resolve } from 'node:path';
import { generateSW } from 'workbox-build';
import { defineConfig, type Plugin } from 'vite';
import { buildCsp } from './main/security-policy';
import { rendererConfig } from './renderer/vite.shared';

const outDir = resolve(import.meta.dirname, 'dist-web');

function precacheAppShell(): Plugin {
  return {
    name: 'vendor-console:precache-app-shell',
    apply: 'build',
    async closeBundle() {
      const { count, warnings } = await generateSW({
        globDirectory: outDir,
        // wasm: the desk's QR decoder, so the camera scans with the network off.
        globPatterns: ['**/*.{html,js,css,svg,png,woff2,json,wasm}'],
        swDest: resolve(outDir, 'sw.js'),
        navigateFallback: 'index.html',
        // The console waits for the shop to choose "reload"; it never swaps code under an open form.
        skipWaiting: false,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        sourcemap: false,
        mode: 'production',
      });
      for (const warning of warnings) this.warn(warning);
      this.info?.(`service worker precaches ${count} files`);
    },
  };
}

/**
 * The desktop app sends its CSP as a header; the browser build carries it in a meta tag, and
 * reaches only the platform it is built for (VITE_PLATFORM_URL, as npm start sets it): a script
 * injected into the page cannot send the shop's data anywhere else.
 */
function contentSecurityPolicy(): Plugin {
  const platform = new URL(process.env.VITE_PLATFORM_URL ?? 'http://127.0.0.1:8787').origin;
  // The end-to-end build reaches one platform per Playwright worker (scripts/e2e.mjs).
  const more = (process.env.VITE_PLATFORM_ORIGINS ?? '').split(' ').filter(Boolean);
  const origins = [...new Set([platform, ...more.map((url) => new URL(url).origin)])];
  // frame-ancestors has no effect in a meta tag (browsers ignore it there and warn).
  const policy = buildCsp({ platformOrigins: origins })
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'vendor-console:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  ...rendererConfig({ host: 'web' }),
  base: '/',
  build: { outDir, emptyOutDir: true },
  plugins: [
    ...(rendererConfig({ host: 'web' }).plugins ?? []),
    contentSecurityPolicy(),
    precacheAppShell(),
  ],
  preview: { port: 4173, strictPort: false, host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
