/**
 * What the platform does itself, in the same transaction and under the same server seq, when
 * some mutations are applied: erasing a customer scrubs the person from the platform's other
 * records (customers/erasure.ts). Keyed by mutation name; most mutations have none.
 */
import { eraseCustomer } from '../../domain/customers/mutations';
import { scrubErasedCustomer, type ScrubContext } from '../customers/erasure';

export type AfterApply = (context: ScrubContext, args: unknown) => Promise<unknown>;

export const afterApply: Readonly<Record<string, AfterApply>> = {
  [eraseCustomer.name]: (context, args) =>
    scrubErasedCustomer(context, (args as { id: string }).id),
};
