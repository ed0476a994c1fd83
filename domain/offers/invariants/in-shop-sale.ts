/**
 * The platform's rules on a visit card sold at the counter (`visitCard.sell`), judged against the
 * offer as the platform holds it — the desk may have sold it offline while another desk ended it:
 *
 * - `visitCard.notSellable`: the offer is not in this shop, is not a visit card, is a draft (its
 *   terms are not fixed yet) or has ended. A paused card may be sold: shops often sell their
 *   cards only at the counter.
 * - `visitCard.priceMismatch`: the sale's price is not the offer's price, so the customer did not
 *   pay what the card costs.
 *
 * The details name the offer and the reason or both prices, so Needs attention can say what
 * happened and what to do (collect the difference, or sell the card again).
 */
import type { EntityRow } from '../../mutations/row-ops';
import { defineInvariant, type InvariantRead } from '../../sync/invariants';
import { whyNotSellable, type InShopSale, type Offer } from '../schema';

export const VISIT_CARD_NOT_SELLABLE = 'visitCard.notSellable';
export const VISIT_CARD_PRICE_MISMATCH = 'visitCard.priceMismatch';

type Args = { sale: InShopSale };
type Reads = { offer: InvariantRead };

const offerRead = ({ sale }: Args): Reads => ({
  offer: { kind: 'entity', table: 'offer', id: sale.offerId } as const,
});

export const visitCardSellable = defineInvariant<Args, Reads>({
  rule: VISIT_CARD_NOT_SELLABLE,
  mutation: 'visitCard.sell',
  reads: offerRead,
  check: ({ sale }, state) => {
    const offer = state.offer as (EntityRow & Offer) | null;
    const reason = whyNotSellable(offer);
    if (reason === null) return null;
    return {
      message: `offer ${sale.offerId} cannot be sold at the counter: ${reason}`,
      details: { offerId: sale.offerId, reason },
    };
  },
});

export const visitCardPrice = defineInvariant<Args, Reads>({
  rule: VISIT_CARD_PRICE_MISMATCH,
  mutation: 'visitCard.sell',
  reads: offerRead,
  check: ({ sale }, state) => {
    const offer = state.offer as (EntityRow & Offer) | null;
    if (!offer || whyNotSellable(offer) !== null || offer.priceFen === sale.priceFen) return null;
    return {
      message: `sale ${sale.id} was ${sale.priceFen} fen; the card costs ${offer.priceFen}`,
      details: {
        offerId: offer.id,
        title: offer.title,
        priceFen: sale.priceFen,
        offerPriceFen: offer.priceFen,
      },
    };
  },
});
