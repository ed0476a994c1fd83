// `npm run test:e2e`: builds the browser console for the platform the end-to-end specs start
// (its CSP reaches that one address only), builds the desktop app, then runs Playwright. The
// specs read the same port (E2E_PLATFORM_PORT) to start their platform on.
import { spawnSync } from 'node:child_process';

const port = process.env.E2E_PLATFORM_PORT ?? '4319';
const env = {
  ...process.env,
  E2E_PLATFORM_PORT: port,
  VITE_PLATFORM_URL: `http://127.0.0.1:${port}`,
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
