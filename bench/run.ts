/**
 * `npm run bench [-- [--quick] [suite …]]`: runs every suite in bench/suites (or the named ones)
 * in a real Chromium and writes bench/results/. Benchmarks measure and report; they never fail on
 * a timing. The exit code is non-zero only when a suite crashed.
 */
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hostEnvironment } from './lib/environment';
import { pageEnvironment, startHarness } from './lib/harness';
import { writeReport, type RunReport } from './lib/report';
import type { Suite } from './lib/types';

const here = import.meta.dirname;
const log = (message: string) => console.error(`bench: ${message}`);

async function loadSuites(): Promise<Suite[]> {
  const dir = resolve(here, 'suites');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const suites: Suite[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(resolve(dir, file)).href)) as { default?: Suite };
    if (module.default) suites.push(module.default);
  }
  return suites.sort((a, b) => a.issue - b.issue || a.name.localeCompare(b.name));
}

function pickSuites(all: Suite[], names: string[]): Suite[] {
  if (names.length === 0) return all;
  const unknown = names.filter((name) => !all.some((suite) => suite.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `unknown suite ${unknown.join(', ')}; available: ${all.map((s) => s.name).join(', ')}`,
    );
  }
  return all.filter((suite) => names.includes(suite.name));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const all = await loadSuites();
  if (args.includes('--list')) {
    for (const s of all) console.log(`${s.name}\t(issue ${s.issue}) ${s.description}`);
    return 0;
  }
  const suites = pickSuites(
    all,
    args.filter((a) => !a.startsWith('--')),
  );
  const environment = hostEnvironment();
  const harness = await startHarness(log);
  const report: RunReport = { environment, suites: {} };
  let crashed = false;
  try {
    environment.chromium = `Chromium ${harness.browser.version()}`;
    Object.assign(
      environment,
      await pageEnvironment(harness).then(({ userAgent: _, ...rest }) => rest),
    );
    for (const suite of suites) {
      log(`${suite.name}: ${suite.description}${quick ? ' (quick)' : ''}`);
      const started = performance.now();
      try {
        const result = await harness.runSuite(suite, quick);
        report.suites[suite.name] = { ...result, seconds: (performance.now() - started) / 1000 };
      } catch (error) {
        crashed = true;
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        log(`${suite.name} crashed: ${message}`);
        report.suites[suite.name] = {
          rows: [],
          notes: [],
          error: message.split('\n')[0] ?? message,
          seconds: (performance.now() - started) / 1000,
        };
      }
    }
  } finally {
    await harness.close();
  }
  console.log(await writeReport(resolve(here, 'results'), report));
  log(`results written to bench/results/latest.json and latest.md`);
  return crashed ? 1 : 0;
}

process.exitCode = await main();
