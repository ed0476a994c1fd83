/**
 * What a redemption slip (核销单) says, from the ledger entry and what the desk knows of its
 * voucher: the code masked but for its last four digits (a slip left on the counter must not let
 * anyone use the rest of a card), the uses this entry took and the uses left right after it.
 * Pure; the words come from the i18n resources.
 */
import { deskCode } from '@domain/customers/receipt';
import type { Redemption, Voucher } from '@domain/offers/schema';

/** "**** **** 9018": the 12-digit code in its groups of four, all but the last group hidden. */
export function maskVoucherCode(code: string): string {
  const digits = code.replace(/\D/g, '');
  const shown = digits.slice(-4);
  const hidden = Math.max(0, digits.length - 4);
  const masked = '*'.repeat(hidden) + shown;
  return masked.replace(/(.{4})(?=.)/g, '$1 ');
}

export interface SlipFacts {
  maskedCode: string;
  /** Uses this entry took (negative: an undo gave them back). */
  uses: number;
  /** Uses left right after this entry, and the voucher's uses; null when the voucher is unknown. */
  usesLeft: { left: number; uses: number } | null;
  at: number;
  desk: string;
  unverified: boolean;
  /** This redemption was undone later. */
  reversed: boolean;
  /** This entry is itself an undo. */
  isReversal: boolean;
}

export function slipFacts(
  redemption: Redemption,
  voucher: Pick<Voucher, 'uses'> | null,
  /** Every entry the desk knows of the voucher, this one included. */
  entries: readonly Redemption[],
): SlipFacts {
  const upToThis = entries.filter(
    (entry) =>
      entry.id === redemption.id ||
      entry.at < redemption.at ||
      (entry.at === redemption.at && entry.id < redemption.id),
  );
  const counted = upToThis.some((entry) => entry.id === redemption.id)
    ? upToThis
    : [...upToThis, redemption];
  const taken = counted.reduce((sum, entry) => sum + entry.uses, 0);
  return {
    maskedCode: maskVoucherCode(redemption.code),
    uses: redemption.uses,
    usesLeft: voucher
      ? { left: Math.min(voucher.uses, Math.max(0, voucher.uses - taken)), uses: voucher.uses }
      : null,
    at: redemption.at,
    desk: deskCode(redemption.deviceId),
    unverified: redemption.unverified,
    reversed: entries.some((entry) => entry.reverses === redemption.id),
    isReversal: redemption.reverses !== null,
  };
}
