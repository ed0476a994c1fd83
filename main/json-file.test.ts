import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readJsonFile, readJsonFileOr, writeJsonFileAtomic } from './json-file';

const schema = z.object({ count: z.number() });
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'json-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readJsonFile', () => {
  it('tells a missing file from an unreadable one', async () => {
    const file = path.join(dir, 'a.json');
    expect(await readJsonFile(file, schema)).toEqual({ status: 'missing' });
    await writeFile(file, '{"count":');
    expect((await readJsonFile(file, schema)).status).toBe('invalid');
    await writeFile(file, '{"count":"three"}');
    expect((await readJsonFile(file, schema)).status).toBe('invalid');
    expect(await readJsonFileOr(file, schema, { count: 0 })).toEqual({ count: 0 });
  });
});

describe('writeJsonFileAtomic', () => {
  it('creates the folder, replaces the file and leaves no temporary file', async () => {
    const file = path.join(dir, 'nested', 'b.json');
    await writeJsonFileAtomic(file, { count: 1 });
    await writeJsonFileAtomic(file, { count: 2 });
    expect(await readJsonFile(file, schema)).toEqual({ status: 'ok', value: { count: 2 } });
    expect(await readdir(path.dirname(file))).toEqual(['b.json']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ count: 2 });
  });
});
