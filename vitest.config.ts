import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@domain': resolve(import.meta.dirname, 'domain') } },
  test: {
    include: ['{domain,main,preload,renderer,platform,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
