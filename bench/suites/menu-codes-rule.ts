/**
 * Issue 8: what the SKU/barcode uniqueness rule costs a large import. The subject is the
 * platform's push path (applyPush, one transaction) of one menu.import creating 5,000 items with
 * SKUs and barcodes into a shop that already has 5,000 such items, with the product's rules; the
 * baseline is the same push with no invariant rules, in the same run. Both write the rows and
 * their lookups, so the ratio is the rule's read (one lookup query for every code the import
 * sets) and check. PGlite in memory, as `npm start` embeds it; each call gets a fresh shop.
 * Runs in Node: no IndexedDB is involved.
 */
import { newId } from '../../domain/ids';
import { sampleItem } from '../../domain/menu/fixtures/menu';
import type { MenuItem } from '../../domain/menu/schema';
import type { OutboxEntry } from '../../domain/outbox';
import { InvariantRegistry } from '../../domain/sync/invariants';
import { createVendor } from '../../platform/accounts/store';
import type { Database } from '../../platform/db/database';
import { migrate } from '../../platform/db/migrate';
import { openPglite } from '../../platform/db/pglite';
import { applyPush } from '../../platform/sync/push';
import { defaultSyncRules, type SyncRules } from '../../platform/sync/rules';
import { compared, measured } from '../lib/stats';
import type { Suite } from '../lib/types';

const SUITE = 'menu-codes-rule';
const noRules: SyncRules = { ...defaultSyncRules, invariants: new InvariantRegistry([]) };

function items(count: number, prefix: string): MenuItem[] {
  return Array.from({ length: count }, (_, index) =>
    sampleItem({
      id: newId(),
      sku: `${prefix}-${index}`,
      barcode: `${prefix}${String(index).padStart(8, '0')}`,
      specGroups: [],
    }),
  );
}

function importEntry(deviceId: string, seq: number, createItems: MenuItem[]): OutboxEntry {
  const args = {
    categories: [],
    tags: [],
    createItems,
    updateItems: [],
    deleteItemIds: [],
    deleteCategoryIds: [],
    updatedAt: 1,
  };
  return { id: newId(), name: 'menu.import', version: 1, args, deviceId, seq, createdAt: 1 };
}

let shops = 0;

/** A fresh shop holding `existing` items, then the timed push of `incoming`; ms of the push. */
async function timedImport(
  db: Database,
  rules: SyncRules,
  existing: MenuItem[],
  incoming: MenuItem[],
): Promise<number> {
  const vendorId = await createVendor(db, {
    name: '老王黄焖鸡',
    login: `codes-${process.pid}-${(shops += 1)}@vendor.test`,
    password: 'bench-password',
  });
  const deviceId = newId();
  const announce = async () => undefined;
  const seeded = await applyPush(
    db,
    noRules,
    {
      vendorId,
      deviceId,
      mutations: [importEntry(deviceId, 1, existing)],
    },
    announce,
  );
  if (seeded.results[0]?.status !== 'applied') throw new Error('seeding the menu failed');
  const started = performance.now();
  const result = await applyPush(
    db,
    rules,
    {
      vendorId,
      deviceId,
      mutations: [importEntry(deviceId, 2, incoming)],
    },
    announce,
  );
  const ms = performance.now() - started;
  if (result.results[0]?.status !== 'applied') {
    throw new Error(`the import was not applied: ${JSON.stringify(result.results[0])}`);
  }
  return ms;
}

const suite: Suite = {
  name: SUITE,
  issue: 8,
  description: '5,000-row import into a 5,000-item menu: with the SKU/barcode rule vs no rules',
  async run({ quick, log }) {
    const size = quick ? 500 : 5_000;
    const rounds = quick ? 2 : 4;
    const db = await openPglite();
    try {
      await migrate(db);
      const existing = items(size, 'OLD');
      const incoming = items(size, 'NEW');
      const samples = { rule: [] as number[], none: [] as number[] };
      // One warm-up of each, then alternating order so drift hits both alike.
      await timedImport(
        db,
        defaultSyncRules,
        existing,
        incoming.map((i) => ({ ...i, id: newId() })),
      );
      await timedImport(
        db,
        noRules,
        existing,
        incoming.map((i) => ({ ...i, id: newId() })),
      );
      for (let round = 0; round < rounds; round += 1) {
        const order = round % 2 === 0 ? (['rule', 'none'] as const) : (['none', 'rule'] as const);
        for (const variant of order) {
          const fresh = {
            existing: existing.map((item) => ({ ...item, id: newId() })),
            incoming: incoming.map((item) => ({ ...item, id: newId() })),
          };
          const rules = variant === 'rule' ? defaultSyncRules : noRules;
          const ms = await timedImport(db, rules, fresh.existing, fresh.incoming);
          samples[variant].push(ms);
          log(`${variant}: ${ms.toFixed(0)} ms`);
        }
      }
      return {
        rows: [
          compared(
            SUITE,
            `push of a ${size}-item import into a ${size}-item menu (PGlite)`,
            measured('with menuItem.codeTaken', samples.rule),
            measured('no invariant rules', samples.none),
            { codesChecked: size * 2 },
          ),
        ],
        notes: [
          'Both variants write the rows and their lookups; the difference is the rule: one lookup read for every code the import sets, and the check.',
          `n = ${rounds} per variant after one warm-up each, alternating order, a fresh shop per call.`,
        ],
      };
    } finally {
      await db.close();
    }
  },
};

export default suite;
