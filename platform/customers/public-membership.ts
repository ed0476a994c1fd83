/**
 * What a customer sees of their own membership at a shop, and topping it up online, for the
 * storefront's "my membership" (the customer's pages) and any other client: the stored-value
 * balance (principal and the shop's bonus apart), points, the tier reached and the next, the
 * latest ledger entries, and the shop's active top-up plans. The phone is the one a verification
 * token vouches for (phone-codes.ts); a phone that is no customer of the shop gets an empty
 * membership, never another customer's figures.
 *
 * A top-up opens a payment (payments/orders.ts) whose order id names the account, the plan and
 * its amounts as they were when the customer chose it; when the payment is confirmed the platform
 * originates a `storedValue.topUp` entry (sync/originate.ts), its id derived from the payment, so
 * a callback heard twice writes it once and the shop's desks pull it like any other change.
 */
import { z } from 'zod';
import { accountMemberIds } from '../../domain/customers/accounts';
import { pointsBalance, storedValueBalance } from '../../domain/customers/ledger';
import { topUpStoredValue } from '../../domain/customers/mutations';
import type {
  Customer,
  CustomerPersonal,
  CustomerTier,
  PointsEntry,
  SaleEntry,
  StoredValueEntry,
  TopUpPlan,
} from '../../domain/customers/schema';
import { nextTier, tierFigures, tierOf } from '../../domain/customers/tiers';
import { derivedId, newId } from '../../domain/ids';
import { businessDate, parseClock } from '../../domain/time';
import type { VendorProfile } from '../../domain/vendor/schema';
import type { Database } from '../db/database';
import { entity } from '../jobs/booking-shared';
import type { PaymentChange, PaymentOrders } from '../payments/orders';
import { originate } from '../sync/originate';
import type { SyncRules } from '../sync/rules';

const TOP_UP_PREFIX = 'topup:';
/** A top-up payment left unpaid is void after this. */
const TOP_UP_HOLD_MS = 15 * 60_000;
const HISTORY_LIMIT = 50;

async function entitiesByLookup<T>(
  db: Database,
  vendorId: string,
  table: string,
  lookup: string,
  values: readonly string[],
  kind: 'entities' | 'ledger_entries' = 'entities',
): Promise<T[]> {
  if (values.length === 0) return [];
  const deleted = kind === 'entities' ? 'and not r.deleted' : '';
  const rows = await db.query<{ data: T }>(
    `select distinct r.id, r.data from row_lookups l join ${kind} r
       on r.vendor_id = l.vendor_id and r.tbl = l.tbl and r.id = l.id
     where l.vendor_id = $1 and l.tbl = $2 and l.lookup = $3 and l.value = any($4::text[]) ${deleted}
     order by r.id`,
    [vendorId, table, lookup, [...values]],
  );
  return rows.map((row) => row.data);
}

async function liveEntities<T>(db: Database, vendorId: string, table: string): Promise<T[]> {
  const rows = await db.query<{ data: T }>(
    'select data from entities where vendor_id = $1 and tbl = $2 and not deleted order by id',
    [vendorId, table],
  );
  return rows.map((row) => row.data);
}

/** The account (the profile merged into, else the profile) of the shop's customer with this phone. */
export async function accountOfPhone(
  db: Database,
  vendorId: string,
  phone: string,
): Promise<{ accountId: string; memberIds: string[] } | null> {
  const people = await entitiesByLookup<CustomerPersonal>(
    db,
    vendorId,
    'customerPersonal',
    'phone',
    [phone],
  );
  for (const person of people) {
    const customer = await entity<Customer>(db, vendorId, 'customer', person.id);
    if (!customer || customer.erasedAt !== null) continue;
    const accountId = customer.mergedInto ?? customer.id;
    const aliases = await entitiesByLookup<Customer>(db, vendorId, 'customer', 'mergedInto', [
      accountId,
    ]);
    return { accountId, memberIds: accountMemberIds(accountId, aliases) };
  }
  return null;
}

export interface MembershipHistoryLine {
  at: number;
  kind: 'storedValue' | 'points';
  entryKind: string;
  principalFen: number;
  bonusFen: number;
  points: number;
}

export interface Membership {
  member: boolean;
  balance: { principalFen: number; bonusFen: number; totalFen: number };
  points: number;
  tier: { name: CustomerTier['name']; benefit: CustomerTier['benefit'] } | null;
  next: { name: CustomerTier['name']; missing: number; basis: CustomerTier['basis'] } | null;
  history: MembershipHistoryLine[];
  plans: Array<{ id: string; payFen: number; bonusFen: number }>;
}

export const activePlans = async (db: Database, vendorId: string) =>
  (await liveEntities<TopUpPlan>(db, vendorId, 'topUpPlan'))
    .filter((plan) => plan.active)
    .sort((a, b) => a.payFen - b.payFen || (a.id < b.id ? -1 : 1));

