/**
 * Writes the results: bench/results/<timestamp>.json (every sample), latest.json, and a Markdown
 * table (latest.md) that is also printed. The files are gitignored; paste figures where needed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Environment } from './environment';
import type { BenchRow, SuiteResult } from './types';

export interface RunReport {
  environment: Environment;
  suites: Record<string, SuiteResult & { seconds: number; error?: string }>;
}

const ms = (x: number | undefined) =>
  x === undefined || Number.isNaN(x)
    ? '—'
    : x >= 100
      ? x.toFixed(0)
      : x >= 1
        ? x.toFixed(2)
        : x.toFixed(3);
const ratio = (x: number | undefined) =>
  x === undefined || !Number.isFinite(x) ? '—' : `${x.toFixed(2)}×`;

function tableRow(row: BenchRow): string {
  const s = row.subject.stats;
  const b = row.baseline?.stats;
  const extra = Object.entries(row.extra ?? {})
    .map(([key, value]) => `${key} ${Number.isInteger(value) ? value : value.toFixed(1)}`)
    .join(', ');
  return [
    row.case,
    row.subject.label,
    ms(s.p50),
    ms(s.p95),
    row.baseline?.label ?? '—',
    ms(b?.p50),
    ms(b?.p95),
    ratio(row.ratio?.p50),
    ratio(row.ratio?.p95),
    String(s.n),
    extra,
  ].join(' | ');
}

const header =
  '| case | subject | p50 ms | p95 ms | baseline | p50 ms | p95 ms | ratio p50 | ratio p95 | n | extra |\n' +
  '|---|---|--:|--:|---|--:|--:|--:|--:|--:|---|';

export function renderMarkdown(report: RunReport): string {
  const env = report.environment;
  const lines = [
    `# Benchmarks — ${env.startedAt}`,
    '',
    `commit ${env.commit}${env.dirty ? ' (with uncommitted changes)' : ''} · node ${env.node} · ` +
      `${env.chromium ?? 'chromium ?'} · ${env.cpu} × ${env.cores} · load ${env.loadAverageAtStart.join(' ')}` +
      ` · timers ${env.crossOriginIsolated ? '5 µs' : '100 µs'}`,
    '',
  ];
  for (const [name, suite] of Object.entries(report.suites)) {
    lines.push(`## ${name} (${suite.seconds.toFixed(0)} s)`, '');
    if (suite.error) lines.push(`**Failed:** ${suite.error}`, '');
    if (suite.skipped) lines.push(`**Skipped:** ${suite.skipped}`, '');
    if (suite.rows.length > 0) {
      lines.push(header, ...suite.rows.map((row) => `| ${tableRow(row)} |`), '');
    }
    for (const note of suite.notes) lines.push(`- ${note}`);
    if (suite.notes.length > 0) lines.push('');
  }
  return lines.join('\n');
}

export async function writeReport(dir: string, report: RunReport): Promise<string> {
  await mkdir(dir, { recursive: true });
  const stamp = report.environment.startedAt.replace(/[:.]/g, '-');
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const markdown = renderMarkdown(report);
  await writeFile(join(dir, `${stamp}.json`), json);
  await writeFile(join(dir, 'latest.json'), json);
  await writeFile(join(dir, 'latest.md'), `${markdown}\n`);
  return markdown;
}
