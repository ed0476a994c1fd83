/**
 * The renderer's Vite settings, shared by the desktop build (electron.vite.config.ts) and the
 * browser build (vite.web.config.ts), so the same console runs in both hosts.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import type { UserConfig } from 'vite';

// electron-vite substitutes import.meta.url in config files but not import.meta.dirname.
const here = fileURLToPath(new URL('.', import.meta.url));
const { version } = JSON.parse(readFileSync(resolve(here, '../package.json'), 'utf8')) as {
  version: string;
};

export type RendererHost = 'desktop' | 'web';

export function rendererConfig({ host }: { host: RendererHost }): UserConfig {
  return {
    root: resolve(here),
    plugins: [react()],
    resolve: {
      alias: {
        '@domain': resolve(here, '../domain'),
        '@storefront': resolve(here, '../storefront'),
      },
    },
    define: {
      __RENDERER_HOST__: JSON.stringify(host),
      'import.meta.env.VITE_APP_VERSION': JSON.stringify(version),
    },
  };
}
