/**
 * The browser build of the console: the same renderer as the desktop app, plus a Workbox service
 * worker that precaches the app shell so the console opens with the network off. The desktop
 * build has no service worker (Cache.put refuses custom schemes, electron/electron#35033).
 */
import { resolve } from 'node:path';
import { generateSW } from 'workbox-build';
import { defineConfig, type Plugin } from 'vite';
import { rendererConfig } from './renderer/vite.shared';

const outDir = resolve(import.meta.dirname, 'dist-web');

function precacheAppShell(): Plugin {
  return {
    name: 'vendor-console:precache-app-shell',
    apply: 'build',
    async closeBundle() {
      const { count, warnings } = await generateSW({
        globDirectory: outDir,
        globPatterns: ['**/*.{html,js,css,svg,png,woff2,json}'],
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

export default defineConfig({
  ...rendererConfig({ host: 'web' }),
  base: '/',
  build: { outDir, emptyOutDir: true },
  plugins: [...(rendererConfig({ host: 'web' }).plugins ?? []), precacheAppShell()],
  preview: { port: 4173, strictPort: false, host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
