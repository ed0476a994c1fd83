/**
 * What a buyer paid for. Once an offer has been on sale its terms are fixed: a change to any of
 * them would alter vouchers already sold, so the console refuses it with the reason and the
 * platform refuses it again (invariants/terms-locked.ts). The shop may still correct the words
 * and photos, change the stock, the per-customer limit and the end of the sale, pause, and end
 * it; to sell different terms it ends this offer and makes a new one (copyAsNewOffer).
 */
import { newId } from '../ids';
import type { Offer, OfferStatus } from './schema';

export const lockedTerms = [
  'kind',
  'lines',
  'priceFen',
  'originalPriceFen',
  'groupSize',
  'groupHours',
  'usesPerVoucher',
  'validity',
  'usage',
  'refund',
] as const satisfies readonly (keyof Offer)[];
export type LockedTerm = (typeof lockedTerms)[number];

/** Stable JSON: the same value with its keys in any order is the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Whether the offer's terms are fixed: it has been on sale at least once. */
export function termsAreLocked(offer: Pick<Offer, 'firstOnSaleAt'>): boolean {
  return offer.firstOnSaleAt !== null;
}

/** The terms `after` changes from `before`, in the order of lockedTerms. */
export function changedTerms(
  before: Pick<Offer, LockedTerm>,
  after: Pick<Offer, LockedTerm>,
): LockedTerm[] {
  return lockedTerms.filter((term) => canonical(before[term]) !== canonical(after[term]));
}

/**
 * The steps between statuses a shop may take. An ended offer stays ended (its vouchers live on);
 * a draft is never paused.
 */
const allowedSteps: Record<OfferStatus, readonly OfferStatus[]> = {
  draft: ['onSale', 'ended'],
  onSale: ['paused', 'ended'],
  paused: ['onSale', 'ended'],
  ended: [],
};

export function canChangeStatus(from: OfferStatus, to: OfferStatus): boolean {
  return allowedSteps[from].includes(to);
}

/** What the customer and the shop's list see, from the status, the sale window and the stock. */
export type OfferDisplayStatus = OfferStatus | 'soldOut' | 'scheduled' | 'saleOver';

export function offerDisplayStatus(
  offer: Pick<Offer, 'status' | 'saleFrom' | 'saleUntil' | 'stock'>,
  sold: number,
  now: number,
): OfferDisplayStatus {
  if (offer.status !== 'onSale') return offer.status;
  if (offer.saleUntil !== null && now >= offer.saleUntil) return 'saleOver';
  if (now < offer.saleFrom) return 'scheduled';
  if (offer.stock !== null && sold >= offer.stock) return 'soldOut';
  return 'onSale';
}

/** The same terms as a new draft, for selling what a locked offer cannot become. */
export function copyAsNewOffer(offer: Offer, now: number): Offer {
  return {
    ...offer,
    id: newId(),
    status: 'draft',
    firstOnSaleAt: null,
    createdAt: now,
    updatedAt: now,
  };
}
