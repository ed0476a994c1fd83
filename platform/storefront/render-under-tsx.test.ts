import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the storefront under tsx', () => {
  // vitest compiles JSX by its own settings; the platform's commands run under tsx, which takes
  // the JSX runtime from tsconfig.json only for the files that config includes.
  it('renders a page in a process started as the platform is started', () => {
    const html = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'platform/storefront/fixtures/render-under-tsx.ts'],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(/<section id="block-[^"]+"/);
  }, 90_000);
});
