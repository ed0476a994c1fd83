import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer/vite.shared';

const domainAlias = { '@domain': resolve(import.meta.dirname, 'domain') };

export default defineConfig({
  main: {
    resolve: { alias: domainAlias },
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(import.meta.dirname, 'main/index.ts') },
    },
  },
  preload: {
    resolve: { alias: domainAlias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load modules from disk: bundle everything, as CommonJS.
      externalizeDeps: false,
      lib: { entry: resolve(import.meta.dirname, 'preload/index.ts') },
      rollupOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig({ host: 'desktop' }),
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
