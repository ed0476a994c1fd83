/** The customer's own page at a shop: vouchers, bookings and membership (with topping up). */
import type { ReactElement } from 'react';
import { Csrf, localized, money, Notice, when } from './frame';
import { BookingSummary, type BookingView } from './book';
import { VoucherCard, type Place, type VoucherView } from './offer';

export interface MembershipView {
  member: boolean;
  balance: { principalFen: number; bonusFen: number; totalFen: number };
  points: number;
  tier: { name: { zh?: string | null; en?: string | null } } | null;
  next: {
    name: { zh?: string | null; en?: string | null };
    missing: number;
    basis: 'pointsEarned' | 'amountSpent';
  } | null;
  history: Array<{
    at: number;
    kind: 'storedValue' | 'points';
    entryKind: string;
    principalFen: number;
    bonusFen: number;
    points: number;
  }>;
  plans: Array<{ id: string; payFen: number; bonusFen: number }>;
}

export interface MePageProps extends Place {
  vouchers: VoucherView[];
  bookings: Array<BookingView & { url: string }>;
  membership: MembershipView;
  topUp: { action: string; csrf: string };
  error: string | null;
}

function Membership({ membership: m, topUp, t, language, timeZone }: MePageProps): ReactElement {
  if (!m.member) return <p>{t('notMember')}</p>;
  const historyText = (line: MembershipView['history'][number]) =>
    t(`history_${line.kind}_${line.entryKind}` as 'history_storedValue_topUp');
  return (
    <>
      <div className="sfc-card sfc-figures">
        <div>
          <div className="sfc-muted">{t('balance')}</div>
          <div className="sfc-figure" data-testid="balance">
            {money(m.balance.totalFen)}
          </div>
          <div className="sfc-muted">
            {t('principal', { amount: money(m.balance.principalFen) })} ·{' '}
            {t('bonus', { amount: money(m.balance.bonusFen) })}
          </div>
        </div>
        <div>
          <div className="sfc-muted">{t('points')}</div>
          <div className="sfc-figure">{m.points}</div>
        </div>
        <div>
          <div className="sfc-muted">{t('tier')}</div>
          <div className="sfc-figure">
            {m.tier ? localized(m.tier.name, language) : t('noTier')}
          </div>
          {m.next ? (
            <div className="sfc-muted">
              {t('nextTier', {
                missing:
                  m.next.basis === 'amountSpent'
                    ? money(m.next.missing)
                    : t('yuanPoints', { points: m.next.missing }),
                name: localized(m.next.name, language),
              })}
            </div>
          ) : null}
        </div>
      </div>
      <section className="sfc-card" aria-labelledby="sfc-top-up">
        <h2 id="sfc-top-up">{t('topUp')}</h2>
        {m.plans.length === 0 ? <p>{t('noPlans')}</p> : null}
        {m.plans.map((plan) => (
          <form key={plan.id} method="post" action={topUp.action}>
            <Csrf token={topUp.csrf} />
            <input type="hidden" name="planId" value={plan.id} />
            <p>
              <button type="submit">
                {plan.bonusFen > 0
                  ? t('topUpPlan', { pay: money(plan.payFen), bonus: money(plan.bonusFen) })
                  : t('topUpPlanPlain', { pay: money(plan.payFen) })}
              </button>
            </p>
          </form>
        ))}
      </section>
      <section className="sfc-card" aria-labelledby="sfc-history">
        <h2 id="sfc-history">{t('history')}</h2>
        {m.history.length === 0 ? <p>{t('noHistory')}</p> : null}
        <table>
          <tbody>
            {m.history.map((line, index) => (
              <tr key={index}>
                <td>{when(line.at, timeZone, language)}</td>
                <td>{historyText(line)}</td>
                <td className="sfc-num">
                  {line.kind === 'points'
                    ? `${line.points > 0 ? '+' : ''}${line.points}`
                    : `${line.principalFen + line.bonusFen > 0 ? '+' : ''}${money(line.principalFen + line.bonusFen)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

export function MePage(props: MePageProps): ReactElement {
  const { t } = props;
  return (
    <>
      {props.error ? <Notice kind="error">{props.error}</Notice> : null}
      <h2>{t('membership')}</h2>
      <Membership {...props} />
      <h2>{t('vouchers')}</h2>
      {props.vouchers.length === 0 ? <p>{t('noVouchers')}</p> : null}
      {props.vouchers.map((voucher) => (
        <VoucherCard key={voucher.code} {...props} voucher={voucher} />
      ))}
      <h2>{t('myBookings')}</h2>
      {props.bookings.length === 0 ? <p>{t('noBookings')}</p> : null}
      {props.bookings.map((booking) => (
        <section key={booking.code} className="sfc-card">
          <BookingSummary {...props} booking={booking} />
          <a href={booking.url}>{t('bookingTitle')}</a>
        </section>
      ))}
    </>
  );
}

export function MessagePage({
  message,
  backUrl,
  backText,
}: {
  message: string;
  backUrl: string;
  backText: string;
}) {
  return (
    <section className="sfc-card">
      <Notice kind="error">{message}</Notice>
      <p>
        <a href={backUrl}>{backText}</a>
      </p>
    </section>
  );
}
