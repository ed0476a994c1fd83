/**
 * `npm run platform -- <command>`: serve (default), create-vendor, create-provider, link,
 * seed-demo, rotate-voucher-key. Data lives in PLATFORM_DATA_DIR (or --data-dir; default ./.platform-data) with
 * PGlite, or in PostgreSQL when DATABASE_URL is set. Port from PORT (default 8787).
 */
import { parseArgs } from 'node:util';
import { createProvider, createVendor, linkProvider } from './accounts/store';
import { PASSWORD_VARIABLE, readPassword } from './cli-password';
import type { Database } from './db/database';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import { DEMO, seedDemo } from './seed-demo';
import { DEFAULT_PORT, startPlatform, stopOnSignals } from './start';
import { rotateVoucherKey } from './vouchers/signing-keys';

const usage = `usage: npm run platform -- [command] [options]
  serve                                              run the platform (default)
  create-vendor --name <shop> --email <login>         password from PLATFORM_PASSWORD or a prompt
  create-provider --name <agency> --email <login>
  link --provider <providerId> --vendor <vendorId>
  seed-demo                                          create the demo shop and its menu (idempotent)
  rotate-voucher-key                                 sign new vouchers with a new key; old ones still verify
options: --data-dir <dir> (or PLATFORM_DATA_DIR), --port <n> (or PORT); DATABASE_URL selects PostgreSQL`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    email: { type: 'string' },
    // Accepted only to refuse it with a reason: argv is readable by every user (ps).
    password: { type: 'string' },
    provider: { type: 'string' },
    vendor: { type: 'string' },
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const dataDir = values['data-dir'] ?? process.env.PLATFORM_DATA_DIR ?? '.platform-data';
const databaseUrl = process.env.DATABASE_URL || undefined;

function required(name: 'name' | 'email' | 'provider' | 'vendor'): string {
  const value = values[name];
  if (!value) throw new Error(`--${name} is required\n${usage}`);
  return value;
}

async function withDatabase(work: (db: Database) => Promise<void>): Promise<void> {
  const db = await openDatabase({ dataDir, databaseUrl });
  try {
    await migrate(db);
    await work(db);
  } finally {
    await db.close();
  }
}

function printDemo(): void {
  console.log(`demo shop:     ${DEMO.login} / ${DEMO.password}  (vendor ${DEMO.vendorId})`);
  console.log(`demo provider: ${DEMO.providerLogin} / ${DEMO.providerPassword}`);
}

function password(): Promise<string> {
  return readPassword({ env: process.env, input: process.stdin, prompt: process.stderr });
}

async function main(): Promise<void> {
  const command = positionals[0] ?? 'serve';
  if (values.help) return console.log(usage);
  if (values.password !== undefined) {
    throw new Error(
      `--password is not taken: the command line is visible to everyone on this machine (ps). Set ${PASSWORD_VARIABLE} or type it at the prompt.`,
    );
  }
  switch (command) {
    case 'serve': {
      const port = Number(values.port ?? process.env.PORT ?? DEFAULT_PORT);
      const platform = await startPlatform({ dataDir, databaseUrl, port });
      stopOnSignals(platform);
      return;
    }
    case 'create-vendor':
      return withDatabase(async (db) => {
        const id = await createVendor(db, {
          name: required('name'),
          login: required('email'),
          password: await password(),
        });
        console.log(`vendor ${id}`);
      });
    case 'create-provider':
      return withDatabase(async (db) => {
        const id = await createProvider(db, {
          name: required('name'),
          login: required('email'),
          password: await password(),
        });
        console.log(`provider ${id}`);
      });
    case 'link':
      return withDatabase(async (db) => {
        await linkProvider(db, required('provider'), required('vendor'));
        console.log('linked');
      });
    case 'seed-demo':
      return withDatabase(async (db) => {
        const { created, applied } = await seedDemo(db);
        console.log(created ? 'demo accounts created' : 'demo accounts already exist');
        console.log(
          applied > 0
            ? `demo shop data: ${applied} changes applied`
            : 'demo shop data already there',
        );
        printDemo();
      });
    case 'rotate-voucher-key':
      return withDatabase(async (db) => {
        const key = await rotateVoucherKey(db);
        console.log(`voucher signing key ${key.keyId} is current; older keys stay listed`);
      });
    default:
      throw new Error(`unknown command ${command}\n${usage}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
