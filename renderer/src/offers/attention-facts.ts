/**
 * The group-buy rules' details in the shop's words for Needs attention: the voucher's code as it
 * is printed, the terms an edit tried to change by their labels, when the offer went on sale, and
 * where a voucher was used first — when, and on this desk or which other (by its desk code, as
 * receipts name desks); a visit card sold at the wrong price, both prices as money.
 */
import type { TFunction } from 'i18next';
import { deskCode } from '@domain/customers/receipt';
import { formatFen } from '@domain/money';
import { formatVoucherCode } from '@domain/vouchers/code';

export interface OfferAttentionContext {
  deskCode?: string;
  timeZone?: string;
}

const when = (at: number, language: string, timeZone: string | undefined) =>
  new Intl.DateTimeFormat(language, {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);

function deskOf(deviceId: string, t: TFunction, context: OfferAttentionContext): string {
  let code: string;
  try {
    code = deskCode(deviceId);
  } catch {
    return t('offers:attention.unknownDesk');
  }
  return code === context.deskCode
    ? t('offers:attention.thisDesk')
    : t('offers:attention.otherDesk', { code });
}

export function offerFacts(
  rule: string | null,
  details: Record<string, unknown>,
  language: string,
  t: TFunction,
  context: OfferAttentionContext,
): Record<string, string> {
  if (rule === 'offer.termsLocked') {
    const terms = Array.isArray(details.terms) ? (details.terms as string[]) : [];
    const firstOnSaleAt = typeof details.firstOnSaleAt === 'number' ? details.firstOnSaleAt : null;
    return {
      termsText: terms
        .map((term) => t(`offers:terms.${term}`))
        .join(t('offers:preview.listSeparator')),
      firstOnSaleAtText:
        firstOnSaleAt === null ? '' : when(firstOnSaleAt, language, context.timeZone),
    };
  }
  if (rule === 'visitCard.priceMismatch') {
    const fen = (value: unknown) =>
      typeof value === 'number' ? formatFen(value, { locale: language }) : '';
    return { priceText: fen(details.priceFen), offerPriceText: fen(details.offerPriceFen) };
  }
  if (!rule?.startsWith('voucher.') && rule !== 'redemption.reversal') return {};
  const facts: Record<string, string> = {
    codeText: typeof details.code === 'string' ? formatVoucherCode(details.code) : '',
  };
  const first = details.first as { at?: unknown; deviceId?: unknown } | null | undefined;
  facts.firstUseText =
    first && typeof first.at === 'number' && typeof first.deviceId === 'string'
      ? t('offers:attention.firstUse', {
          time: when(first.at, language, context.timeZone),
          desk: deskOf(first.deviceId, t, context),
        })
      : '';
  return facts;
}
