// `npm run test:e2e`: builds the browser console for the platforms the end-to-end specs start
// (its CSP reaches those addresses only: one per Playwright worker, from E2E_PLATFORM_PORT up),
// builds the desktop app, then runs Playwright. Each worker's specs start their platform on
// E2E_PLATFORM_PORT + the worker's index (e2e/support/demo-platform.ts).
import { spawnSync } from 'node:child_process';

const port = process.env.E2E_PLATFORM_PORT ?? '4319';
const workers = Number(process.env.E2E_WORKERS ?? 1);
const platforms = Array.from({ length: workers }, (_, i) => `http://127.0.0.1:${Number(port) + i}`);
const env = {
  ...process.env,
  E2E_PLATFORM_PORT: port,
  E2E_WORKERS: String(workers),
  VITE_PLATFORM_URL: platforms[0],
  VITE_PLATFORM_ORIGINS: platforms.join(' '),
};
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

for (const [command, args] of [
  [npm, ['run', 'build:web']],
  [npm, ['run', 'build']],
  [npx, ['playwright', 'test', ...process.argv.slice(2)]],
]) {
  const run = spawnSync(command, args, {
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
