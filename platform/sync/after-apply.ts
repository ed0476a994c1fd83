/**
 * What the platform does itself, in the same transaction and under the same server seq, when
 * some mutations are applied: erasing a customer scrubs the person from the platform's other
 * records (customers/erasure.ts); a visit card sold at the counter gets its voucher
 * (offers/in-shop-sales.ts). Keyed by mutation name; most mutations have none.
 */
import { eraseCustomer } from '../../domain/customers/mutations';
import { sellVisitCard } from '../../domain/offers/mutations';
import { scrubErasedCustomer, type ScrubContext } from '../customers/erasure';
import { issueInShopSale } from '../offers/in-shop-sales';

export type AfterApply = (context: ScrubContext, args: unknown) => Promise<unknown>;

export const afterApply: Readonly<Record<string, AfterApply>> = {
  [eraseCustomer.name]: (context, args) =>
    scrubErasedCustomer(context, (args as { id: string }).id),
  // A visit card sold at the counter: the platform issues its voucher (offers/in-shop-sales.ts).
  [sellVisitCard.name]: (context, args) => issueInShopSale(context, args),
};
