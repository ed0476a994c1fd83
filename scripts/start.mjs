// `npm start`: the desktop console when the Electron binary is installed; otherwise the same
// console served to the browser, with the URL printed. Either way it builds first, so a fresh
// clone needs nothing but `npm ci && npm start`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

function run(args) {
  const result = spawnSync(npx, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function serve(args) {
  const child = spawn(npx, args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (electronBinary() && process.env.VENDOR_CONSOLE_WEB !== '1') {
  serve(['electron-vite', 'preview']);
} else {
  const port = process.env.PORT ?? '4173';
  console.log(
    '\n[vendor-console] No Electron binary is installed on this machine, so the console is served to your browser instead.',
  );
  run(['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn']);
  console.log(`[vendor-console] Open http://127.0.0.1:${port}/ in Chrome or Edge. Press Ctrl+C to stop.\n`);
  serve(['vite', 'preview', '--config', 'vite.web.config.ts', '--port', port, '--strictPort']);
}
