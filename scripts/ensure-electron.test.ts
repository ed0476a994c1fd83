/**
 * Defect 10 of issue 9: `npm ci` with ELECTRON_SKIP_BINARY_DOWNLOAD set must not try the
 * download (the script used to clear the variable and go ahead). The project's own .npmrc
 * setting (npm_config_electron_skip_binary_download) is not the person's wish and is not read.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = resolve(import.meta.dirname, 'ensure-electron.mjs');

function run(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/electron_skip_binary_download|^CI$|VENDOR_CONSOLE_NO_ELECTRON/i.test(key),
    ),
  );
  return spawnSync(process.execPath, [script], {
    env: { ...clean, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('ensure-electron', () => {
  it('respects ELECTRON_SKIP_BINARY_DOWNLOAD and exits without downloading', () => {
    for (const value of ['1', 'true']) {
      const result = run({ ELECTRON_SKIP_BINARY_DOWNLOAD: value });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Skipping the Electron binary download');
    }
  });
});
