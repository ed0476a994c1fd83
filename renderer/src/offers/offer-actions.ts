/**
 * The offers' changes, through the mutation layer (which asks a manager's approval itself when
 * the member at the desk lacks `offers.manage`). An edit of an offer that has been on sale is
 * refused here already when it would change what buyers paid for — the platform refuses it
 * again, for the desk that did not know the offer had gone on sale.
 */
import { changedTerms, copyAsNewOffer, type LockedTerm } from '@domain/offers/offer-terms';
import { createOffer, editOffer, setOfferStatus } from '@domain/offers/mutations';
import type { Offer, OfferStatus } from '@domain/offers/schema';
import { mutate } from '../db/mutate';
import type { VendorDb } from '../db/vendor-db';

export type SaveOfferResult = { ok: true } | { ok: false; lockedTerms: LockedTerm[] };

/** Saves a new draft, or the editable fields of an existing offer. */
export async function saveOffer(db: VendorDb, offer: Offer): Promise<SaveOfferResult> {
  const stored = await db.offer.get(offer.id);
  if (!stored) {
    await mutate(db, createOffer, { offer });
    return { ok: true };
  }
  if (stored.firstOnSaleAt !== null) {
    const lockedTerms = changedTerms(stored, offer);
    if (lockedTerms.length > 0) return { ok: false, lockedTerms };
  }
  const { status: _status, firstOnSaleAt: _first, createdAt: _created, ...fields } = offer;
  await mutate(db, editOffer, { offer: fields });
  return { ok: true };
}

/** One status step; going on sale the first time locks the offer's terms. */
export async function changeOfferStatus(
  db: VendorDb,
  offer: Pick<Offer, 'id' | 'status' | 'firstOnSaleAt'>,
  to: OfferStatus,
  now = Date.now(),
): Promise<void> {
  await mutate(db, setOfferStatus, {
    id: offer.id,
    from: offer.status,
    to,
    at: now,
    firstOnSaleAt: to === 'onSale' && offer.firstOnSaleAt === null ? now : null,
  });
}

/** A new draft with the same terms; returns it. */
export async function copyOffer(db: VendorDb, offer: Offer, now = Date.now()): Promise<Offer> {
  const copy = copyAsNewOffer(offer, now);
  await mutate(db, createOffer, { offer: copy });
  return copy;
}
