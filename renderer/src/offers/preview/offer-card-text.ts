/**
 * What the customer's offer card says, from the offer's terms, in one language: the group rule,
 * what is included, the validity, the usage rules and the refund policy, as short lines. Pure,
 * so the console's preview and (next) the published storefront word an offer the same way.
 */
import type { TFunction } from 'i18next';
import type { LocalizedName } from '@domain/menu/schema';
import type { Offer } from '@domain/offers/schema';

/** The offer's terms as the card needs them; `lines` already named (menu items resolved). */
export type CardOffer = Pick<
  Offer,
  | 'groupSize'
  | 'groupHours'
  | 'stock'
  | 'perCustomerLimit'
  | 'usesPerVoucher'
  | 'validity'
  | 'usage'
  | 'refund'
> & { lines: Array<{ name: LocalizedName; quantity: number | null }> };

/** A name in the card's language, falling back to Chinese (always given). */
export const inLanguage = (name: LocalizedName, language: string): string =>
  language.startsWith('en') && name.en ? name.en : name.zh;

export interface CardTexts {
  group: string | null;
  lines: string[];
  uses: string | null;
  limits: string[];
  validity: string;
  usage: string[];
  refund: string[];
}

export function offerCardTexts(
  offer: CardOffer,
  language: string,
  t: TFunction,
  daypartNames: ReadonlyMap<string, LocalizedName>,
): CardTexts {
  const separator = t('offers:preview.listSeparator');
  const weekdays = offer.usage.weekdays.length
    ? t('offers:preview.onWeekdays', {
        days: offer.usage.weekdays
          .map((day) => t(`offers:preview.weekdayNames.${day}`))
          .join(separator),
      })
    : t('offers:preview.anyDay');
  const dayparts = offer.usage.daypartIds.flatMap((id) => {
    const name = daypartNames.get(id);
    return name ? [inLanguage(name, language)] : [];
  });
  return {
    group:
      offer.groupSize > 1
        ? t('offers:preview.groupRule', { count: offer.groupSize, hours: offer.groupHours })
        : null,
    lines: offer.lines.map((line) =>
      line.quantity === null
        ? inLanguage(line.name, language)
        : `${inLanguage(line.name, language)} × ${line.quantity}`,
    ),
    uses:
      offer.usesPerVoucher > 1 ? t('offers:preview.uses', { count: offer.usesPerVoucher }) : null,
    limits: [
      ...(offer.stock !== null ? [t('offers:preview.stockLeft', { count: offer.stock })] : []),
      ...(offer.perCustomerLimit !== null
        ? [t('offers:preview.perCustomer', { count: offer.perCustomerLimit })]
        : []),
    ],
    validity:
      offer.validity.kind === 'fixed'
        ? t('offers:preview.validFixed', { from: offer.validity.from, until: offer.validity.until })
        : t('offers:preview.validAfterPurchase', { days: offer.validity.days }),
    usage: [
      weekdays,
      ...(dayparts.length
        ? [t('offers:preview.inDayparts', { names: dayparts.join(separator) })]
        : []),
      ...(offer.usage.excludedDates.length
        ? [t('offers:preview.excluded', { dates: offer.usage.excludedDates.join(separator) })]
        : []),
      ...(offer.usage.usesPerVisit > 1
        ? [t('offers:preview.usesPerVisit', { count: offer.usage.usesPerVisit })]
        : []),
      t(offer.usage.combinable ? 'offers:preview.combinable' : 'offers:preview.notCombinable'),
      t(
        offer.usage.bookingRequired ? 'offers:preview.bookingRequired' : 'offers:preview.noBooking',
      ),
    ],
    refund:
      offer.refund.beforeUse || offer.refund.autoRefundExpired
        ? [
            ...(offer.refund.beforeUse ? [t('offers:preview.refundBeforeUse')] : []),
            ...(offer.refund.autoRefundExpired ? [t('offers:preview.autoRefundExpired')] : []),
          ]
        : [t('offers:preview.noRefund')],
  };
}
