/**
 * Every invariant the platform checks when a mutation arrives: the one extension point. A feature
 * writes its rules with defineInvariant next to its mutations (e.g. domain/groupbuy/invariants.ts:
 * "a voucher is redeemed at most once") and lists them here; the platform looks rules up by
 * mutation name and rejects the mutation when one says no.
 */
import { InvariantRegistry, type RegisteredInvariant } from './invariants';
import { stockNeverOversold } from './menu-stock-invariant';

export const invariantRules: readonly RegisteredInvariant[] = [stockNeverOversold];

export const invariantRegistry = new InvariantRegistry(invariantRules);
