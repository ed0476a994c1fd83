/**
 * The renderer's Vite settings, shared by the desktop build (electron.vite.config.ts) and the
 * browser build (vite.web.config.ts), so the same console runs in both hosts.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

export type RendererHost = 'desktop' | 'web';

export function rendererConfig({ host }: { host: RendererHost }): UserConfig {
  return {
    root: resolve(__dirname),
    plugins: [react()],
    resolve: { alias: { '@domain': resolve(__dirname, '../domain') } },
    define: { __RENDERER_HOST__: JSON.stringify(host) },
  };
}