/** The membership of the phone's account at the shop at `now`; empty for a non-customer. */
export async function membershipOf(
  db: Database,
  vendorId: string,
  profile: VendorProfile,
  phone: string,
  now: number,
): Promise<Membership> {
  const account = await accountOfPhone(db, vendorId, phone);
  if (!account) {
    return {
      member: false,
      balance: { principalFen: 0, bonusFen: 0, totalFen: 0 },
      points: 0,
      tier: null,
      next: null,
      history: [],
      plans: [],
    };
  }
  const ledger = <T>(table: string) =>
    entitiesByLookup<T>(db, vendorId, table, 'customerId', account.memberIds, 'ledger_entries');
  const [stored, points, sales, tiers, plans] = await Promise.all([
    ledger<StoredValueEntry>('storedValueEntry'),
    ledger<PointsEntry>('pointsEntry'),
    ledger<SaleEntry>('saleEntry'),
    liveEntities<CustomerTier>(db, vendorId, 'customerTier'),
    activePlans(db, vendorId),
  ]);
  const today = businessDate(now, profile.timeZone, parseClock(profile.businessDayCutoff) ?? 0);
  const figures = tierFigures(points, sales, today);
  const held = tierOf(tiers, figures);
  const next = nextTier(tiers, figures);
  const history: MembershipHistoryLine[] = [
    ...stored.map((entry) => ({
      at: entry.at,
      kind: 'storedValue' as const,
      entryKind: entry.kind,
      principalFen: entry.principalFen,
      bonusFen: entry.bonusFen,
      points: 0,
    })),
    ...points.map((entry) => ({
      at: entry.at,
      kind: 'points' as const,
      entryKind: entry.kind,
      principalFen: 0,
      bonusFen: 0,
      points: entry.points,
    })),
  ]
    .sort((a, b) => b.at - a.at)
    .slice(0, HISTORY_LIMIT);
  return {
    member: true,
    balance: storedValueBalance(stored),
    points: pointsBalance(points),
    tier: held ? { name: held.name, benefit: held.benefit } : null,
    next: next ? { name: next.tier.name, missing: next.missing, basis: next.tier.basis } : null,
    history,
    plans: plans.map((plan) => ({ id: plan.id, payFen: plan.payFen, bonusFen: plan.bonusFen })),
  };
}

/** What a top-up payment's order id carries: the account and the plan's amounts when chosen. */
const topUpOrderSchema = z.object({
  accountId: z.string().regex(/^[\w-]{1,64}$/),
  planId: z.string().regex(/^[\w-]{1,64}$/),
  payFen: z.coerce.number().int().min(1),
  bonusFen: z.coerce.number().int().min(0),
});

export function topUpOrderId(order: z.infer<typeof topUpOrderSchema>): string {
  return `${TOP_UP_PREFIX}${newId()}:${order.accountId}:${order.planId}:${order.payFen}:${order.bonusFen}`;
}

export function readTopUpOrderId(orderId: string): z.infer<typeof topUpOrderSchema> | null {
  if (!orderId.startsWith(TOP_UP_PREFIX)) return null;
  const [, accountId, planId, payFen, bonusFen] = orderId.slice(TOP_UP_PREFIX.length).split(':');
  const parsed = topUpOrderSchema.safeParse({ accountId, planId, payFen, bonusFen });
  return parsed.success ? parsed.data : null;
}

export type TopUpStart =
  | { ok: true; paymentId: string; payUrl: string; amountFen: number }
  | { ok: false; reason: 'not_member' | 'no_plan' };

/** Opens the payment for one of the shop's active plans, for the phone's account. */
export async function startTopUp(
  db: Database,
  payments: PaymentOrders,
  shop: { vendorId: string; profile: VendorProfile },
  phone: string,
  planId: string,
  now: number,
): Promise<TopUpStart> {
  const account = await accountOfPhone(db, shop.vendorId, phone);
  if (!account) return { ok: false, reason: 'not_member' };
  const plan = (await activePlans(db, shop.vendorId)).find((each) => each.id === planId);
  if (!plan) return { ok: false, reason: 'no_plan' };
  const opened = await payments.create(
    {
      orderId: topUpOrderId({
        accountId: account.accountId,
        planId: plan.id,
        payFen: plan.payFen,
        bonusFen: plan.bonusFen,
      }),
      amountFen: plan.payFen,
      vendorId: shop.vendorId,
      description: `${shop.profile.name} top-up`,
      expiresAt: now + TOP_UP_HOLD_MS,
    },
    now,
  );
  return {
    ok: true,
    paymentId: opened.payment.id,
    payUrl: opened.payUrl,
    amountFen: plan.payFen,
  };
}

/** The stored-value entry a confirmed top-up payment becomes (its id derived from the payment). */
export function topUpEntryFor(
  change: PaymentChange,
  profile: VendorProfile,
): StoredValueEntry | null {
  const order = readTopUpOrderId(change.payment.orderId);
  if (!order || change.to !== 'paid' || change.payment.amountFen !== order.payFen) return null;
  const at = change.payment.updatedAt;
  return {
    id: derivedId(change.payment.id, 'topUp.entry'),
    customerId: order.accountId,
    at,
    businessDate: businessDate(at, profile.timeZone, parseClock(profile.businessDayCutoff) ?? 0),
    receiptNo: null,
    staffId: null,
    saleId: null,
    reverses: null,
    reason: null,
    kind: 'topUp',
    principalFen: order.payFen,
    bonusFen: order.bonusFen,
    planId: order.planId,
    paidWith: 'other',
    offline: false,
  };
}

/** Hears the payments: a paid top-up becomes the platform's stored-value entry, once. */
export function topUpsFollowPayments(db: Database, rules: SyncRules, payments: PaymentOrders) {
  payments.onChange(async (change) => {
    if (!change.payment.orderId.startsWith(TOP_UP_PREFIX)) return;
    const { vendorId } = change.payment;
    const [row] = await db.query<{ data: VendorProfile }>(
      `select data from entities where vendor_id = $1 and tbl = 'vendorProfile' and id = $1::text
         and not deleted`,
      [vendorId],
    );
    const entry = row ? topUpEntryFor(change, row.data) : null;
    if (!entry) return;
    await originate(
      db,
      rules,
      vendorId,
      { name: topUpStoredValue.name, args: { entry }, id: derivedId(change.payment.id, 'topUp') },
      entry.at,
    );
  });
}
