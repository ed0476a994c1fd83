/**
 * "A publish is judged against the version live when it arrives" (storefront.stalePublish): a
 * request carries `basedOn`, the live version number the desk had when it published (0: none
 * yet). The live version is the highest number the platform holds; a request based on any other
 * number — another desk published first, or the desk's idea of the live version is wrong — is
 * refused, so two desks publishing at once race to a clear winner by the platform's order and the
 * other lands in Needs attention, where "Publish anyway" sends the same document and note again
 * based on the version now live (a new request, so it is a new version, not a replay).
 *
 * The live number is read as the newest storefrontVersion entry by the platform's order
 * (`ledgerLatest`, highest change number first): the platform appends version N+1 only after N,
 * in one push transaction at a time, so the newest entry holds the highest number. A ledger read
 * matches the rows under one lookup value; `number` gives each version its own, so the table
 * declares `shop` (one value for every version, as a shop's single records do) for this read.
 * A request that is itself the live version (its push retried) passes: it publishes nothing new.
 */
import { newId } from '../../ids';
import type { EntityRow } from '../../mutations/row-ops';
import { SHOP_RECORD_VALUE, type RuleAction } from '../../parts/define';
import { defineInvariant } from '../../sync/invariants';
import type { PublishRequest } from '../schema';

export const STALE_PUBLISH = 'storefront.stalePublish';
const PUBLISH = 'storefront.publish';

type PublishArgs = { request: PublishRequest };

export interface StalePublishDetails {
  requestId: string;
  /** The version the desk published on top of. */
  basedOn: number;
  /** The version live when the request arrived (0: none). */
  live: number;
  note: string;
}

const liveRead = {
  kind: 'ledgerLatest',
  table: 'storefrontVersion',
  field: 'shop',
  equals: SHOP_RECORD_VALUE,
  limit: 1,
} as const;

/** The live version number from the newest entries (0 when there are none). */
export function liveNumber(latest: readonly EntityRow[]): number {
  return latest.reduce((high, row) => Math.max(high, Number(row.number) || 0), 0);
}

export const stalePublish = defineInvariant<PublishArgs, { latest: typeof liveRead }>({
  rule: STALE_PUBLISH,
  mutation: PUBLISH,
  reads: () => ({ latest: liveRead }),
  check: ({ request }, state) => {
    const live = liveNumber(state.latest);
    if (request.basedOn === live) return null;
    // The same request arriving again after it became the live version (a retried push): the
    // platform names the version it made (numberPublishRequest), nothing new is published.
    if (state.latest.some((row) => row.id === request.id)) return null;
    const details: StalePublishDetails = {
      requestId: request.id,
      basedOn: request.basedOn,
      live,
      note: request.note,
    };
    return {
      message: `publish ${request.id} is based on version ${request.basedOn}, but version ${live} is live`,
      details: { ...details },
    };
  },
});

/**
 * "Publish anyway": the same document and note as a new request based on the version now live,
 * so it becomes the next version (over what the other desk published; both stay in the history).
 */
export const publishAnyway: RuleAction = {
  id: 'publishAnyway',
  fix: ({ name, args }, details) => {
    const { live } = details as Partial<StalePublishDetails>;
    if (name !== PUBLISH || typeof live !== 'number' || !Number.isInteger(live) || live < 0) {
      return null;
    }
    const { request } = args as PublishArgs;
    return { name: PUBLISH, args: { request: { ...request, id: newId(), basedOn: live } } };
  },
};
