/**
 * The demo shop a newcomer can sign in to at once: its accounts, then its profile and menu, and
 * its tables and booking settings.
 * Idempotent: the accounts have fixed ids and logins and are created only when missing; the
 * shop's data goes through the platform's own push path as a fixed "seed device" with fixed
 * mutation ids and seqs, so a second seed is a duplicate the platform applies once. A shop that
 * has since edited or deleted the demo records keeps its edits.
 */
import type { OutboxEntry } from '../domain/outbox';
import { createProvider, createVendor, linkProvider, LoginTakenError } from './accounts/store';
import type { Database } from './db/database';
import { demoBookingChanges } from './demo-bookings';
import { DEMO_MADE_AT, DEMO_SHOP_NAME, demoShopChanges } from './demo-shop';
import { PokeHub } from './sync/poke-hub';
import { applyPush } from './sync/push';
import { defaultSyncRules } from './sync/rules';

export const DEMO = {
  vendorId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  vendorName: DEMO_SHOP_NAME,
  login: 'demo@vendor.test',
  password: 'demo1234',
  providerId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c',
  providerName: '演示服务商 Demo Agency',
  providerLogin: 'demo@provider.test',
  providerPassword: 'demo1234',
  /** The device the demo shop's data is pushed from; no one signs in as it. */
  seedDeviceId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5d',
} as const;

export interface DemoSeedResult {
  /** The demo accounts were made now (false: they existed). */
  created: boolean;
  /** How many of the shop's seed changes were applied now (0: all there already). */
  applied: number;
}

export async function seedDemo(db: Database): Promise<DemoSeedResult> {
  const created = await seedAccounts(db);
  return { created, applied: await seedShopData(db) };
}

async function seedAccounts(db: Database): Promise<boolean> {
  const existing = await db.query('select 1 from vendors where id = $1', [DEMO.vendorId]);
  if (existing.length > 0) return false;
  try {
    await createVendor(db, {
      id: DEMO.vendorId,
      name: DEMO.vendorName,
      login: DEMO.login,
      password: DEMO.password,
    });
    await createProvider(db, {
      id: DEMO.providerId,
      name: DEMO.providerName,
      login: DEMO.providerLogin,
      password: DEMO.providerPassword,
    });
    await linkProvider(db, DEMO.providerId, DEMO.vendorId);
  } catch (error) {
    // Another instance seeded at the same moment: its demo accounts are the same ones.
    if (error instanceof LoginTakenError || (error as { code?: string }).code === '23505')
      return false;
    throw error;
  }
  return true;
}

/** The seed changes as the seed device's outbox: seq 1.. in order, never renumbered. */
export function demoSeedMutations(): OutboxEntry[] {
  // New seed changes go at the end: a shop seeded before them gets only the new ones.
  const changes = [...demoShopChanges(DEMO.vendorId), ...demoBookingChanges(DEMO.vendorId)];
  return changes.map(([id, name, args], index) => ({
    id,
    name,
    // The current version: the args are written for today's schemas (a test keeps them parsing).
    version: defaultSyncRules.findMutation(name)?.version ?? 1,
    args,
    deviceId: DEMO.seedDeviceId,
    seq: index + 1,
    createdAt: DEMO_MADE_AT,
  }));
}

/** Pushes the demo shop's profile and menu; consoles already connected are poked. */
async function seedShopData(db: Database): Promise<number> {
  const pokes = new PokeHub(db);
  const response = await applyPush(
    db,
    defaultSyncRules,
    { vendorId: DEMO.vendorId, deviceId: DEMO.seedDeviceId, mutations: demoSeedMutations() },
    (tx, vendorId) => pokes.announce(tx, vendorId),
  );
  const refused = response.results.filter((result) => result.status === 'rejected');
  if (refused.length > 0 || response.gap) {
    // The seed is ours: a rejection is a bug in demo-shop.ts, not something to hide.
    throw new Error(`demo seed not accepted: ${JSON.stringify(refused[0] ?? response.gap)}`);
  }
  return response.results.filter((result) => result.status === 'applied').length;
}
