/**
 * A charge (收款) from what the desk knows: the amount, how it is paid, the customer's balances
 * and the shop's rules. Pure, so every way a charge can be built — stored value split by the
 * spending order, split payment when the balance falls short, points, another method, and the
 * points earned — is tested without a screen. The result is exactly customer.charge's arguments.
 */
import { newId } from '@domain/ids';
import { pointsEarnedFor, pointsToPay, splitSpend } from '@domain/customers/ledger';
import type {
  CustomerSettings,
  PaymentMethod,
  PointsEntry,
  SaleEntry,
  StoredValueEntry,
} from '@domain/customers/schema';
import type { EntryContext } from '../entries';

/** The ways the desk takes a charge; the rest of a split payment is one of the last four. */
export const chargeMethods = ['storedValue', 'points', 'cash', 'alipay', 'wechat', 'card'] as const;
export type ChargeMethod = (typeof chargeMethods)[number];
export const restMethods = ['cash', 'alipay', 'wechat', 'card'] as const;
export type RestMethod = (typeof restMethods)[number];

export interface ChargeInput {
  customerId: string;
  amountFen: number;
  method: ChargeMethod;
  /** When stored value does not cover the amount: how the rest is paid (split payment). */
  restMethod: RestMethod | null;
  balance: { principalFen: number; bonusFen: number };
  points: number;
  settings: Pick<CustomerSettings, 'spendingOrder' | 'pointsPerYuan' | 'pointsPerYuanRedeemed'>;
  /** The desk was offline when it charged (the daily offline cap counts these entries). */
  offline: boolean;
  context: EntryContext;
}

export interface ChargeArgs {
  chargeId: string;
  sales: SaleEntry[];
  storedValue: StoredValueEntry | null;
  points: PointsEntry[];
}

export type ChargeResult =
  | { ok: true; args: ChargeArgs; storedValueFen: number; earned: number; pointsUsed: number }
  /** Stored value does not cover it: the most it can pay, for a split payment. */
  | { ok: false; error: 'storedValueShort'; availableFen: number }
  | { ok: false; error: 'pointsShort'; needed: number; available: number }
  | { ok: false; error: 'pointsCannotPay' };

const available = (balance: ChargeInput['balance']) =>
  Math.max(0, balance.principalFen) + Math.max(0, balance.bonusFen);

export function buildCharge(input: ChargeInput): ChargeResult {
  const { amountFen, context, customerId } = input;
  const chargeId = newId();
  const entry = { customerId, ...context, saleId: chargeId, reverses: null, reason: null };
  const sale = (method: PaymentMethod, fen: number, pointsUsed: number | null): SaleEntry => ({
    ...entry,
    id: newId(),
    amountFen: fen,
    method,
    pointsUsed,
  });
  const sales: SaleEntry[] = [];
  const points: PointsEntry[] = [];
  let storedValue: StoredValueEntry | null = null;
  let storedValueFen = 0;
  let pointsUsed = 0;

  if (input.method === 'storedValue') {
    const holds = available(input.balance);
    storedValueFen = Math.min(holds, amountFen);
    const rest = amountFen - storedValueFen;
    if (rest > 0 && input.restMethod === null) {
      return { ok: false, error: 'storedValueShort', availableFen: holds };
    }
    if (storedValueFen > 0) {
      const split = splitSpend(input.balance, storedValueFen, input.settings.spendingOrder)!;
      storedValue = {
        ...entry,
        id: newId(),
        kind: 'spend',
        ...split,
        planId: null,
        paidWith: null,
        offline: input.offline,
      };
      sales.push(sale('storedValue', storedValueFen, null));
    }
    if (rest > 0) sales.push(sale(input.restMethod!, rest, null));
  } else if (input.method === 'points') {
    const needed = pointsToPay(amountFen, input.settings);
    if (needed === null) return { ok: false, error: 'pointsCannotPay' };
    if (needed > input.points)
      return { ok: false, error: 'pointsShort', needed, available: input.points };
    pointsUsed = needed;
    sales.push(sale('points', amountFen, needed));
    points.push({ ...entry, id: newId(), kind: 'redeem', points: -needed, expires: null });
  } else {
    sales.push(sale(input.method, amountFen, null));
  }

  // Money paid earns points; what points paid does not.
  const earned = pointsEarnedFor(input.method === 'points' ? 0 : amountFen, input.settings);
  if (earned > 0)
    points.push({ ...entry, id: newId(), kind: 'earn', points: earned, expires: null });
  return {
    ok: true,
    args: { chargeId, sales, storedValue, points },
    storedValueFen,
    earned,
    pointsUsed,
  };
}

export interface OfflineCapCheck {
  /** Ask before charging: the desk is offline and today's offline spend would pass the cap. */
  ask: boolean;
  spentTodayFen: number;
  capFen: number;
  /** By how much the cap would be passed (0 when it is not). */
  overFen: number;
}

/**
 * Whether an offline stored-value spend needs the shop's confirmation: this customer's offline
 * spend on this business day plus this one above the shop's daily cap. Online, the platform
 * checks the balance itself, so nothing is asked.
 */
export function offlineCapCheck(input: {
  offline: boolean;
  spentTodayFen: number;
  spendFen: number;
  capFen: number;
}): OfflineCapCheck {
  const overFen = Math.max(0, input.spentTodayFen + input.spendFen - input.capFen);
  return {
    ask: input.offline && input.spendFen > 0 && overFen > 0,
    spentTodayFen: input.spentTodayFen,
    capFen: input.capFen,
    overFen,
  };
}
