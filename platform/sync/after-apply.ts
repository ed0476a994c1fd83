/**
 * What the platform does itself, in the same transaction and under the same server seq, when
 * some mutations are applied: erasing a customer scrubs the person from the platform's other
 * records (customers/erasure.ts); a visit card sold at the counter gets its voucher
 * (offers/in-shop-sales.ts); an accepted storefront publish, or a due schedule, becomes the next
 * numbered version (storefront/versions.ts). Keyed by mutation name; most mutations have none. `before` reads,
 * ahead of the change's own writes, what `after` needs and the change removes.
 */
import { eraseCustomer } from '../../domain/customers/mutations';
import { sellVisitCard } from '../../domain/offers/mutations';
import { publishStorefront } from '../../domain/storefront/mutations';
import { phonesOfCustomer, scrubErasedCustomer, type ScrubContext } from '../customers/erasure';
import { issueInShopSale } from '../offers/in-shop-sales';
import { publishScheduled } from '../storefront/platform-mutations';
import {
  numberPublishRequest,
  publishDueSchedule,
  type VersionContext,
} from '../storefront/versions';

/** The change's transaction and server seq, and the change itself (who made it). */
export type AfterApplyContext = ScrubContext & VersionContext;

export interface AfterApply {
  before?: (context: AfterApplyContext, args: unknown) => Promise<unknown>;
  after: (context: AfterApplyContext, args: unknown, before: unknown) => Promise<unknown>;
}

const erasedId = (args: unknown) => (args as { id: string }).id;

export const afterApply: Readonly<Record<string, AfterApply>> = {
  [eraseCustomer.name]: {
    before: ({ tx, vendorId }, args) => phonesOfCustomer(tx, vendorId, erasedId(args)),
    after: (context, args, phones) =>
      scrubErasedCustomer(context, erasedId(args), phones as string[]),
  },
  // A visit card sold at the counter: the platform issues its voucher (offers/in-shop-sales.ts).
  [sellVisitCard.name]: { after: (context, args) => issueInShopSale(context, args) },
  // Publishing: the next version, numbered in the platform's order (storefront/versions.ts).
  [publishStorefront.name]: { after: (context, args) => numberPublishRequest(context, args) },
  [publishScheduled.name]: { after: (context, args) => publishDueSchedule(context, args) },
};
