/**
 * Calendars (issue 13): public holidays and closed days from an .ics file, a staff member's busy
 * times from their own calendar, calendars the platform fetches again and again, and the links
 * a phone or Outlook subscribes to for the bookings. Rendered in set-up.
 */
import { useState } from 'react';
import { Card, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BookingException } from '@domain/bookings/schema';
import { addCalendarDays, zonedParts } from '@domain/time';
import { usePlatformAccess } from '../../sync/pages/use-platform-access';
import { fileCalendarId } from './calendars/actions';
import { FileImport } from './calendars/FileImport';
import { Feeds } from './calendars/Feeds';
import { Subscriptions } from './calendars/Subscriptions';
import { useActiveVendor, useShopZone } from '../../vendors/use-vendor';
import { useClosedDays, useStaffResources } from './calendars/use-calendars';

function todayIn(timeZone: string): string {
  const p = zonedParts(Date.now(), timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

export function CalendarsPanel() {
  const { t } = useTranslation('bookings');
  const { vendorId } = useActiveVendor();
  const timeZone = useShopZone();
  const closedDays = useClosedDays(addCalendarDays(todayIn(timeZone), -31));
  const staff = useStaffResources() ?? [];
  const [staffId, setStaffId] = useState<string | undefined>();
  const access = usePlatformAccess();
  const sourceText = (exception: BookingException) =>
    exception.source === 'manual'
      ? t('ical.closedDays.manual')
      : exception.calendarId === fileCalendarId(vendorId, { kind: 'closedDays' })
        ? t('ical.closedDays.fromFile')
        : t('ical.closedDays.fromSubscription');

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={<h3 style={{ margin: 0, fontSize: 15 }}>{t('ical.closedDays.title')}</h3>}>
        <Typography.Paragraph type="secondary">{t('ical.closedDays.help')}</Typography.Paragraph>
        <FileImport kind="closedDays" target={{ kind: 'closedDays' }} />
        <Typography.Title level={4} style={{ fontSize: 14, marginTop: 24 }}>
          {t('ical.closedDays.list')}
        </Typography.Title>
        <Table<BookingException>
          aria-label={t('ical.closedDays.list')}
          size="small"
          rowKey="id"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={closedDays ?? []}
          locale={{
            // antd's own grey is too faint to read.
            emptyText: (
              <span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{t('ical.closedDays.empty')}</span>
            ),
          }}
          columns={[
            { title: t('ical.closedDays.date'), dataIndex: 'date', key: 'date' },
            { title: t('ical.closedDays.label'), dataIndex: 'label', key: 'label' },
            { title: t('ical.closedDays.source'), key: 'source', render: (_, e) => sourceText(e) },
          ]}
        />
      </Card>
      <Card title={<h3 style={{ margin: 0, fontSize: 15 }}>{t('ical.busy.title')}</h3>}>
        <Typography.Paragraph type="secondary">{t('ical.busy.help')}</Typography.Paragraph>
        {staff.length === 0 ? (
          <Typography.Text>{t('ical.busy.noStaff')}</Typography.Text>
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Select
              aria-label={t('ical.busy.staff')}
              placeholder={t('ical.busy.staff')}
              style={{ width: 240 }}
              value={staffId}
              onChange={setStaffId}
              options={staff.map((member) => ({ value: member.id, label: member.name }))}
            />
            <FileImport
              key={staffId ?? 'none'}
              kind="busy"
              target={staffId ? { kind: 'busy', resourceId: staffId } : null}
            />
          </Space>
        )}
      </Card>
      <Card title={<h3 style={{ margin: 0, fontSize: 15 }}>{t('ical.subscriptions.title')}</h3>}>
        <Subscriptions access={access} />
      </Card>
      <Card title={<h3 style={{ margin: 0, fontSize: 15 }}>{t('ical.feeds.title')}</h3>}>
        <Feeds access={access} />
      </Card>
    </Space>
  );
}
