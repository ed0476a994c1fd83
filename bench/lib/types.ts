/** The harness's contract: a suite measures and reports rows; it never asserts a timing. */
import type { Browser, Page } from '@playwright/test';

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

export interface Measured {
  /** What ran, in a few words ("mutate(updateItem)", "raw put, strict"). */
  label: string;
  unit: 'ms';
  stats: Stats;
  samples: number[];
}

export interface BenchRow {
  suite: string;
  /** What the row measures ("single edit: menu item"). */
  case: string;
  subject: Measured;
  /** The same work done the plain way, in the same run; absent for diagnostic rows. */
  baseline?: Measured;
  /** subject ÷ baseline at p50 and at p95 (> 1: the subject is slower). */
  ratio?: { p50: number; p95: number };
  /** Derived figures (rows/s, matches, bytes). */
  extra?: Record<string, number>;
}

export interface SuiteResult {
  rows: BenchRow[];
  /** Plain-language caveats a reader needs beside the figures. */
  notes: string[];
  /** Set when the suite could not measure (missing feature); the reason is printed. */
  skipped?: string;
}

export interface BenchContext {
  browser: Browser;
  /** Origin of the static server: the web build at /, the bench page at /__bench/. */
  origin: string;
  /** A fresh browser context with the bench page loaded and ready. */
  benchPage(): Promise<Page>;
  /** Fewer iterations, for a smoke run of the harness itself. */
  quick: boolean;
  log(message: string): void;
}

export interface Suite {
  name: string;
  /** The issue whose "Benchmarks" section asks for it. */
  issue: number;
  description: string;
  run(ctx: BenchContext): Promise<SuiteResult>;
}
