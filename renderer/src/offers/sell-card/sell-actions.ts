/**
 * Selling a visit card at the counter, through the mutation layer (which asks a manager's
 * approval itself when the member at the desk lacks `offers.sellCard`): one `visitCard.sell`
 * change, saved at once and queued for the platform, which issues the voucher. A customer typed
 * in as new (a phone no profile has) is added first, with their own change.
 */
import { inShopSaleOf } from '@domain/offers/in-shop-sale';
import { sellVisitCard } from '@domain/offers/mutations';
import { whyNotSellable, type CounterPaymentMethod, type Offer } from '@domain/offers/schema';
import type { ShopClock } from '@domain/menu/shop-clock';
import { addCustomer } from '../../customers/actions';
import { ensureDeviceId, mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';

export type CardBuyer = { customerId: string } | { name: string; phone: string };

/** Sells the card; returns the sale's id (its voucher names it once issued) and the buyer's. */
export async function sellCard(
  db: VendorDb,
  clock: ShopClock,
  offer: Offer,
  buyer: CardBuyer,
  paidWith: CounterPaymentMethod,
  now = Date.now(),
): Promise<{ saleId: string; customerId: string }> {
  // Judged before anything is written, so a card that cannot be sold adds no customer either.
  const reason = whyNotSellable(offer);
  if (reason !== null) throw new Error(`visit card ${offer.id} cannot be sold: ${reason}`);
  const deviceId = await ensureDeviceId(db);
  const customerId =
    'customerId' in buyer
      ? buyer.customerId
      : await addCustomer(
          db,
          {
            name: buyer.name,
            phone: buyer.phone,
            gender: null,
            birthday: null,
            tags: [],
            note: '',
          },
          null,
          'shop',
          now,
        );
  const made = inShopSaleOf(offer, customerId, paidWith, { clock, deviceId, now });
  if (!made.ok) throw new Error(made.reason);
  await mutate(db, sellVisitCard, { sale: made.sale });
  return { saleId: made.sale.id, customerId };
}
