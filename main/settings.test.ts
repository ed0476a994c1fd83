import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings, saveSettings } from './settings';

describe('shell settings', () => {
  it('defaults to zh-CN, remembers English, and survives a damaged file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'settings-'));
    const file = path.join(dir, 'settings.json');
    try {
      expect(await loadSettings(file)).toEqual({ language: 'zh-CN' });
      await saveSettings(file, { language: 'en' });
      expect(await loadSettings(file)).toEqual({ language: 'en' });
      await writeFile(file, '{"language":"fr"}');
      expect(await loadSettings(file)).toEqual({ language: 'zh-CN' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
