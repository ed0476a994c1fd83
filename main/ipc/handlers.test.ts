import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '@domain/ipc-contract';
import { ipcContract } from '@domain/ipc-contract';
import { loadPlatformOrigins, PlatformOrigins, savePlatformOrigins } from '../platform-origins';
import { createSecretStore } from '../secret-store';
import { safeFileName } from './file';
import type { IpcDeps } from './handlers';
import { buildIpcHandlers } from './handlers';
import type { SenderEvent } from './invoke';
import { invokeChecked } from './invoke';

const allowed = ['app://console'];
const appEvent: SenderEvent = { senderFrame: { url: 'app://console/', parent: null } };

let dir: string;
let opened: string[];
let languages: Language[];
let savePath: string | null;
let platforms: PlatformOrigins;

function deps(overrides: Partial<IpcDeps<SenderEvent>> = {}): IpcDeps<SenderEvent> {
  return {
    info: () => ({ version: '0.1.0', platform: 'win32', isPackaged: true }),
    setLanguage: async (language) => {
      languages.push(language);
    },
    // The system browser cannot run in a test; the recorder stands in for it.
    openExternal: async (url) => {
      opened.push(url);
    },
    // So does the native save dialog: it "chooses" savePath.
    chooseSavePath: async () => savePath,
    platforms,
    savePlatforms: () => savePlatformOrigins(path.join(dir, 'platforms.json'), platforms),
    secrets: createSecretStore(path.join(dir, 'secrets.json'), {
      isAvailable: () => false,
      encrypt: () => Buffer.alloc(0),
      decrypt: () => '',
    }),
    showNotification: () => true,
    ...overrides,
  };
}

function call(channel: keyof typeof ipcContract, args: unknown[], d = deps()) {
  const handlers = buildIpcHandlers(d);
  return invokeChecked(channel, appEvent, args, handlers[channel] as never, allowed);
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipc-handlers-'));
  opened = [];
  languages = [];
  savePath = null;
  platforms = new PlatformOrigins();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('buildIpcHandlers', () => {
  it('has a handler for every channel of the contract and no other', () => {
    expect(Object.keys(buildIpcHandlers(deps())).sort()).toEqual(Object.keys(ipcContract).sort());
  });

  it('answers app:info and passes a language on', async () => {
    expect(await call('app:info', [])).toEqual({
      ok: true,
      value: { version: '0.1.0', platform: 'win32', isPackaged: true },
    });
    expect(await call('app:setLanguage', ['en'])).toEqual({ ok: true, value: null });
    expect((await call('app:setLanguage', ['fr'])).ok).toBe(false);
    expect(languages).toEqual(['en']);
  });

  it('opens https and mailto links only', async () => {
    expect(await call('shell:openExternal', ['https://example.com/help'])).toEqual({
      ok: true,
      value: null,
    });
    const refused = await call('shell:openExternal', ['file:///C:/Windows/notepad.exe']);
    expect(refused).toMatchObject({ ok: false, error: 'invalid_arguments' });
    expect(opened).toEqual(['https://example.com/help']);
  });

  it('writes the bytes where the user chose, and nothing when they cancel', async () => {
    const content = new TextEncoder().encode('名称,价格\n黄焖鸡,2800\n');
    expect(await call('file:save', [{ suggestedName: 'menu.csv', content }])).toEqual({
      ok: true,
      value: { saved: false },
    });
    savePath = path.join(dir, 'menu.csv');
    await writeFile(savePath, 'old export');
    expect(await call('file:save', [{ suggestedName: 'menu.csv', content }])).toEqual({
      ok: true,
      value: { saved: true, path: savePath },
    });
    expect(await readFile(savePath, 'utf8')).toBe('名称,价格\n黄焖鸡,2800\n');
    expect(await readdir(dir)).toEqual(['menu.csv']);
  });

  it('answers unavailable for secrets when the OS cannot encrypt', async () => {
    for (const [channel, args] of [
      ['secret:set', ['sync-token', 'abc']],
      ['secret:get', ['sync-token']],
      ['secret:delete', ['sync-token']],
    ] as const) {
      expect(await call(channel, [...args])).toEqual({
        ok: false,
        error: 'unavailable',
        message: 'unavailable',
      });
    }
  });
});

describe('safeFileName', () => {
  it('keeps an ordinary name, Chinese included', () => {
    expect(safeFileName('菜单导出 2025-01-31.csv')).toBe('菜单导出 2025-01-31.csv');
  });
  it('drops folders and characters the file system refuses', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\x\\report.xlsx')).toBe('report.xlsx');
    expect(safeFileName('a<b>c:d"e|f?g*h.txt')).toBe('a_b_c_d_e_f_g_h.txt');
    expect(safeFileName('report. . ')).toBe('report');
  });
  it('never offers an empty or reserved name', () => {
    expect(safeFileName('..')).toBe('export');
    expect(safeFileName('/')).toBe('export');
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
    expect(safeFileName('lpt1')).toBe('_lpt1');
  });

  it('platform:allow lets the console reach a platform it signs in to, kept for the next start', async () => {
    expect(await call('platform:allow', ['https://platform.example.com/v1/sign-in'])).toEqual({
      ok: true,
      value: { allowed: true },
    });
    expect(platforms.allows('https://platform.example.com/v1/me')).toBe(true);
    const reloaded = await loadPlatformOrigins(path.join(dir, 'platforms.json'));
    expect(reloaded.list()).toEqual(['https://platform.example.com']);
    // Plain http to another machine is no platform: refused, and nothing is saved.
    expect(await call('platform:allow', ['http://192.168.1.9:8787'])).toEqual({
      ok: true,
      value: { allowed: false },
    });
    expect(platforms.allows('http://192.168.1.9:8787/')).toBe(false);
    expect((await call('platform:allow', ['not a url'])).ok).toBe(false);
  });
});
