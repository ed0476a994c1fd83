import { Button, Card, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from './EmptyNote';
import { formatPhone } from '@domain/customers/phone';
import { addCalendarDays } from '@domain/time';
import { useBusinessDate, useShopClock } from '../../menu/use-menu';
import { useRun } from '../../menu/use-run';
import { useLanguage } from '../../settings/language';
import { useActiveVendor } from '../../vendors/use-vendor';
import { confirmBooking } from './desk-actions';
import { formatShopTime } from './format';
import {
  useBookingSettings,
  useBookingsOnDays,
  useGuests,
  useResources,
} from '../data/use-bookings';

/**
 * Tomorrow's bookings not yet confirmed (requested), with the guest's name and whole phone number
 * to call, and a button to confirm once they said yes. Hidden when the shop turned it off.
 */
export function TomorrowToCall() {
  const { t } = useTranslation('bookings');
  const { language } = useLanguage();
  const { db } = useActiveVendor();
  const run = useRun();
  const clock = useShopClock();
  const today = useBusinessDate(clock);
  const tomorrow = today ? addCalendarDays(today, 1) : undefined;
  const settings = useBookingSettings();
  const resources = useResources();
  const bookings = useBookingsOnDays(tomorrow ? [tomorrow] : []);
  const toCall = (bookings ?? [])
    // A stay that began earlier is not tomorrow's to call.
    .filter((booking) => booking.status === 'requested' && booking.days[0] === tomorrow)
    .sort((a, b) => a.startsAt - b.startsAt);
  const guests = useGuests(toCall.map((booking) => booking.customerId));
  if (!settings?.reminders.callTomorrow || !clock || !guests || !resources) return null;
  const tableNames = (ids: string[]) =>
    ids.map((id) => resources.find((resource) => resource.id === id)?.name ?? '?').join(' + ');
  return (
    <Card
      size="small"
      title={
        <h2 style={{ fontSize: 16, margin: 0 }}>
          {t('desk.toCall.title', { count: toCall.length })}
        </h2>
      }
    >
      {toCall.length === 0 ? (
        <EmptyNote>{t('desk.toCall.empty')}</EmptyNote>
      ) : (
        <List
          dataSource={toCall}
          renderItem={(booking) => {
            const guest = booking.customerId ? guests.get(booking.customerId) : undefined;
            const name = guest?.name || t('desk.guest');
            return (
              <List.Item
                actions={[
                  <Button
                    key="confirm"
                    size="small"
                    type="primary"
                    onClick={() => void run(() => confirmBooking(db, booking))}
                    aria-label={t('desk.toCall.confirmNamed', { name })}
                  >
                    {t('desk.toCall.confirm')}
                  </Button>,
                ]}
              >
                <Space size={12} wrap>
                  <Typography.Text strong>
                    {formatShopTime(booking.startsAt, clock.timeZone, language)}
                  </Typography.Text>
                  <span>{name}</span>
                  {guest?.phone ? (
                    <a href={`tel:${guest.phone}`}>{formatPhone(guest.phone)}</a>
                  ) : (
                    <Typography.Text type="secondary">{t('desk.toCall.noPhone')}</Typography.Text>
                  )}
                  <span>{t('desk.guests', { count: booking.partySize })}</span>
                  <Typography.Text type="secondary">
                    {tableNames(booking.resourceIds)}
                  </Typography.Text>
                </Space>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
