/**
 * Booking: choose the party size (or a service) and the date, see the free times (a GET form, so
 * it works without script), pick one and book; then the booking's page with its code and a
 * cancel button while it may be cancelled.
 */
import type { ReactElement } from 'react';
import { Csrf, localized, money, Notice, when } from './frame';
import type { Place } from './offer';

export interface BookPageProps extends Place {
  action: string;
  services: Array<{
    id: string;
    name: { zh?: string | null; en?: string | null };
    priceFen: number;
  }>;
  partyMax: number;
  query: { date: string; party: number; service: string | null };
  minDate: string;
  maxDate: string;
  /** Null until a date is asked for. */
  slots: Array<{ startsAt: number }> | null;
  closed: boolean;
  book: { action: string; csrf: string } | null;
  signIn: ReactElement | null;
  error: string | null;
}

export function BookPage(props: BookPageProps): ReactElement {
  const { t, language, timeZone, query } = props;
  const service = props.services.find((each) => each.id === query.service) ?? null;
  return (
    <>
      {props.error ? <Notice kind="error">{props.error}</Notice> : null}
      <form method="get" action={props.action} className="sfc-card">
        <input type="hidden" name="lang" value={language} />
        {service ? (
          <>
            <input type="hidden" name="service" value={service.id} />
            <p>
              {t('service')}: {localized(service.name, language)}
              {service.priceFen > 0 ? ` · ${money(service.priceFen)}` : ''}
            </p>
          </>
        ) : null}
        <label>
          {t('partySize')}
          <input
            name="party"
            type="number"
            min={1}
            max={Math.max(1, props.partyMax)}
            defaultValue={query.party}
            required
          />
        </label>
        <label>
          {t('date')}
          <input
            name="date"
            type="date"
            min={props.minDate}
            max={props.maxDate}
            defaultValue={query.date}
            required
          />
        </label>
        <button type="submit" className="sfc-secondary">
          {t('showSlots')}
        </button>
      </form>
      {props.slots ? (
        <section className="sfc-card" aria-labelledby="sfc-slots">
          <h2 id="sfc-slots">{t('slots')}</h2>
          {props.closed ? (
            <p>{t('closed')}</p>
          ) : props.slots.length === 0 ? (
            <p>{t('noSlots')}</p>
          ) : null}
          {props.slots.length > 0 && props.book ? (
            <form method="post" action={props.book.action}>
              <Csrf token={props.book.csrf} />
              <input type="hidden" name="party" value={query.party} />
              {service ? <input type="hidden" name="service" value={service.id} /> : null}
              <input type="hidden" name="date" value={query.date} />
              <fieldset className="sfc-slots">
                <legend className="sfc-hidden">{t('slots')}</legend>
                {props.slots.map((slot, index) => (
                  <label key={slot.startsAt} className="sfc-slot">
                    <input
                      type="radio"
                      name="startsAt"
                      value={slot.startsAt}
                      required
                      defaultChecked={index === 0}
                    />
                    {when(slot.startsAt, timeZone, language).split(' ').at(-1)}
                  </label>
                ))}
              </fieldset>
              <label>
                {t('name')}
                <input name="name" maxLength={40} autoComplete="name" />
              </label>
              <label>
                {t('note')}
                <textarea name="note" maxLength={500} rows={2} />
              </label>
              <button type="submit">{t('book')}</button>
            </form>
          ) : null}
          {props.slots.length > 0 && !props.book ? props.signIn : null}
        </section>
      ) : null}
    </>
  );
}

export interface BookingView {
  code: string;
  status: 'requested' | 'confirmed' | 'seated' | 'completed' | 'cancelled' | 'noShow';
  startsAt: number;
  partySize: number;
  serviceName: { zh?: string | null; en?: string | null } | null;
  deposit: { amountFen: number; state: string } | null;
}

export function BookingSummary({
  booking,
  t,
  language,
  timeZone,
}: { booking: BookingView } & Place) {
  return (
    <>
      <p>
        {t('bookingCode')}: <span className="sfc-code">{booking.code}</span>
      </p>
      <p>
        <span className="sfc-state">{t(`bookingStatus_${booking.status}`)}</span>
      </p>
      <p>
        {t('bookingWhen')}: {when(booking.startsAt, timeZone, language)} ·{' '}
        {t('bookingParty', { size: booking.partySize })}
        {booking.serviceName ? ` · ${localized(booking.serviceName, language)}` : ''}
      </p>
      {booking.deposit ? <p>{t('deposit', { amount: money(booking.deposit.amountFen) })}</p> : null}
    </>
  );
}

export interface BookingPageProps extends Place {
  booking: BookingView;
  cancel: { action: string; csrf: string } | null;
  payLink: string | null;
  notice: string | null;
  error: string | null;
}

export function BookingPage(props: BookingPageProps): ReactElement {
  const { t } = props;
  return (
    <section className="sfc-card">
      {props.error ? <Notice kind="error">{props.error}</Notice> : null}
      {props.notice ? <Notice kind="info">{props.notice}</Notice> : null}
      <BookingSummary {...props} />
      {props.payLink ? (
        <p>
          <a href={props.payLink} className="sfc-button">
            {t('payDeposit')}
          </a>
        </p>
      ) : null}
      {props.cancel ? (
        <form method="post" action={props.cancel.action}>
          <Csrf token={props.cancel.csrf} />
          <button type="submit" className="sfc-secondary">
            {t('cancel')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
