/**
 * "A balance never goes below zero" for stored value (storedValue.belowZero) and points
 * (points.belowZero). Each desk spends offline against the balance it knows; the platform, which
 * sees every desk's entries, sums the account (the customer and its aliases, as the platform
 * knows them) when a change arrives and turns down the change that would take a part of the
 * balance below zero. Only entries that take something are judged: a top-up, an earning or an
 * opening balance always goes through, and counts towards what a later entry of the same change
 * may take.
 *
 * The rejection tells the shop which customer, how much was missing, and the account's latest
 * spends (when, which receipt — its desk code names the desk), so Needs attention can say where
 * the money went; the fixes below settle it as the shop decides.
 */
import { derivedId } from '../../ids';
import type { EntityRow, RowOp } from '../../mutations/row-ops';
import type { RuleAction } from '../../parts/define';
import { defineInvariant, type InvariantRead } from '../../sync/invariants';
import { chargeCustomer } from '../mutations';
import type { PointsEntry, SaleEntry, StoredValueEntry } from '../schema';

export const STORED_VALUE_BELOW_ZERO = 'storedValue.belowZero';
export const POINTS_BELOW_ZERO = 'points.belowZero';

/** How many of the account's latest spends a rejection names. */
const LATEST = 5;

interface BalanceSpec {
  rule: string;
  table: 'storedValueEntry' | 'pointsEntry';
  /** The entry fields that make up the balance (principal and bonus; points). */
  buckets: readonly string[];
  /** The entry kind that spends (what the latest entries named are). */
  spendKind: string;
  mutations: readonly string[];
}

/** What the shop is told, per account that would go below zero. */
export interface BelowZeroDetails {
  /** The customer the rejected change spent from (as the desk knew it). */
  customerId: string;
  /** The account it belongs to on the platform. */
  accountId: string;
  /** Each bucket's balance on the platform before this change. */
  available: Record<string, number>;
  /** What this change takes from the account, per bucket (positive). */
  requested: Record<string, number>;
  /** How much of the total is missing (0 when only the split between buckets was wrong). */
  shortfall: number;
  /** The account's latest spends on the platform, newest first. */
  otherSpends: Array<{
    at: number;
    receiptNo: string | null;
    amount: number;
    staffId: string | null;
  }>;
  /** Flat facts for the shop's message: the totals, and the newest other spend (or null). */
  requestedTotal: number;
  availableTotal: number;
  otherAt: number | null;
  otherReceipt: string | null;
  otherAmount: number | null;
}

type Row = Record<string, unknown> & { customerId: string };

const appended = (ops: readonly RowOp[], table: string): Row[] =>
  ops.flatMap((op) => (op.op === 'append' && op.table === table ? [op.row as unknown as Row] : []));

const num = (value: unknown) => (typeof value === 'number' ? value : 0);
const takes = (entry: Row, buckets: readonly string[]) =>
  buckets.some((bucket) => num(entry[bucket]) < 0);

function accountOf(state: Record<string, unknown>, customerId: string): string {
  const customer = state[`customer:${customerId}`] as EntityRow | null | undefined;
  const mergedInto = customer?.mergedInto;
  return typeof mergedInto === 'string' ? mergedInto : customerId;
}

function membersOf(
  state: Record<string, unknown>,
  accountId: string,
  spenders: readonly string[],
): string[] {
  const aliases = (state[`aliases:${accountId}`] as EntityRow[] | undefined) ?? [];
  return [...new Set([accountId, ...aliases.map((row) => row.id), ...spenders])];
}

