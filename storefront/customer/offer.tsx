/**
 * An offer's page (what it costs, what is included, when and how it may be used, how its group
 * stands) with the buy form, the payment page, and the vouchers of an order with their QR codes.
 */
import type { ReactElement } from 'react';
import type { PageLanguage } from '../types';
import { Csrf, day, localized, money, Notice, when, type CustomerTranslate } from './frame';

type Localized = { zh?: string | null; en?: string | null };

export interface OfferView {
  title: Localized;
  description: Localized;
  photoUrls: string[];
  includes: Array<{ text: Localized | null; itemName: string | null; quantity: number | null }>;
  priceFen: number;
  originalPriceFen: number | null;
  groupSize: number;
  groupHours: number;
  group: { needed: number; deadline: number | null } | null;
  left: number | null;
  perCustomerLimit: number | null;
  usesPerVoucher: number;
  validity:
    { kind: 'fixed'; from: string; until: string } | { kind: 'afterPurchase'; days: number };
  usage: {
    weekdays: number[];
    usesPerVisit: number;
    combinable: boolean;
    bookingRequired: boolean;
  };
  refund: { beforeUse: boolean };
}

export interface Place {
  t: CustomerTranslate;
  language: PageLanguage;
  timeZone: string;
}

function Rules({ offer, t }: { offer: OfferView } & Place): ReactElement {
  const { usage } = offer;
  return (
    <ul className="sfc-list">
      <li>{t('usesPerVoucher', { uses: offer.usesPerVoucher })}</li>
      <li>{t('usesPerVisit', { uses: usage.usesPerVisit })}</li>
      {usage.weekdays.length > 0 ? (
        <li>{t('weekdaysOnly', { days: usage.weekdays.join(', ') })}</li>
      ) : null}
      {usage.bookingRequired ? <li>{t('bookingRequired')}</li> : null}
      {usage.combinable ? null : <li>{t('notCombinable')}</li>}
      <li>{offer.refund.beforeUse ? t('refundBeforeUse') : t('noRefund')}</li>
      {offer.perCustomerLimit ? (
        <li>{t('perCustomer', { limit: offer.perCustomerLimit })}</li>
      ) : null}
    </ul>
  );
}

export function GroupLine({ offer, t, language, timeZone }: { offer: OfferView } & Place) {
  if (offer.groupSize <= 1) return null;
  const group = offer.group;
  return (
    <p>
      {t('groupSize', { size: offer.groupSize, hours: offer.groupHours })}
      {' · '}
      {group?.deadline
        ? t('groupNeeded', {
            needed: group.needed,
            deadline: when(group.deadline, timeZone, language),
          })
        : t('groupNone')}
    </p>
  );
}

export interface OfferPageProps extends Place {
  offer: OfferView;
  /** The buy form when signed in; null shows `signIn` instead. */
  buy: { action: string; csrf: string; maxQuantity: number } | null;
  signIn: ReactElement | null;
  error: string | null;
}

export function OfferPage(props: OfferPageProps): ReactElement {
  const { offer, t, language } = props;
  const soldOut = offer.left !== null && offer.left <= 0;
  return (
    <>
      {props.error ? <Notice kind="error">{props.error}</Notice> : null}
      {offer.photoUrls.length > 0 ? (
        <div className="sfc-photos">
          {offer.photoUrls.map((url) => (
            <img key={url} src={url} alt="" loading="lazy" />
          ))}
        </div>
      ) : null}
      <section className="sfc-card">
        <p>
          <span className="sfc-price">{money(offer.priceFen)}</span>
          {offer.originalPriceFen ? (
            <span className="sfc-was" aria-label={t('originalPrice')}>
              {money(offer.originalPriceFen)}
            </span>
          ) : null}
        </p>
        {localized(offer.description, language) ? (
          <p>{localized(offer.description, language)}</p>
        ) : null}
        <GroupLine {...props} />
        {offer.left !== null ? (
          <p>{soldOut ? t('soldOut') : t('left', { left: offer.left })}</p>
        ) : null}
      </section>
      <section className="sfc-card">
        <h2>{t('includes')}</h2>
        <ul className="sfc-list">
          {offer.includes.map((line, index) => (
            <li key={index}>
              {line.text
                ? localized(line.text, language)
                : `${line.itemName ?? ''} ${t('item', { quantity: line.quantity ?? 1 })}`}
            </li>
          ))}
        </ul>
        <h2>{t('validity')}</h2>
        <p>
          {offer.validity.kind === 'fixed'
            ? t('validFixed', { from: offer.validity.from, until: offer.validity.until })
            : t('validAfter', { days: offer.validity.days })}
        </p>
        <h2>{t('usage')}</h2>
        <Rules {...props} />
      </section>
      {soldOut ? null : props.buy ? (
        <form method="post" action={props.buy.action} className="sfc-card">
          <Csrf token={props.buy.csrf} />
          <label>
            {t('name')}
            <input name="name" required maxLength={40} autoComplete="name" />
          </label>
          <label>
            {t('quantity')}
            <input
              name="quantity"
              type="number"
              min={1}
              max={props.buy.maxQuantity}
              defaultValue={1}
              required
            />
          </label>
          <button type="submit">{t('buy')}</button>
        </form>
      ) : (
        props.signIn
      )}
    </>
  );
}

