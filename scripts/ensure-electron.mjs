// Fetches the Electron binary when this machine can reach the download host, and says plainly
// when it cannot: `npm ci` must succeed either way, and `npm start` then serves the console in
// the browser instead (see scripts/start.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function electronDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** Set by whoever runs `npm ci`, in any of the spellings electron's own installer reads. */
function askedToSkip(value) {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

// The project's .npmrc sets electron_skip_binary_download only so that electron's own
// installer stands aside (npm hands it to scripts as npm_config_electron_skip_binary_download);
// the environment variable itself is the person's wish, and is respected.
if (
  askedToSkip(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) ||
  process.env.CI === 'true' ||
  process.env.VENDOR_CONSOLE_NO_ELECTRON === '1'
) {
  console.log(
    '[vendor-console] Skipping the Electron binary download (ELECTRON_SKIP_BINARY_DOWNLOAD, CI or VENDOR_CONSOLE_NO_ELECTRON).',
  );
  process.exit(0);
}
const dir = electronDir();
if (!dir) process.exit(0);
if (existsSync(path.join(dir, 'path.txt'))) process.exit(0);

const env = { ...process.env };
for (const key of Object.keys(env)) {
  if (key.toLowerCase() === 'npm_config_electron_skip_binary_download') delete env[key];
}
const result = spawnSync(process.execPath, [path.join(dir, 'install.js')], {
  env,
  stdio: 'inherit',
  timeout: 5 * 60 * 1000,
});
if (result.status !== 0) {
  console.log(
    '[vendor-console] The Electron binary could not be downloaded on this machine. ' +
      '`npm start` will serve the same console in your browser instead.',
  );
}
process.exit(0);
