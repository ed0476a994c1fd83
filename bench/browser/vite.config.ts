/**
 * Bundles the bench page with the same bundler and settings class as the shipped renderer
 * (production mode, minified), so the code measured is the code a shop runs. Served under
 * /__bench/ beside the web build by lib/static-server.ts.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
export const benchPageDir = resolve(root, '../../node_modules/.cache/vc-bench-page');
export const BENCH_BASE = '/__bench/';

export default defineConfig({
  root,
  base: BENCH_BASE,
  logLevel: 'warn',
  resolve: { alias: { '@domain': resolve(root, '../../domain') } },
  define: { __RENDERER_HOST__: JSON.stringify('web') },
  build: {
    outDir: benchPageDir,
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 8_000,
  },
});
