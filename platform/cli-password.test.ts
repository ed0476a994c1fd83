/**
 * Defect 10 of issue 9: the CLI never takes a password on the command line, where `ps` shows
 * it; it reads PLATFORM_PASSWORD or a line typed (or piped) at its prompt.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readPassword } from './cli-password';

const sink = () => {
  const written: string[] = [];
  const prompt = new PassThrough();
  prompt.on('data', (chunk: Buffer) => written.push(chunk.toString()));
  return { prompt, written };
};

describe('the CLI password', () => {
  it('comes from PLATFORM_PASSWORD without a prompt', async () => {
    const { prompt, written } = sink();
    const password = await readPassword({
      env: { PLATFORM_PASSWORD: '老王的密码' },
      input: new PassThrough(),
      prompt,
    });
    expect(password).toBe('老王的密码');
    expect(written).toEqual([]);
  });

  it('is read from one line at the prompt, and the prompt does not repeat it', async () => {
    const { prompt, written } = sink();
    const input = new PassThrough();
    const reading = readPassword({ env: {}, input, prompt });
    input.write('correct horse 马\n');
    expect(await reading).toBe('correct horse 马');
    expect(written.join('')).not.toContain('horse');
  });

  it('is refused on the command line, before any database is opened', () => {
    const cli = resolve(import.meta.dirname, 'cli.ts');
    const dataDir = join(tmpdir(), `vc-cli-${process.pid}-${Date.now()}`);
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        cli,
        'create-vendor',
        '--name',
        'x',
        '--email',
        'x@y.z',
        '--password',
        'hunter2',
      ],
      {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, PLATFORM_DATA_DIR: dataDir },
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--password is not taken');
    expect(existsSync(dataDir)).toBe(false);
  });
});
