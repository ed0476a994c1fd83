/**
 * Secrets (sync tokens, platform keys) kept in one JSON file under userData, each value encrypted
 * by the OS (safeStorage) before it touches disk. Calls run one after another, so two quick
 * writes cannot lose each other; a file that cannot be read is set aside, never overwritten.
 */
import { rename } from 'node:fs/promises';
import { z } from 'zod';
import { readJsonFile, writeJsonFileAtomic } from './json-file';

/** What the store needs from safeStorage; tests give it a real cipher of their own. */
export type SecretCipher = {
  isAvailable(): boolean;
  encrypt(plain: string): Buffer;
  decrypt(encrypted: Buffer): string;
};

/** The OS offers no encryption (e.g. Linux without a keyring): nothing is stored in the clear. */
export class SecretStoreUnavailableError extends Error {
  constructor() {
    super('OS encryption is not available');
    this.name = 'SecretStoreUnavailableError';
  }
}

const secretFileSchema = z.object({
  version: z.literal(1),
  // A list, not an object: a record would turn a secret named "__proto__" into a prototype.
  secrets: z.array(z.object({ name: z.string(), encrypted: z.string() })),
});

export type SecretStore = {
  set(name: string, value: string): Promise<void>;
  get(name: string): Promise<string | null>;
  delete(name: string): Promise<void>;
};

export function createSecretStore(file: string, cipher: SecretCipher): SecretStore {
  let queue: Promise<unknown> = Promise.resolve();
  // Serialises every call: each read-modify-write sees the previous one's result.
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(() => {
      if (!cipher.isAvailable()) throw new SecretStoreUnavailableError();
      return work();
    });
    queue = run.catch(() => undefined);
    return run;
  }

  async function load(): Promise<Map<string, string>> {
    const read = await readJsonFile(file, secretFileSchema);
    if (read.status === 'ok') {
      return new Map(read.value.secrets.map((secret) => [secret.name, secret.encrypted]));
    }
    if (read.status === 'invalid') await rename(file, `${file}.unreadable-${Date.now()}`);
    return new Map();
  }

  async function save(secrets: Map<string, string>): Promise<void> {
    const list = [...secrets].map(([name, encrypted]) => ({ name, encrypted }));
    const content = { version: 1, secrets: list };
    await writeJsonFileAtomic(file, content, { mode: 0o600 });
  }

  return {
    set: (name, value) =>
      serial(async () => {
        const secrets = await load();
        secrets.set(name, cipher.encrypt(value).toString('base64'));
        await save(secrets);
      }),
    get: (name) =>
      serial(async () => {
        const stored = (await load()).get(name);
        return stored === undefined ? null : cipher.decrypt(Buffer.from(stored, 'base64'));
      }),
    delete: (name) =>
      serial(async () => {
        const secrets = await load();
        if (secrets.delete(name)) await save(secrets);
      }),
  };
}
