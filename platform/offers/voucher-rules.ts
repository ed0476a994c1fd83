/**
 * The platform's own rules on the vouchers it writes (`voucher.put`, platform/sync/originate.ts),
 * judged inside the shop's serialised push like a desk's redemption, so what they read cannot
 * change before the write:
 *
 * - `voucher.stateBackward`: a voucher only moves forward — awaiting its group, valid, expired,
 *   refunded — so a put computed from an older view (a group still forming, read just before it
 *   filled) never undoes a newer one.
 * - `voucher.refundUsed`: a voucher is refunded only while no use of it stands in the redemption
 *   ledger. A redemption and a refund arriving together are judged one after the other, so they
 *   never both stand: the refund first makes the redemption `voucher.notRedeemable`, the
 *   redemption first makes the refund this.
 */
import type { Voucher, VoucherState } from '../../domain/offers/schema';
import { defineInvariant, type InvariantRead } from '../../domain/sync/invariants';
import { putVoucher } from './platform-mutations';

export const VOUCHER_STATE_BACKWARD = 'voucher.stateBackward';
export const VOUCHER_REFUND_USED = 'voucher.refundUsed';

const stateRank: Record<VoucherState, number> = {
  awaitingGroup: 0,
  valid: 1,
  expired: 2,
  refunded: 3,
};

type Args = { vouchers: Voucher[] };

export const voucherStateForward = defineInvariant<Args, Record<string, InvariantRead>>({
  rule: VOUCHER_STATE_BACKWARD,
  mutation: putVoucher.name,
  reads: ({ vouchers }) =>
    Object.fromEntries(
      vouchers.map((voucher, i) => [
        `v${i}`,
        { kind: 'entity', table: 'voucher', id: voucher.id } as const,
      ]),
    ),
  check: ({ vouchers }, state) => {
    for (const [i, voucher] of vouchers.entries()) {
      const before = state[`v${i}`] as Voucher | null;
      if (before && stateRank[voucher.state] < stateRank[before.state]) {
        return {
          message: `voucher ${voucher.code} is ${before.state}; it cannot become ${voucher.state}`,
          details: {
            voucherId: voucher.id,
            code: voucher.code,
            from: before.state,
            to: voucher.state,
          },
        };
      }
    }
    return null;
  },
});

export const refundOnlyUnused = defineInvariant<Args, Record<string, InvariantRead>>({
  rule: VOUCHER_REFUND_USED,
  mutation: putVoucher.name,
  reads: ({ vouchers }) =>
    Object.fromEntries(
      vouchers.flatMap((voucher, i) =>
        voucher.state === 'refunded'
          ? [
              [
                `u${i}`,
                {
                  kind: 'ledgerSum',
                  table: 'redemption',
                  sum: 'uses',
                  field: 'voucherId',
                  equals: voucher.id,
                } as const,
              ],
            ]
          : [],
      ),
    ),
  check: ({ vouchers }, state) => {
    for (const [i, voucher] of vouchers.entries()) {
      const taken = Number(state[`u${i}`] ?? 0);
      if (voucher.state === 'refunded' && taken > 0) {
        return {
          message: `voucher ${voucher.code} has ${taken} use(s) taken; it cannot be refunded`,
          details: { voucherId: voucher.id, code: voucher.code, usesTaken: taken },
        };
      }
    }
    return null;
  },
});

/** The rules above, for originate()'s registry. */
export const voucherPutRules = [voucherStateForward, refundOnlyUnused];