export interface PaymentPageProps {
  t: CustomerTranslate;
  amountFen: number;
  state: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
  /** The sandbox's "pay" button (development only); null elsewhere. */
  sandbox: { action: string; csrf: string } | null;
  /** The provider's pay address (a real provider's app link; the sandbox's is not openable). */
  payUrl: string | null;
  refreshUrl: string;
}

export function PaymentPage({ t, amountFen, state, sandbox, refreshUrl }: PaymentPageProps) {
  const message =
    state === 'failed'
      ? t('payFailed')
      : state === 'expired'
        ? t('payExpired')
        : state === 'refunded'
          ? t('payRefunded')
          : null;
  return (
    <section className="sfc-card">
      <p className="sfc-price">{t('payAmount', { amount: money(amountFen) })}</p>
      {message ? <Notice kind="error">{message}</Notice> : null}
      {state === 'pending' ? (
        <>
          <p>{t('payPending')}</p>
          {sandbox ? (
            <form method="post" action={sandbox.action}>
              <Csrf token={sandbox.csrf} />
              <button type="submit">{t('payNow')}</button>
            </form>
          ) : null}
          <p>
            <a href={refreshUrl} className="sfc-button sfc-secondary">
              {t('payRefresh')}
            </a>
          </p>
        </>
      ) : null}
    </section>
  );
}

export interface VoucherView {
  code: string;
  /** The QR of the signed payload the desk scans, as SVG markup the platform made. */
  qrSvg: string;
  offerTitle: Localized;
  state: 'valid' | 'awaitingGroup' | 'refunded' | 'expired';
  uses: number;
  usesLeft: number;
  validUntil: number;
}

export function VoucherCard({ voucher, t, language, timeZone }: { voucher: VoucherView } & Place) {
  return (
    <article className="sfc-card" aria-label={t('voucherCode', { code: voucher.code })}>
      <h2>{localized(voucher.offerTitle, language)}</h2>
      <p>
        <span className="sfc-state">{t(`voucherState_${voucher.state}`)}</span>
      </p>
      {voucher.state === 'valid' || voucher.state === 'awaitingGroup' ? (
        <>
          <div
            className="sfc-qr"
            role="img"
            aria-label={t('showQr')}
            dangerouslySetInnerHTML={{ __html: voucher.qrSvg }}
          />
          <p className="sfc-muted">{t('showQr')}</p>
        </>
      ) : null}
      <p className="sfc-code">{t('voucherCode', { code: voucher.code })}</p>
      <p className="sfc-muted">
        {t('voucherUses', { left: voucher.usesLeft, uses: voucher.uses })} ·{' '}
        {t('voucherUntil', { until: day(voucher.validUntil, timeZone, language) })}
      </p>
    </article>
  );
}

export interface OrderPageProps extends Place {
  state: 'held' | 'paid' | 'expired' | 'refunded';
  offer: OfferView | null;
  vouchers: VoucherView[];
  payLink: string | null;
}

export function OrderPage(props: OrderPageProps): ReactElement {
  const { t } = props;
  return (
    <>
      {props.state === 'held' && props.payLink ? (
        <Notice kind="info">
          {t('orderHeld')} · <a href={props.payLink}>{t('payTitle')}</a>
        </Notice>
      ) : null}
      {props.state === 'paid' ? <Notice kind="info">{t('payPaid')}</Notice> : null}
      {props.offer ? <GroupLine {...props} offer={props.offer} /> : null}
      <h2>{t('vouchers')}</h2>
      {props.vouchers.length === 0 ? <p>{t('noVouchers')}</p> : null}
      {props.vouchers.map((voucher) => (
        <VoucherCard key={voucher.code} {...props} voucher={voucher} />
      ))}
    </>
  );
}
