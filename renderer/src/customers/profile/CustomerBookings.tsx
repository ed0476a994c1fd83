import { Card, Space, Statistic, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../bookings/desk/EmptyNote';
import type { Booking, BookingStatus } from '@domain/bookings/schema';
import { useLanguage } from '../../settings/language';
import { useNow } from '../../time/use-now';
import { useActiveVendor, useVendorProfile } from '../../vendors/use-vendor';
import { formatShopTime } from '../../bookings/desk/format';
import { summarizeBookings } from './customer-bookings';

const STATUS_COLORS: Record<BookingStatus, string> = {
  requested: 'blue',
  confirmed: 'blue',
  seated: 'default',
  completed: 'default',
  cancelled: 'default',
  noShow: 'red',
};

/** The customer's bookings (upcoming and past, with their status) and how often they did not come. */
export function CustomerBookings({ memberIds }: { memberIds: readonly string[] }) {
  const { t } = useTranslation('bookings');
  const { language } = useLanguage();
  const { db } = useActiveVendor();
  const timeZone = useVendorProfile()?.timeZone;
  const now = useNow();
  const key = memberIds.join(',');
  const bookings = useLiveQuery(
    () =>
      db.booking
        .where('customerId')
        .anyOf([...memberIds])
        .toArray(),
    [db, key],
  );
  const resources = useLiveQuery(() => db.resource.toArray(), [db]);
  if (!bookings || !resources || !timeZone) return null;
  const summary = summarizeBookings(bookings, now);
  const names = new Map(resources.map((resource) => [resource.id, resource.name]));
  const columns = [
    {
      title: t('desk.profile.when'),
      render: (_: unknown, row: Booking) => formatShopTime(row.startsAt, timeZone, language, true),
    },
    {
      title: t('desk.profile.party'),
      render: (_: unknown, row: Booking) => t('desk.guests', { count: row.partySize }),
    },
    {
      title: t('desk.profile.tables'),
      render: (_: unknown, row: Booking) =>
        row.resourceIds.map((id) => names.get(id) ?? '?').join(' + '),
    },
    {
      title: t('desk.profile.status'),
      render: (_: unknown, row: Booking) => (
        <Tag color={STATUS_COLORS[row.status]}>{t(`desk.status.${row.status}`)}</Tag>
      ),
    },
    { title: t('desk.profile.code'), dataIndex: 'code' },
  ];
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('desk.profile.title')}</h2>}
      extra={
        <Space size={24}>
          <Statistic title={t('desk.profile.total')} value={bookings.length} />
          <Statistic
            title={t('desk.profile.noShows')}
            value={summary.noShows}
            valueStyle={summary.noShows > 0 ? { color: '#cf1322' } : undefined}
          />
        </Space>
      }
    >
      <h3 style={{ fontSize: 14 }}>{t('desk.profile.upcoming')}</h3>
      <Table<Booking>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={summary.upcoming}
        columns={columns}
        locale={{ emptyText: <EmptyNote>{t('desk.profile.noUpcoming')}</EmptyNote> }}
      />
      <h3 style={{ fontSize: 14, marginTop: 16 }}>{t('desk.profile.past')}</h3>
      <Table<Booking>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={summary.past}
        columns={columns}
        locale={{ emptyText: <EmptyNote>{t('desk.profile.noPast')}</EmptyNote> }}
      />
    </Card>
  );
}
