/**
 * Every invariant the platform checks when a mutation arrives, gathered from the parts' manifests
 * (a part lists its rules, with the fixes Needs attention offers, in its part.ts). The platform
 * looks rules up by mutation name and rejects the mutation when one says no.
 */
import { parts } from '../parts';
import { InvariantRegistry, type RegisteredInvariant } from './invariants';

export const invariantRules: readonly RegisteredInvariant[] = parts.flatMap((part) =>
  (part.rules ?? []).map((rule) => rule.invariant),
);

export const invariantRegistry = new InvariantRegistry(invariantRules);
