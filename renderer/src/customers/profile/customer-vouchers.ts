/**
 * A customer's group-buy vouchers and redemptions as their profile shows them: the vouchers they
 * can still use first (soonest to lapse first), then the rest latest-bought first; each with its
 * uses left and a state that says "used up" or "expired" as soon as the desk can tell, before the
 * platform's job writes it. Redemptions latest first, each marked when it was undone.
 */
import type { Redemption, Voucher, VoucherState } from '@domain/offers/schema';

export type VoucherShownState = VoucherState | 'usedUp';

export interface CustomerVoucherRow {
  voucher: Voucher;
  state: VoucherShownState;
  usesLeft: number;
}

export interface CustomerRedemptionRow {
  redemption: Redemption;
  /** A later entry undid this one. */
  undone: boolean;
}

export interface CustomerVouchers {
  vouchers: CustomerVoucherRow[];
  redemptions: CustomerRedemptionRow[];
}

const usable = (state: VoucherShownState) => state === 'valid' || state === 'awaitingGroup';

export function summarizeCustomerVouchers(
  vouchers: readonly Voucher[],
  redemptions: readonly Redemption[],
  now: number,
): CustomerVouchers {
  const taken = new Map<string, number>();
  for (const entry of redemptions) {
    taken.set(entry.voucherId, (taken.get(entry.voucherId) ?? 0) + entry.uses);
  }
  const rows = vouchers.map((voucher): CustomerVoucherRow => {
    const usesLeft = Math.min(
      voucher.uses,
      Math.max(0, voucher.uses - (taken.get(voucher.id) ?? 0)),
    );
    let state: VoucherShownState = voucher.state;
    if (state === 'valid' && usesLeft === 0) state = 'usedUp';
    else if (usable(state) && now >= voucher.validUntil) state = 'expired';
    return { voucher, state, usesLeft };
  });
  rows.sort((a, b) => {
    const open = Number(usable(b.state)) - Number(usable(a.state));
    if (open !== 0) return open;
    return usable(a.state)
      ? a.voucher.validUntil - b.voucher.validUntil
      : b.voucher.purchasedAt - a.voucher.purchasedAt;
  });
  const undone = new Set(redemptions.flatMap((entry) => (entry.reverses ? [entry.reverses] : [])));
  return {
    vouchers: rows,
    redemptions: [...redemptions]
      .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
      .map((redemption) => ({ redemption, undone: undone.has(redemption.id) })),
  };
}