function defineBelowZero(spec: BalanceSpec) {
  const { table, buckets } = spec;
  const spenders = (ops: readonly RowOp[]) => [
    ...new Set(
      appended(ops, table)
        .filter((entry) => takes(entry, buckets))
        .map((entry) => entry.customerId),
    ),
  ];
  const accounts = (state: Record<string, unknown>, ops: readonly RowOp[]) => {
    const byAccount = new Map<string, string[]>();
    for (const customerId of spenders(ops)) {
      const account = accountOf(state, customerId);
      byAccount.set(account, [...(byAccount.get(account) ?? []), customerId]);
    }
    return byAccount;
  };
  return defineInvariant<unknown, Record<string, InvariantRead>>({
    rule: spec.rule,
    mutation: spec.mutations,
    reads: (_args, ops) =>
      Object.fromEntries(
        spenders(ops).map((id) => [
          `customer:${id}`,
          { kind: 'entity', table: 'customer', id } as const,
        ]),
      ),
    thenReads: [
      (_args, state, ops) =>
        Object.fromEntries(
          [...accounts(state, ops).keys()].map((account) => [
            `aliases:${account}`,
            {
              kind: 'entitiesMatchingAny',
              table: 'customer',
              field: 'mergedInto',
              values: [account],
            } as const,
          ]),
        ),
      (_args, state, ops) => {
        const reads: Record<string, InvariantRead> = {};
        for (const [account, customers] of accounts(state, ops)) {
          const ids = membersOf(state, account, customers);
          for (const bucket of buckets) {
            reads[`sum:${account}:${bucket}`] = {
              kind: 'ledgerSum',
              table,
              field: 'customerId',
              in: ids,
              sum: bucket,
            };
          }
          reads[`latest:${account}`] = {
            kind: 'ledgerLatest',
            table,
            field: 'customerId',
            in: ids,
            and: { kind: spec.spendKind },
            limit: LATEST,
          };
        }
        return reads;
      },
    ],
    check: (_args, state, ops) => {
      const balances = new Map<string, Record<string, number>>();
      for (const account of accounts(state, ops).keys()) {
        balances.set(
          account,
          Object.fromEntries(buckets.map((b) => [b, num(state[`sum:${account}:${b}`])])),
        );
      }
      const running = new Map([...balances].map(([account, balance]) => [account, { ...balance }]));
      for (const entry of appended(ops, table)) {
        const account = accountOf(state, entry.customerId);
        const balance = running.get(account);
        if (!balance) continue; // an account nothing in this change takes from
        for (const bucket of buckets) balance[bucket]! += num(entry[bucket]);
        if (!takes(entry, buckets) || buckets.every((bucket) => balance[bucket]! >= 0)) continue;
        const requested = Object.fromEntries(
          buckets.map((bucket) => [
            bucket,
            appended(ops, table)
              .filter((other) => accountOf(state, other.customerId) === account)
              .reduce((sum, other) => sum - Math.min(0, num(other[bucket])), 0),
          ]),
        );
        const available = balances.get(account)!;
        const total = (record: Record<string, number>) =>
          buckets.reduce((sum, b) => sum + record[b]!, 0);
        const latest = (state[`latest:${account}`] as EntityRow[] | undefined) ?? [];
        const otherSpends = latest.map((row) => ({
          at: num(row.at),
          receiptNo: typeof row.receiptNo === 'string' ? row.receiptNo : null,
          amount: -buckets.reduce((sum, b) => sum + num(row[b]), 0),
          staffId: typeof row.staffId === 'string' ? row.staffId : null,
        }));
        const newest = otherSpends[0];
        const details: BelowZeroDetails = {
          customerId: entry.customerId,
          accountId: account,
          available,
          requested,
          shortfall: Math.max(0, -total(balance)),
          otherSpends,
          requestedTotal: total(requested),
          availableTotal: total(available),
          otherAt: newest?.at ?? null,
          otherReceipt: newest?.receiptNo ?? null,
          otherAmount: newest?.amount ?? null,
        };
        return {
          message: `account ${account} would go below zero: ${buckets.map((b) => `${b} ${balance[b]}`).join(', ')}`,
          details: { ...details },
        };
      }
      return null;
    },
  });
}

export const storedValueNeverBelowZero = defineBelowZero({
  rule: STORED_VALUE_BELOW_ZERO,
  table: 'storedValueEntry',
  buckets: ['principalFen', 'bonusFen'],
  spendKind: 'spend',
  mutations: [
    'customer.charge',
    'storedValue.refund',
    'storedValue.reverse',
    // A booking's deposit paid from stored value (bookings part).
    'booking.create',
    'booking.recordDeposit',
    'booking.transition',
  ],
});

