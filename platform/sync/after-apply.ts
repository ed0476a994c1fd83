/**
 * What the platform does itself, in the same transaction and under the same server seq, when
 * some mutations are applied: erasing a customer scrubs the person from the platform's other
 * records (customers/erasure.ts). Keyed by mutation name; most mutations have none. `before`
 * reads, ahead of the change's own writes, what `after` needs and the change removes.
 */
import { eraseCustomer } from '../../domain/customers/mutations';
import {
  phonesOfCustomer,
  scrubErasedCustomer,
  type ScrubContext,
} from '../customers/erasure';

export interface AfterApply {
  before?: (context: ScrubContext, args: unknown) => Promise<unknown>;
  after: (context: ScrubContext, args: unknown, before: unknown) => Promise<unknown>;
}

const erasedId = (args: unknown) => (args as { id: string }).id;

export const afterApply: Readonly<Record<string, AfterApply>> = {
  [eraseCustomer.name]: {
    before: ({ tx, vendorId }, args) => phonesOfCustomer(tx, vendorId, erasedId(args)),
    after: (context, args, phones) =>
      scrubErasedCustomer(context, erasedId(args), phones as string[]),
  },
};
