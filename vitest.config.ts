import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@domain': resolve(import.meta.dirname, 'domain'),
      '@storefront': resolve(import.meta.dirname, 'storefront'),
    },
  },
  test: {
    include: ['{domain,main,preload,renderer,platform,scripts,storefront}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