export const pointsNeverBelowZero = defineBelowZero({
  rule: POINTS_BELOW_ZERO,
  table: 'pointsEntry',
  buckets: ['points'],
  spendKind: 'redeem',
  mutations: ['customer.charge', 'points.adjust'],
});

type ChargeArgs = {
  chargeId: string;
  sales: SaleEntry[];
  storedValue: StoredValueEntry | null;
  points: PointsEntry[];
};

const asDetails = (details: Readonly<Record<string, unknown>>) =>
  details as unknown as BelowZeroDetails;

/**
 * The charge again with the stored-value spend cut to what the account holds, taken principal
 * first (or bonus first, as the rejected spend was), and the rest of the sale paid by `method`.
 */
function chargeWithin(
  args: ChargeArgs,
  details: BelowZeroDetails,
  method: 'cash' | 'writeOff',
  reason: string | null,
): ChargeArgs | null {
  const spend = args.storedValue;
  const sale = args.sales.find((s) => s.method === 'storedValue');
  if (!spend || !sale) return null;
  const amount = -(spend.principalFen + spend.bonusFen);
  const principal = Math.max(0, details.available.principalFen ?? 0);
  const bonus = Math.max(0, details.available.bonusFen ?? 0);
  const payable = Math.min(amount, principal + bonus);
  const bonusFirst = spend.bonusFen < 0 && spend.principalFen === 0;
  const fromFirst = Math.min(payable, bonusFirst ? bonus : principal);
  const split = bonusFirst
    ? { principalFen: -(payable - fromFirst), bonusFen: -fromFirst }
    : { principalFen: -fromFirst, bonusFen: -(payable - fromFirst) };
  const rest = amount - payable;
  const sales: SaleEntry[] = args.sales.flatMap((s) =>
    s !== sale ? [s] : payable > 0 ? [{ ...s, amountFen: payable }] : [],
  );
  if (rest > 0) {
    sales.push({
      ...sale,
      id: derivedId(sale.id, `charge.${method}`),
      amountFen: rest,
      method,
      reason,
    });
  }
  return { ...args, sales, storedValue: payable > 0 ? { ...spend, ...split } : null };
}

/** Take what the account holds and collect the difference in cash (or the split again, when nothing is missing). */
export const collectDifference: RuleAction = {
  id: 'collectDifference',
  fix: ({ name, args }, details) => {
    if (name !== chargeCustomer.name) return null;
    const fixed = chargeWithin(args as ChargeArgs, asDetails(details), 'cash', null);
    return fixed && { name, args: fixed };
  },
};

/** Take what the account holds and record the difference as the shop's loss, with a reason. */
export const writeOffDifference: RuleAction = {
  id: 'writeOffDifference',
  input: 'reason',
  fix: ({ name, args }, details, input) => {
    const reason = input?.reason?.trim();
    if (name !== chargeCustomer.name || !reason || asDetails(details).shortfall <= 0) return null;
    const fixed = chargeWithin(
      args as ChargeArgs,
      asDetails(details),
      'writeOff',
      reason.slice(0, 200),
    );
    return fixed && { name, args: fixed };
  },
};

/** A charge whose points did not cover it: the points part paid in cash instead. */
export const payPointsInCash: RuleAction = {
  id: 'payPointsInCash',
  fix: ({ name, args }) => {
    if (name !== chargeCustomer.name) return null;
    const charge = args as ChargeArgs;
    if (!charge.sales.some((s) => s.method === 'points')) return null;
    return {
      name,
      args: {
        ...charge,
        sales: charge.sales.map((s) =>
          s.method === 'points' ? { ...s, method: 'cash', pointsUsed: null } : s,
        ),
        points: charge.points.filter((entry) => entry.kind !== 'redeem'),
      },
    };
  },
};
