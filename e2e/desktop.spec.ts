/**
 * The built desktop app (`npm run build` → out/main/index.js) in a real Electron window. Electron
 * cannot run on every machine (no binary on CI images without the download): there the test is
 * reported as skipped, never as passed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { DesktopBridge } from '../domain/ipc-contract';
import { bridgeVerbs } from '../domain/ipc-verbs';

const require = createRequire(import.meta.url);
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The Electron executable, or null when none is installed. `require('electron')` itself starts a
 * download when path.txt is missing, so it is asked only once the files are known to be there.
 */
function installedElectronBinary(): string | null {
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  if (!existsSync(path.join(distDir, readFileSync(pathFile, 'utf8').trim()))) return null;
  try {
    const reported: unknown = require('electron');
    return typeof reported === 'string' && existsSync(reported) ? reported : null;
  } catch {
    return null;
  }
}

function launchEnv(userData: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
  }
  return { ...env, VENDOR_CONSOLE_USER_DATA: userData };
}

type DesktopGlobal = { vendorConsole?: DesktopBridge; require?: unknown; process?: unknown };

test('the desktop window serves the console from app://console and answers appInfo', async () => {
  const executablePath = installedElectronBinary();
  if (executablePath === null) {
    test.skip(true, 'skipped: no Electron binary installed');
    return;
  }
  expect(existsSync(path.join(projectRoot, 'out/main/index.js')), 'run `npm run build`').toBe(true);
  const version = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).version;

  const userData = await mkdtemp(path.join(tmpdir(), 'vendor-console-e2e-'));
  const app = await electron.launch({
    executablePath,
    args: [projectRoot],
    env: launchEnv(userData),
  });
  try {
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    expect(window.url()).toMatch(/^app:\/\/console\//);

    const info = await window.evaluate(() =>
      (globalThis as DesktopGlobal).vendorConsole?.appInfo(),
    );
    expect(info).toEqual({
      ok: true,
      value: { version, platform: process.platform, isPackaged: false },
    });

    // The page gets the verbs and nothing else: no Node, no ipcRenderer.
    const exposed = await window.evaluate(() => {
      const page = globalThis as DesktopGlobal;
      return {
        verbs: Object.keys(page.vendorConsole ?? {}).sort(),
        node: typeof page.require + typeof page.process,
      };
    });
    expect(exposed).toEqual({ verbs: Object.keys(bridgeVerbs).sort(), node: 'undefinedundefined' });
  } finally {
    await app.close();
    await rm(userData, { recursive: true, force: true });
  }
});
