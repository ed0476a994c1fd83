/**
 * Changes the platform makes itself: a job's results (points that expire), and later a customer
 * who signs up in the mini-program or a booking made there. Each shop has one platform device
 * (its id derived from the shop's, so every platform instance uses the same one), and an
 * originated change is an outbox entry of that device pushed through the same path as a desk's
 * (push.ts): it takes the shop's next server seq, its invariants are checked, its rows, lookups
 * and checksums are written and the shop's consoles are poked, exactly as for a push. Desks pull
 * it like any other change. See docs/sync-protocol.md, "Changes the platform makes".
 *
 * Mutations only the platform may make (platformMutations) are known here and not to the push
 * route, so no desk can send them.
 */
import { derivedId, newId } from '../../domain/ids';
import type { MutationDefinition } from '../../domain/mutations/define';
import type { OutboxEntry } from '../../domain/outbox';
import type { MutationResult } from '../../domain/sync/protocol';
import type { Database } from '../db/database';
import { InvariantRegistry } from '../../domain/sync/invariants';
import { expirePoints, expiryNeverBelowZero } from '../customers/platform-mutations';
import { putVoucher } from '../offers/platform-mutations';
import { storefrontPlatformMutations } from '../storefront/platform-mutations';
import { voucherPutRules } from '../offers/voucher-rules';
import { announceChange } from './poke-hub';
import { applyPush } from './push';
import type { SyncRules } from './rules';

/** The device a shop's platform-originated changes are made under. */
export const platformDeviceId = (vendorId: string): string =>
  derivedId(vendorId, 'platform.device');

/** Mutations only the platform makes, by name. */
export const platformMutations: ReadonlyMap<string, MutationDefinition<string, unknown>> = new Map(
  [expirePoints, putVoucher, ...storefrontPlatformMutations].map((definition) => [
    definition.name,
    definition as unknown as MutationDefinition<string, unknown>,
  ]),
);

const platformInvariants = [expiryNeverBelowZero, ...voucherPutRules];

const judgedBy = new WeakMap<SyncRules, SyncRules>();

/** The rules an originated change is judged by: the shop's, and the platform's own mutations. */
export function originRules(rules: SyncRules): SyncRules {
  let judged = judgedBy.get(rules);
  if (!judged) {
    judged = {
      ...rules,
      findMutation: (name) => platformMutations.get(name) ?? rules.findMutation(name),
      invariants: new InvariantRegistry([...rules.invariants.all(), ...platformInvariants]),
    };
    judgedBy.set(rules, judged);
  }
  return judged;
}

export interface OriginatedChange {
  name: string;
  args: unknown;
  /** The mutation's id; give a derived one to make a retried change count once. Default: new. */
  id?: string;
  version?: number;
  /**
   * False when whoever asked for the change is answered with its verdict at once (a guest's
   * online booking turned down is told so); then a rejection is not put on Needs attention,
   * whose fixes would make a booking the guest was told had failed.
   */
  listRejection?: boolean;
}

/** Another instance took the same seq this many times in a row: something is wrong. */
const MAX_ATTEMPTS = 10;

/**
 * Makes `change` for `vendorId` as the platform, at `now` (the job's clock), and returns its
 * verdict: applied, rejected (it is then on the shop's Needs attention list, like any rejection,
 * unless the change says otherwise),
 * or duplicate (this id was already processed).
 */
export async function originate(
  db: Database,
  rules: SyncRules,
  vendorId: string,
  change: OriginatedChange,
  now: number = Date.now(),
): Promise<MutationResult> {
  const deviceId = platformDeviceId(vendorId);
  const judged = originRules(rules);
  const definition = judged.findMutation(change.name);
  if (!definition) throw new Error(`unknown mutation ${change.name}`);
  const id = change.id ?? newId();
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const [cursor] = await db.query<{ last_seq: number }>(
      'select last_seq from device_cursors where vendor_id = $1 and device_id = $2',
      [vendorId, deviceId],
    );
    const entry: OutboxEntry = {
      id,
      name: change.name,
      version: change.version ?? definition.version,
      args: change.args,
      deviceId,
      seq: Number(cursor?.last_seq ?? 0) + 1,
      createdAt: now,
    };
    const response = await applyPush(
      db,
      judged,
      { vendorId, deviceId, mutations: [entry], listRejections: change.listRejection ?? true },
      (tx, vendor) => announceChange(db, tx, vendor),
    );
    const [result] = response.results;
    if (!result) throw new Error('an originated change was not processed');
    // A duplicate with no verdict: another platform instance used this seq first. Take the next.
    if (result.status !== 'duplicate' || result.verdict) return result;
  }
  throw new Error(`could not originate ${change.name} for ${vendorId}: seqs kept being taken`);
}
