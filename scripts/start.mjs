// `npm start`: the embedded platform (PGlite, data under the user's app data, demo shop seeded)
// unless PLATFORM_URL names another one, and beside it the desktop console when the Electron
// binary is installed, otherwise the same console served to the browser with the URL printed.
// It builds first, so a fresh clone needs nothing but `npm ci && npm start`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** The Electron binary, if its download succeeded (checked without triggering a new download). */
function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Where the embedded platform keeps its database, per the operating system's conventions. */
function platformDataDir() {
  if (process.env.PLATFORM_DATA_DIR) return process.env.PLATFORM_DATA_DIR;
  const home = os.homedir();
  const base =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (process.env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'));
  return path.join(base, 'vendor-console', 'platform');
}

function run(args) {
  const result = spawnSync(npx, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const children = [];
function serve(args, { exitWith = false } = {}) {
  const child = spawn(npx, args, { stdio: 'inherit' });
  children.push(child);
  child.on('exit', (code) => {
    if (exitWith) {
      for (const other of children) if (other !== child) other.kill('SIGTERM');
      process.exit(code ?? 0);
    }
  });
  return child;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}

// The console's sign-in form offers this platform address (renderer/src/account/platform-address.ts).
process.env.VITE_PLATFORM_URL =
  process.env.PLATFORM_URL ?? `http://127.0.0.1:${process.env.PLATFORM_PORT ?? '8787'}`;
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

if (!process.env.PLATFORM_URL) {
  const dataDir = platformDataDir();
  run(['tsx', 'platform/cli.ts', 'seed-demo', '--data-dir', dataDir]);
  const platformPort = process.env.PLATFORM_PORT ?? '8787';
  serve(['tsx', 'platform/cli.ts', 'serve', '--data-dir', dataDir, '--port', platformPort]);
  console.log(
    `[vendor-console] Embedded platform on http://127.0.0.1:${platformPort} (data in ${dataDir})`,
  );
}

if (electronBinary() && process.env.VENDOR_CONSOLE_WEB !== '1') {
  serve(['electron-vite', 'preview'], { exitWith: true });
} else {
  const port = process.env.PORT ?? '4173';
  console.log(
    '\n[vendor-console] No Electron binary is installed on this machine, so the console is served to your browser instead.',
  );
  run(['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn']);
  console.log(
    `[vendor-console] Open http://127.0.0.1:${port}/ in Chrome or Edge. Press Ctrl+C to stop.\n`,
  );
  serve(['vite', 'preview', '--config', 'vite.web.config.ts', '--port', port, '--strictPort'], {
    exitWith: true,
  });
}
