/**
 * Small JSON files under userData (settings, window state, secrets), and files the user saves.
 * A write goes to a temporary file that is then renamed over the old one, so a crash mid-write
 * leaves the previous version, never half a file. A read tells "missing" from "unreadable".
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';

export type JsonFileRead<T> =
  { status: 'ok'; value: T } | { status: 'missing' } | { status: 'invalid'; reason: string };

export async function readJsonFile<T>(
  file: string,
  schema: z.ZodType<T>,
): Promise<JsonFileRead<T>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { status: 'invalid', reason: (error as Error).message };
  }
  const parsed = schema.safeParse(data);
  return parsed.success
    ? { status: 'ok', value: parsed.data }
    : { status: 'invalid', reason: parsed.error.message };
}

/** The file's value, or `fallback` when it is missing or unreadable (for preferences only). */
export async function readJsonFileOr<T>(
  file: string,
  schema: z.ZodType<T>,
  fallback: T,
): Promise<T> {
  const read = await readJsonFile(file, schema);
  return read.status === 'ok' ? read.value : fallback;
}

/** Writes `data` beside `file` first and renames it over, so readers see old or new, never half. */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: { mode?: number } = {},
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, data, { mode: options.mode ?? 0o644, flush: true });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export function writeJsonFileAtomic(
  file: string,
  value: unknown,
  options: { mode?: number } = {},
): Promise<void> {
  return writeFileAtomic(file, JSON.stringify(value, null, 2), options);
}
