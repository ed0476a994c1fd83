/**
 * Changes to offers and redemptions. An offer is written whole (`offer.put`); its status steps
 * are changes of their own, so two desks pausing and ending one offer at once are judged by the
 * status the platform holds. Vouchers are written by the platform only (it issues them when a
 * payment is confirmed): their changes are the platform's own mutations, which no desk can send. A redemption is an appended entry; undoing one appends
 * a reversal. The platform guards each (invariants/).
 */
import { z } from 'zod';
import { idSchema } from '../ids';
import { defineMutation } from '../mutations/define';
import {
  offerEditSchema,
  offerSchema,
  offerSettingsSchema,
  inShopSaleSchema,
  offerStatusSchema,
  redemptionSchema,
} from './schema';

export const createOffer = defineMutation({
  name: 'offer.create',
  version: 1,
  args: z.object({
    offer: offerSchema.refine(
      (offer) => offer.status === 'draft' && offer.firstOnSaleAt === null,
      'new_offer_is_draft',
    ),
  }),
  ops: ({ offer }) => [{ op: 'put', table: 'offer', row: offer }],
});

export const editOffer = defineMutation({
  name: 'offer.edit',
  version: 1,
  args: z.object({ offer: offerEditSchema }),
  ops: ({ offer: { id, ...fields } }) => [{ op: 'patch', table: 'offer', id, fields }],
});

export const setOfferStatus = defineMutation({
  name: 'offer.setStatus',
  version: 1,
  args: z.object({
    id: idSchema,
    /** The status the maker saw; the platform judges by its own. */
    from: offerStatusSchema,
    to: offerStatusSchema,
    at: z.number().int(),
    /** Set when this step puts the offer on sale for the first time: its terms lock then. */
    firstOnSaleAt: z.number().int().nullable(),
  }),
  ops: ({ id, to, at, firstOnSaleAt }) => [
    {
      op: 'patch',
      table: 'offer',
      id,
      fields: {
        status: to,
        updatedAt: at,
        ...(firstOnSaleAt === null ? {} : { firstOnSaleAt }),
      },
    },
  ],
});

export const putOfferSettings = defineMutation({
  name: 'offerSettings.put',
  version: 1,
  args: z.object({ settings: offerSettingsSchema }),
  ops: ({ settings }) => [{ op: 'put', table: 'offerSettings', row: settings }],
});

export const redeemVoucher = defineMutation({
  name: 'voucher.redeem',
  version: 1,
  args: z.object({
    redemption: redemptionSchema.refine(
      (entry) => entry.reverses === null && entry.uses > 0,
      'not_a_reversal',
    ),
  }),
  ops: ({ redemption }) => [{ op: 'append', table: 'redemption', row: redemption }],
});

export const reverseRedemption = defineMutation({
  name: 'voucher.reverseRedemption',
  version: 1,
  args: z.object({
    redemption: redemptionSchema.refine(
      (entry) =>
        entry.reverses !== null &&
        entry.uses < 0 &&
        entry.reason !== null &&
        entry.reason.length > 0,
      'reversal_needs_reason',
    ),
  }),
  ops: ({ redemption }) => [{ op: 'append', table: 'redemption', row: redemption }],
});

/**
 * A visit card (次卡) sold at the counter: one appended sale entry. The platform judges it
 * (invariants/in-shop-sale.ts) and, applying it, issues the card's voucher itself; the desk
 * learns the voucher by sync.
 */
export const sellVisitCard = defineMutation({
  name: 'visitCard.sell',
  version: 1,
  args: z.object({ sale: inShopSaleSchema }),
  ops: ({ sale }) => [{ op: 'append', table: 'offerSale', row: sale }],
});

export const offerMutations = [
  createOffer,
  editOffer,
  setOfferStatus,
  putOfferSettings,
  redeemVoucher,
  reverseRedemption,
  sellVisitCard,
] as const;
