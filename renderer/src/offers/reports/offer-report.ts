/**
 * The per-offer report (报表): how many vouchers of each offer were sold, are valid, awaiting
 * their group, refunded or expired, how many uses were taken (net of reversals) and how many
 * vouchers are used up, and the amounts in fen. Pure: the rows the desk knows go in, the
 * figures come out, integers only (a use is worth its share of the price paid, allocated so the
 * shares of a voucher add up to exactly its price).
 *
 * Two ways to pick the period, both business dates in the shop's zone, both ends included:
 * - by purchase date: the vouchers bought in the period, with everything that happened to them;
 * - by redemption date: the vouchers redeemed (or un-redeemed) in the period, with only the uses
 *   taken in it, as the platform settles redemptions by the day they were made.
 */
import type { ShopClock } from '@domain/menu/shop-clock';
import type { Redemption, Voucher } from '@domain/offers/schema';
import { businessDate } from '@domain/time';

export type ReportBasis = 'purchase' | 'redemption';

export interface ReportPeriod {
  basis: ReportBasis;
  /** First business date included (YYYY-MM-DD); null: from the beginning. */
  from: string | null;
  /** Last business date included; null: up to now. */
  to: string | null;
}

export interface OfferFigures {
  /** Vouchers in the report (bought in the period, or redeemed in it). */
  sold: number;
  soldFen: number;
  awaitingGroup: number;
  valid: number;
  refunded: number;
  /** What refunded vouchers were paid, less what had been redeemed of them. */
  refundedFen: number;
  expired: number;
  /** Uses taken, net of the reversals. */
  usesTaken: number;
  /** Reversals (undone redemptions) counted in usesTaken. */
  reversals: number;
  /** Vouchers with no use left. */
  fullyUsed: number;
  /** The redeemed uses' share of the price paid. */
  redeemedFen: number;
}

export interface OfferReportRow extends OfferFigures {
  offerId: string;
}

export interface OfferReport {
  rows: OfferReportRow[];
  total: OfferFigures;
}

export const emptyFigures = (): OfferFigures => ({
  sold: 0,
  soldFen: 0,
  awaitingGroup: 0,
  valid: 0,
  refunded: 0,
  refundedFen: 0,
  expired: 0,
  usesTaken: 0,
  reversals: 0,
  fullyUsed: 0,
  redeemedFen: 0,
});

/**
 * The part of `priceFen` that the first `taken` of `uses` uses are worth: rounded down, so each
 * use's share is the difference of two of these and all of them together are the price.
 */
export function redeemedShareFen(priceFen: number, uses: number, taken: number): number {
  const clamped = Math.min(Math.max(taken, 0), uses);
  // priceFen × uses stays below 2^53 (MAX_FEN × 100), so the product is exact.
  return Math.floor((priceFen * clamped) / uses);
}

const inPeriod = (date: string, period: ReportPeriod) =>
  (period.from === null || date >= period.from) && (period.to === null || date <= period.to);

function add(into: OfferFigures, from: OfferFigures): void {
  for (const key of Object.keys(into) as (keyof OfferFigures)[]) into[key] += from[key];
}

/** One voucher's figures, or null when it is not in the period. */
function voucherFigures(
  voucher: Voucher,
  entries: readonly Redemption[],
  period: ReportPeriod,
  clock: ShopClock,
): OfferFigures | null {
  let before = 0; // net uses taken before the period
  let during = 0; // net uses taken in it
  let reversals = 0;
  let allTaken = 0;
  let touched = false;
  for (const entry of entries) {
    allTaken += entry.uses;
    const counted = period.basis === 'purchase' || inPeriod(entry.businessDate, period);
    if (counted) {
      during += entry.uses;
      touched = true;
      if (entry.reverses) reversals += 1;
    } else if (period.from !== null && entry.businessDate < period.from) before += entry.uses;
  }
  if (period.basis === 'purchase') {
    const bought = businessDate(voucher.purchasedAt, clock.timeZone, clock.cutoffMinutes);
    if (!inPeriod(bought, period)) return null;
  } else if (!touched) return null;
  const through = before + during;
  const share = (taken: number) => redeemedShareFen(voucher.pricePaidFen, voucher.uses, taken);
  const redeemedFen = share(through) - share(before);
  const figures = emptyFigures();
  figures.sold = 1;
  figures.soldFen = voucher.pricePaidFen;
  figures.usesTaken = during;
  figures.reversals = reversals;
  figures.redeemedFen = redeemedFen;
  figures.fullyUsed = through >= voucher.uses ? 1 : 0;
  figures[voucher.state] = 1;
  if (voucher.state === 'refunded') figures.refundedFen = voucher.pricePaidFen - share(allTaken);
  return figures;
}

/**
 * The report for `offerIds` (every offer gets a row, in that order, even with nothing in it),
 * from the vouchers and the redemption entries the desk knows. Entries of a voucher the desk
 * does not know (an unverified redemption) are left out: there is no price to share.
 */
export function offerReport(
  offerIds: readonly string[],
  vouchers: readonly Voucher[],
  redemptions: readonly Redemption[],
  period: ReportPeriod,
  clock: ShopClock,
): OfferReport {
  const entriesOf = new Map<string, Redemption[]>();
  for (const entry of redemptions) {
    const list = entriesOf.get(entry.voucherId);
    if (list) list.push(entry);
    else entriesOf.set(entry.voucherId, [entry]);
  }
  const byOffer = new Map(offerIds.map((id) => [id, emptyFigures()]));
  for (const voucher of vouchers) {
    const row = byOffer.get(voucher.offerId);
    if (!row) continue;
    const figures = voucherFigures(voucher, entriesOf.get(voucher.id) ?? [], period, clock);
    if (figures) add(row, figures);
  }
  const total = emptyFigures();
  const rows = offerIds.map((offerId) => {
    const figures = byOffer.get(offerId)!;
    add(total, figures);
    return { offerId, ...figures };
  });
  return { rows, total };
}
