/** The week view: seven business days, Monday first, each day's bookings by time. */
import { Button, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { HOLDING_STATUSES, type Booking, type BookingException } from '@domain/bookings/schema';
import type { CustomerPersonal } from '@domain/customers/schema';
import { guestLabel, statusColor, useDateText, useShopClockText } from './display';

interface Props {
  dates: string[];
  today: string;
  bookings: Booking[];
  exceptions: BookingException[];
  guests: ReadonlyMap<string, CustomerPersonal>;
  onPickDay: (date: string) => void;
  onOpen: (booking: Booking) => void;
}

export function WeekView({ dates, today, bookings, exceptions, guests, onPickDay, onOpen }: Props) {
  const { t } = useTranslation('bookings');
  const { token } = theme.useToken();
  const clockText = useShopClockText();
  const dateText = useDateText();
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(7, minmax(140px, 1fr))',
        gap: 8,
        overflowX: 'auto',
      }}
    >
      {dates.map((date) => {
        const own = bookings.filter((b) => b.days[0] === date);
        const closed = exceptions.find((e) => e.date === date && e.kind === 'closed');
        const covers = own
          .filter((b) => HOLDING_STATUSES.includes(b.status) || b.status === 'completed')
          .reduce((sum, b) => sum + b.partySize, 0);
        return (
          <section
            key={date}
            aria-label={dateText(date)}
            style={{
              border: `1px solid ${date === today ? token.colorPrimary : token.colorBorder}`,
              borderRadius: token.borderRadius,
              padding: 8,
              minHeight: 160,
              background: closed ? token.colorFillTertiary : token.colorBgContainer,
            }}
          >
            <Button
              type="link"
              style={{ padding: 0, fontWeight: 600 }}
              onClick={() => onPickDay(date)}
            >
              {dateText(date, true)}
            </Button>
            <div style={{ fontSize: 12, color: token.colorTextSecondary }}>
              {closed
                ? t('calendar.closedDay', { label: closed.label || t('calendar.closed') })
                : t('calendar.week.summary', { count: own.length, covers })}
            </div>
            <ul
              style={{
                listStyle: 'none',
                padding: 0,
                margin: '6px 0 0',
                maxHeight: 360,
                overflowY: 'auto',
              }}
            >
              {own.slice(0, 200).map((booking) => (
                <li key={booking.id}>
                  <button
                    type="button"
                    onClick={() => onOpen(booking)}
                    style={{
                      background: 'none',
                      border: 'none',
                      font: 'inherit',
                      color: 'inherit',
                      textAlign: 'left',
                      cursor: 'pointer',
                      display: 'block',
                      width: '100%',
                      fontSize: 12,
                      padding: '2px 4px',
                      borderLeft: `3px solid ${statusColor(booking.status, token)}`,
                      marginBottom: 2,
                    }}
                  >
                    {clockText(booking.startsAt)} {guestLabel(booking, guests, t)} ·{' '}
                    {t('calendar.party', { count: booking.partySize })}
                  </button>
                </li>
              ))}
              {own.length > 200 && (
                <li style={{ fontSize: 12 }}>
                  {t('calendar.week.more', { count: own.length - 200 })}
                </li>
              )}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
