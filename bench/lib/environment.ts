/** Where and on what the figures were taken, so two result files can be compared honestly. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem, type } from 'node:os';

export interface Environment {
  startedAt: string;
  commit: string;
  /** Uncommitted changes outside bench/ were present: the code measured is not `commit`. */
  dirty: boolean;
  node: string;
  os: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  loadAverageAtStart: number[];
  chromium?: string;
  crossOriginIsolated?: boolean;
  tablesAddedByBench?: string[];
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

export function hostEnvironment(): Environment {
  return {
    startedAt: new Date().toISOString(),
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    dirty: git(['status', '--porcelain', '--', '.', ':!bench']) !== '',
    node: process.version,
    os: `${type()} ${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
