/**
 * "A status step is judged against the status the platform holds" (offer.statusStep): two desks
 * may pause and end one offer at once; an ended offer stays ended (offer-terms.ts canChangeStatus).
 */
import type { EntityRow } from '../../mutations/row-ops';
import { defineInvariant, type InvariantRead } from '../../sync/invariants';
import { canChangeStatus } from '../offer-terms';
import type { OfferStatus } from '../schema';

export const OFFER_STATUS_STEP = 'offer.statusStep';

type StepArgs = { id: string; from: OfferStatus; to: OfferStatus };

export const statusStep = defineInvariant<StepArgs, { stored: InvariantRead }>({
  rule: OFFER_STATUS_STEP,
  mutation: 'offer.setStatus',
  reads: ({ id }) => ({ stored: { kind: 'entity', table: 'offer', id } as const }),
  check: ({ id, from, to }, state) => {
    const stored = state.stored as EntityRow | null;
    if (!stored) return { message: `offer ${id} does not exist`, details: { offerId: id, to } };
    const current = stored.status as OfferStatus;
    if (canChangeStatus(current, to)) return null;
    return {
      message: `offer ${id} is ${current}: cannot go to ${to}`,
      details: {
        offerId: id,
        title: String((stored.title as { zh: string }).zh),
        from,
        current,
        to,
      },
    };
  },
});
