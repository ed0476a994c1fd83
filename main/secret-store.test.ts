import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretCipher } from './secret-store';
import { SecretStoreUnavailableError, createSecretStore } from './secret-store';

/** A real AES-256-GCM cipher standing in for the OS keychain behind safeStorage. */
function aesCipher(available = true): SecretCipher {
  const key = randomBytes(32);
  return {
    isAvailable: () => available,
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(encrypted) {
      const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12));
      decipher.setAuthTag(encrypted.subarray(12, 28));
      return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString();
    },
  };
}

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'secret-store-'));
  file = path.join(dir, 'secrets.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createSecretStore', () => {
  it('stores, reads and deletes a secret, never in the clear on disk', async () => {
    const store = createSecretStore(file, aesCipher());
    expect(await store.get('sync-token')).toBeNull();
    await store.set('sync-token', '令牌-abc123');
    expect(await store.get('sync-token')).toBe('令牌-abc123');
    expect(await readFile(file, 'utf8')).not.toContain('abc123');
    await store.delete('sync-token');
    expect(await store.get('sync-token')).toBeNull();
  });

  it('keeps both of two writes started together', async () => {
    const store = createSecretStore(file, aesCipher());
    await Promise.all([store.set('a', '1'), store.set('b', '2'), store.set('c', '3')]);
    expect([await store.get('a'), await store.get('b'), await store.get('c')]).toEqual([
      '1',
      '2',
      '3',
    ]);
  });

  it('treats "__proto__" as an ordinary name', async () => {
    const store = createSecretStore(file, aesCipher());
    await store.set('__proto__', 'x');
    expect(await store.get('__proto__')).toBe('x');
    expect(await store.get('toString')).toBeNull();
  });

  it('refuses every call when the OS cannot encrypt, and writes nothing', async () => {
    const store = createSecretStore(file, aesCipher(false));
    await expect(store.set('a', '1')).rejects.toBeInstanceOf(SecretStoreUnavailableError);
    await expect(store.get('a')).rejects.toBeInstanceOf(SecretStoreUnavailableError);
    expect(await readdir(dir)).toEqual([]);
  });

  it('sets an unreadable file aside instead of overwriting it', async () => {
    await writeFile(file, '{ not json');
    const store = createSecretStore(file, aesCipher());
    await store.set('a', '1');
    const names = await readdir(dir);
    expect(names).toContain('secrets.json');
    const aside = names.find((name) => name.startsWith('secrets.json.unreadable-'));
    expect(aside).toBeDefined();
    expect(await readFile(path.join(dir, aside!), 'utf8')).toBe('{ not json');
    expect(await store.get('a')).toBe('1');
  });
});
