/**
 * The redemption slip (核销单) itself: narrow enough for 58 mm and 80 mm receipt paper, black on
 * white, one fact a line. The same element is the on-screen preview and what is printed.
 */
import { useTranslation } from 'react-i18next';
import type { ShopClock } from '@domain/menu/shop-clock';
import { shopTime } from '../desk/texts';
import type { SlipFacts } from './slip-facts';

export interface SlipContent {
  shopName: string;
  offerTitle: string;
  by: string | null;
  facts: SlipFacts;
}

export function RedemptionSlip({ slip, clock }: { slip: SlipContent; clock: ShopClock }) {
  const { t, i18n } = useTranslation('offers');
  const { facts } = slip;
  const line = (label: string, value: string) => (
    <div className="offer-slip-line">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <article className="offer-slip" aria-label={t('slip.title')}>
      <h2 className="offer-slip-shop">{slip.shopName}</h2>
      <p className="offer-slip-title">{t(facts.isReversal ? 'slip.reversal' : 'slip.title')}</p>
      <dl>
        {line(t('slip.offer'), slip.offerTitle)}
        {line(t('slip.code'), facts.maskedCode)}
        {facts.isReversal
          ? line(t('slip.returned'), t('slip.usesValue', { count: -facts.uses }))
          : line(t('slip.uses'), t('slip.usesValue', { count: facts.uses }))}
        {facts.usesLeft ? line(t('slip.usesLeft'), t('slip.usesLeftValue', facts.usesLeft)) : null}
        {line(t('slip.time'), shopTime(facts.at, clock, i18n.language))}
        {line(t('slip.desk'), facts.desk)}
        {slip.by ? line(t('slip.by'), slip.by) : null}
      </dl>
      {facts.unverified ? <p className="offer-slip-mark">{t('slip.unverified')}</p> : null}
      {facts.reversed ? <p className="offer-slip-mark">{t('slip.reversed')}</p> : null}
      <p className="offer-slip-thanks">{t('slip.thanks')}</p>
    </article>
  );
}

/**
 * The slip's styles. On screen it is a preview; in print only the slip's own copy (a child of
 * body, `.offer-slip-print`) is shown and everything else on the page is taken out of the flow,
 * so a receipt printer gets one short slip and no blank pages.
 */
export const slipStyles = `
.offer-slip { width: 100%; max-width: 72mm; margin: 0 auto; padding: 2mm 0; color: #000;
  background: #fff; font-size: 12px; line-height: 1.45;
  font-family: -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; }
.offer-slip h2.offer-slip-shop { font-size: 15px; margin: 0 0 2px; text-align: center; color: #000; }
.offer-slip .offer-slip-title { text-align: center; margin: 0 0 6px; font-weight: 600;
  border-bottom: 1px dashed #000; padding-bottom: 4px; }
.offer-slip dl { margin: 0; }
.offer-slip .offer-slip-line { display: flex; justify-content: space-between; gap: 8px; }
.offer-slip dt { flex: none; }
.offer-slip dd { margin: 0; text-align: right; word-break: break-all; }
.offer-slip .offer-slip-mark { margin: 6px 0 0; font-weight: 600; }
.offer-slip .offer-slip-thanks { text-align: center; margin: 8px 0 0; border-top: 1px dashed #000;
  padding-top: 4px; }
.offer-slip-print { display: none; }
@media print {
  @page { margin: 3mm; }
  body.printing-offer-slip > *:not(.offer-slip-print) { display: none !important; }
  body.printing-offer-slip .offer-slip-print { display: block !important; position: static !important; }
  body.printing-offer-slip .offer-slip-print,
  body.printing-offer-slip .offer-slip-print * { visibility: visible !important; }
}
`;
