/**
 * Invariants only the platform can check, because only it sees every device's changes: a
 * voucher redeemed twice, a table booked twice, a balance spent below zero, stock sold beyond its
 * limit. A rule is pure: it names the state it needs (`reads`), the platform loads that state
 * inside the mutation's transaction, and `check` decides. A rule that says no rejects the whole
 * mutation with reason 'invariant_violated', its rule id and details for the shop's message.
 */
import type { EntityRow, RowOp } from '../mutations/row-ops';

export type Scalar = string | number | boolean;

/**
 * Which rows a read covers: those whose lookup `field` has the value `equals` (or any of the
 * values `in`: a customer and the profiles merged into it), and whose top-level fields named in
 * `and` equal their values too (e.g. one item's stock entries on one business day). `field` must
 * be a lookup the table declares (domain/parts/define.ts; for a plain field, its name through
 * fieldLookup), so the platform answers from an index, never by scanning the table.
 */
export type RowMatch = {
  field: string;
  and?: Readonly<Record<string, Scalar>>;
} & ({ equals: Scalar; in?: never } | { in: readonly Scalar[]; equals?: never });

/** The lookup values a match covers, as text (the platform compares them as text). */
export function matchValues(match: RowMatch): string[] {
  return match.in ? match.in.map(String) : [String(match.equals)];
}

/** State a rule may ask for, as it is before the mutation is applied. */
export type InvariantRead =
  /** One live record (null when missing or deleted). */
  | { kind: 'entity'; table: string; id: string }
  /** The live records that match (e.g. bookings of one table). */
  | ({ kind: 'entitiesWhere'; table: string } & RowMatch)
  /** The live records whose lookup `field` has any of `values` (e.g. items holding these codes). */
  | { kind: 'entitiesMatchingAny'; table: string; field: string; values: readonly string[] }
  /** The sum of numeric `sum` over the ledger entries that match (a balance). */
  | ({ kind: 'ledgerSum'; table: string; sum: string } & RowMatch)
  /** How many ledger entries match (e.g. redemptions of one voucher). */
  | ({ kind: 'ledgerCount'; table: string } & RowMatch)
  /** The newest `limit` entries that match, newest (highest change number) first. */
  | ({ kind: 'ledgerLatest'; table: string; limit: number } & RowMatch)
  /**
   * The live records that match and whose span under that lookup (its declared `span`) overlaps
   * [start, end): a table's bookings and busy blocks in one evening, from an index, not a scan.
   */
  | ({ kind: 'entitiesOverlapping'; table: string; start: number; end: number } & RowMatch);

export type ReadValue<R extends InvariantRead> = R extends { kind: 'entity' }
  ? EntityRow | null
  : R extends {
        kind: 'entitiesWhere' | 'entitiesMatchingAny' | 'ledgerLatest' | 'entitiesOverlapping';
      }
    ? EntityRow[]
    : number;

export type ReadState<Reads extends Record<string, InvariantRead>> = {
  [K in keyof Reads]: ReadValue<NonNullable<Reads[K]>>;
};

export interface Violation {
  /** Stable id of the rule, e.g. 'storedValue.balanceBelowZero'; the console words it. */
  rule: string;
  /** Developer-facing English. */
  message: string;
  details?: Record<string, unknown>;
}

/**
 * A rule sees the mutation's parsed arguments and the row operations they cause (`ops`), so one
 * rule can guard several mutations that write the same rows (every change that sets an item's
 * code), judging what is written rather than each mutation's own argument shape.
 */
export interface InvariantRule<Args, Reads extends Record<string, InvariantRead>> {
  readonly rule: string;
  /** The mutation name(s) this rule guards. */
  readonly mutation: string | readonly string[];
  readonly reads: (args: Args, ops: readonly RowOp[]) => Reads;
  /**
   * Reads that depend on earlier answers (a customer's record says which account it belongs to,
   * the account's aliases say whose entries to sum): each stage is loaded after the ones before
   * it, into the same state.
   */
  readonly thenReads?: ReadonlyArray<
    (
      args: Args,
      state: ReadState<Reads> & Record<string, unknown>,
      ops: readonly RowOp[],
    ) => Record<string, InvariantRead>
  >;
  /** Pure: null when the mutation may be applied, otherwise why not. */
  readonly check: (
    args: Args,
    state: ReadState<Reads> & Record<string, unknown>,
    ops: readonly RowOp[],
  ) => Omit<Violation, 'rule'> | null;
}

/** A rule with its types erased, as the registry holds it. */
export interface RegisteredInvariant {
  readonly rule: string;
  readonly mutation: string | readonly string[];
  readonly reads: (args: unknown, ops: readonly RowOp[]) => Record<string, InvariantRead>;
  readonly thenReads?: ReadonlyArray<
    (
      args: unknown,
      state: Record<string, unknown>,
      ops: readonly RowOp[],
    ) => Record<string, InvariantRead>
  >;
  readonly check: (
    args: unknown,
    state: Record<string, unknown>,
    ops: readonly RowOp[],
  ) => Omit<Violation, 'rule'> | null;
}

/** The mutation names a rule guards, as a list. */
export function guardedMutations(rule: Pick<RegisteredInvariant, 'mutation'>): readonly string[] {
  return typeof rule.mutation === 'string' ? [rule.mutation] : rule.mutation;
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
      for (const mutation of guardedMutations(rule)) {
        const list = this.byMutation.get(mutation) ?? [];
        if (list.some((other) => other.rule === rule.rule)) {
          throw new Error(`duplicate invariant rule ${rule.rule}`);
        }
        list.push(rule);
        this.byMutation.set(mutation, list);
      }
    }
  }

  /** Every rule, each once. */
  all(): readonly RegisteredInvariant[] {
    return [...new Set([...this.byMutation.values()].flat())];
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
  ops: readonly RowOp[] = [],
): Promise<Violation | null> {
  for (const rule of rules) {
    const reads = rule.reads(args, ops);
    const state: Record<string, unknown> = {};
    for (const [key, read] of Object.entries(reads)) state[key] = await load(read);
    for (const stage of rule.thenReads ?? []) {
      for (const [key, read] of Object.entries(stage(args, state, ops)))
        state[key] = await load(read);
    }
    const verdict = rule.check(args, state, ops);
    if (verdict) return { rule: rule.rule, ...verdict };
  }
  return null;
}
