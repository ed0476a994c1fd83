/**
 * "What buyers paid for does not change" (offer.termsLocked): once an offer has been on sale, an
 * edit that changes its terms (offer-terms.ts lockedTerms) is turned down, whatever the desk that
 * made it saw — it may have edited a draft offline while another desk put it on sale. The
 * details name the terms, so Needs attention can say which and offer a new offer instead.
 */
import type { EntityRow } from '../../mutations/row-ops';
import { defineInvariant, type InvariantRead } from '../../sync/invariants';
import { changedTerms, type LockedTerm } from '../offer-terms';
import type { Offer, OfferEdit } from '../schema';

export const OFFER_TERMS_LOCKED = 'offer.termsLocked';

export interface TermsLockedDetails {
  offerId: string;
  title: string;
  terms: LockedTerm[];
  firstOnSaleAt: number;
}

export const termsLocked = defineInvariant<{ offer: OfferEdit }, { stored: InvariantRead }>({
  rule: OFFER_TERMS_LOCKED,
  mutation: 'offer.edit',
  reads: ({ offer }) => ({ stored: { kind: 'entity', table: 'offer', id: offer.id } as const }),
  check: ({ offer }, state) => {
    const stored = state.stored as (EntityRow & Offer) | null;
    if (!stored || stored.firstOnSaleAt === null) return null;
    const terms = changedTerms(stored, offer);
    if (terms.length === 0) return null;
    const details: TermsLockedDetails = {
      offerId: offer.id,
      title: stored.title.zh,
      terms,
      firstOnSaleAt: stored.firstOnSaleAt,
    };
    return {
      message: `offer ${offer.id} has been on sale: ${terms.join(', ')} cannot change`,
      details: { ...details },
    };
  },
});
