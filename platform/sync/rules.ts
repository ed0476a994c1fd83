/**
 * What the platform consults to judge a pushed mutation: the mutation registry, the upgrades of
 * previous versions' arguments, the invariant rules and the lookups their reads use. Production uses the shared registries;
 * tests pass their own (e.g. a test-only ledger mutation guarded by a balance rule).
 */
import type { MutationDefinition } from '../../domain/mutations/define';
import { findMutation } from '../../domain/mutations/registry';
import { tableLookups, type LookupRegistry } from '../../domain/mutations/tables';
import { argsUpgrades, type ArgsUpgrade } from '../../domain/sync/accept-mutation';
import { invariantRegistry } from '../../domain/sync/invariant-rules';
import type { InvariantRegistry } from '../../domain/sync/invariants';

export interface SyncRules {
  findMutation: (name: string) => MutationDefinition<string, unknown> | undefined;
  argsUpgrades: Readonly<Record<string, ArgsUpgrade>>;
  invariants: InvariantRegistry;
  /** What invariant reads may look rows up by, per table (kept in row_lookups). */
  lookups: LookupRegistry;
}

export const defaultSyncRules: SyncRules = {
  findMutation,
  argsUpgrades,
  invariants: invariantRegistry,
  lookups: tableLookups,
};
