/**
 * Invariants only the platform can check, because only it sees every device's changes: a
 * voucher redeemed twice, a table booked twice, a balance spent below zero, stock sold beyond its
 * limit. A rule is pure: it names the state it needs (`reads`), the platform loads that state
 * inside the mutation's transaction, and `check` decides. A rule that says no rejects the whole
 * mutation with reason 'invariant_violated', its rule id and details for the shop's message.
 */
import type { EntityRow } from '../mutations/row-ops';

export type Scalar = string | number | boolean;

/**
 * Which rows a read covers: top-level `field` equals `equals`, and every field named in `and`
 * equals its value too (e.g. one item's stock entries on one business day).
 */
export interface RowMatch {
  field: string;
  equals: Scalar;
  and?: Readonly<Record<string, Scalar>>;
}

/** State a rule may ask for, as it is before the mutation is applied. */
export type InvariantRead =
  /** One live record (null when missing or deleted). */
  | { kind: 'entity'; table: string; id: string }
  /** The live records that match (e.g. bookings of one table). */
  | ({ kind: 'entitiesWhere'; table: string } & RowMatch)
  /** The sum of numeric `sum` over the ledger entries that match (a balance). */
  | ({ kind: 'ledgerSum'; table: string; sum: string } & RowMatch)
  /** How many ledger entries match (e.g. redemptions of one voucher). */
  | ({ kind: 'ledgerCount'; table: string } & RowMatch);

/**
 * The fields a row must have for `match`, as [field, value] pairs. Loaders compare values as
 * text (the platform reads them with `->>`), so 3 and '3' are the same value.
 */
export function matchConditions(match: RowMatch): [string, Scalar][] {
  return [[match.field, match.equals], ...Object.entries(match.and ?? {})];
}

export type ReadValue<R extends InvariantRead> = R extends { kind: 'entity' }
  ? EntityRow | null
  : R extends { kind: 'entitiesWhere' }
    ? EntityRow[]
    : number;

export type ReadState<Reads extends Record<string, InvariantRead>> = {
  [K in keyof Reads]: ReadValue<Reads[K]>;
};

export interface Violation {
  /** Stable id of the rule, e.g. 'storedValue.balanceBelowZero'; the console words it. */
  rule: string;
  /** Developer-facing English. */
  message: string;
  details?: Record<string, unknown>;
}

export interface InvariantRule<Args, Reads extends Record<string, InvariantRead>> {
  readonly rule: string;
  /** The mutation name this rule guards. */
  readonly mutation: string;
  readonly reads: (args: Args) => Reads;
  /** Pure: null when the mutation may be applied, otherwise why not. */
  readonly check: (args: Args, state: ReadState<Reads>) => Omit<Violation, 'rule'> | null;
}

/** A rule with its types erased, as the registry holds it. */
export interface RegisteredInvariant {
  readonly rule: string;
  readonly mutation: string;
  readonly reads: (args: unknown) => Record<string, InvariantRead>;
  readonly check: (args: unknown, state: Record<string, unknown>) => Omit<Violation, 'rule'> | null;
}

export function defineInvariant<Args, Reads extends Record<string, InvariantRead>>(
  rule: InvariantRule<Args, Reads>,
): RegisteredInvariant {
  // The registry only calls a rule with args parsed by its mutation's schema, and with the
  // state its own `reads` asked for, so the erased types line up at run time.
  return rule as unknown as RegisteredInvariant;
}

/** Rules by mutation name. */
export class InvariantRegistry {
  private readonly byMutation = new Map<string, RegisteredInvariant[]>();

  constructor(rules: readonly RegisteredInvariant[]) {
    for (const rule of rules) {
      const list = this.byMutation.get(rule.mutation) ?? [];
      if (list.some((other) => other.rule === rule.rule)) {
        throw new Error(`duplicate invariant rule ${rule.rule}`);
      }
      list.push(rule);
      this.byMutation.set(rule.mutation, list);
    }
  }

  forMutation(name: string): readonly RegisteredInvariant[] {
    return this.byMutation.get(name) ?? [];
  }
}

/** Loads one read from the platform's state, inside the mutation's transaction. */
export type InvariantLoader = (read: InvariantRead) => Promise<unknown>;

/** Runs the rules in order and returns the first violation, or null. */
export async function checkInvariants(
  rules: readonly RegisteredInvariant[],
  args: unknown,
  load: InvariantLoader,
): Promise<Violation | null> {
  for (const rule of rules) {
    const reads = rule.reads(args);
    const state: Record<string, unknown> = {};
    for (const [key, read] of Object.entries(reads)) state[key] = await load(read);
    const verdict = rule.check(args, state);
    if (verdict) return { rule: rule.rule, ...verdict };
  }
  return null;
}
