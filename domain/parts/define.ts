/**
 * A part of the product (the menu, customers, bookings, …) declares itself once, here: its
 * synced tables, its changes, the platform rules that guard them with the fixes the shop is
 * offered, and its pages. The table list, the mutation registry and the invariant registry are
 * built from the parts (domain/parts/index.ts), and a contract test checks that every declared
 * piece has its local store, its texts in both languages and its route — so adding a part is new
 * files plus one line in the part list. The part's texts live in the i18n namespace it names,
 * under keys derived from the declarations (see textKeys.ts).
 */
import type { MutationDefinition } from '../mutations/define';
import type { EntityRow, RowOp } from '../mutations/row-ops';
import type { RegisteredInvariant } from '../sync/invariants';

/**
 * A named set of values the platform indexes for a table's live rows, so that an invariant's
 * read by it is an index lookup, not a scan. `values` is pure; bump `version` when it changes
 * and the platform rebuilds the index for rows already stored.
 */
export interface LookupDeclaration {
  readonly version: number;
  readonly values: (row: EntityRow) => readonly string[];
  /**
   * The stretch of time the row holds under each of its values (a booking from its start to the
   * end of its buffer), epoch ms, end exclusive: declared, the platform indexes it with the values
   * so an `entitiesOverlapping` read ("this table's bookings in [start, end)") is an index range.
   * A row without a span (null) is never found by such a read.
   */
  readonly span?: (row: EntityRow) => { start: number; end: number } | null;
}

export interface TableDeclaration<
  Name extends string = string,
  Kind extends 'entity' | 'ledger' = 'entity' | 'ledger',
> {
  readonly name: Name;
  /** An entity holds editable records; a ledger holds append-only entries. */
  readonly kind: Kind;
  /** What invariant reads may look rows up by (`field` in a read names one of these). */
  readonly lookups?: Readonly<Record<string, LookupDeclaration>>;
  /**
   * Fields holding a person's data (a phone, a customer's name): masked in lists, exported on
   * request, erased on request, withheld from a provider without a personal-data grant.
   */
  readonly personal?: readonly string[];
}

/**
 * The one value of a shop's single record's `shop` lookup (its profile, its booking settings): a
 * rule finds that record through it without knowing the vendor's id.
 */
export const SHOP_RECORD_VALUE = 'shop';
export const shopRecordLookup: LookupDeclaration = {
  version: 1,
  values: () => [SHOP_RECORD_VALUE],
};

/** A lookup whose value is one field of the row, as text (no entry when the field is empty). */
export function fieldLookup(field: string, version = 1): LookupDeclaration {
  return {
    version,
    values: (row) => {
      const value = row[field];
      return value === undefined || value === null || value === '' ? [] : [String(value)];
    },
  };
}

export function defineTable<const Name extends string, const Kind extends 'entity' | 'ledger'>(
  table: TableDeclaration<Name, Kind>,
): TableDeclaration<Name, Kind> {
  return table;
}

/** The change a fix makes: a mutation by name with its arguments, made like any other change. */
export interface FollowUpChange {
  name: string;
  args: unknown;
}

/**
 * A one-click fix Needs attention offers for a rejection: from the rejected change and the rule's
 * details, the change that resolves it, or null when this fix does not apply to that change.
 */
export interface RuleAction {
  readonly id: string;
  /** What the shop must type before the fix is made (a write-off's reason); none by default. */
  readonly input?: 'reason';
  readonly fix: (
    rejected: { name: string; args: unknown },
    details: Readonly<Record<string, unknown>>,
    input?: { reason?: string },
  ) => FollowUpChange | null;
}

export interface PartRule {
  readonly invariant: RegisteredInvariant;
  readonly actions?: readonly RuleAction[];
}

/**
 * A mutation of any argument type. `any` because a definition's `ops` takes its own arguments
 * (contravariant), so no single argument type admits them all; every caller parses the arguments
 * with the definition's own schema before calling it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyMutation = MutationDefinition<string, any>;

/**
 * A right a part declares (e.g. 'menu.editPrices'), given to roles. `guards` names the changes
 * that need it: by mutation name, narrowed by `when` (a change that sets a price, not every item
 * edit). The console asks for a manager's approval before making such a change without the
 * right, and the platform checks it again when the change arrives. A permission without guards
 * gates a screen of the console only (who may read the audit log).
 */
export interface PermissionDeclaration {
  readonly id: string;
  readonly guards?: ReadonlyArray<{
    readonly mutation: string;
    /** Pure: whether this change, by its arguments and row operations, needs the permission. */
    readonly when?: (args: unknown, ops: readonly RowOp[]) => boolean;
  }>;
}

/**
 * A rejection rule the platform judges itself, outside the invariant reads (the staff part's
 * permission check needs the entry's actor and the staff history): declared so Needs attention
 * finds its texts and fixes as it does an invariant's.
 */
export interface PlatformCheck {
  readonly rule: string;
  readonly actions?: readonly RuleAction[];
}

export interface PartManifest {
  /** Stable id, e.g. 'menu'. */
  readonly id: string;
  /** The i18n namespace holding the part's texts (renderer/src/i18n/locales/<lang>/<namespace>.ts). */
  readonly namespace: string;
  readonly tables: readonly TableDeclaration[];
  readonly mutations: readonly AnyMutation[];
  readonly rules?: readonly PartRule[];
  /** Rejections the platform decides outside the invariants (see PlatformCheck). */
  readonly checks?: readonly PlatformCheck[];
  /** The rights this part's changes need; Settings lists them grouped by part. */
  readonly permissions?: readonly PermissionDeclaration[];
  /** Page ids the part owns; each needs a route and a navigation entry in the console. */
  readonly pages?: readonly string[];
}

export function definePart(part: PartManifest): PartManifest {
  return part;
}
