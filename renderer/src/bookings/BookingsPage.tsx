import { useState } from 'react';
import { App, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FrontDesk } from './calendar/FrontDesk';
import { Waitlist } from './desk/Waitlist';
import { BookingSetup } from './setup/BookingSetup';

type BookingsTab = 'calendar' | 'waitlist' | 'setup';

/**
 * The bookings part (预约): the front desk's calendar with today's list, the waitlist (排队取号),
 * and what the shop books (tables, rooms, staff, services, hours, rules, calendars).
 */
export function BookingsPage() {
  const { t } = useTranslation('bookings');
  const [tab, setTab] = useState<BookingsTab>('calendar');
  return (
    // The nested App gives the page's messages and confirm dialogs the console's theme.
    <App>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('part.name')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as BookingsTab)}
        destroyOnHidden
        items={[
          { key: 'calendar', label: t('page.tabs.calendar'), children: <FrontDesk /> },
          { key: 'waitlist', label: t('page.tabs.waitlist'), children: <Waitlist /> },
          { key: 'setup', label: t('page.tabs.setup'), children: <BookingSetup /> },
        ]}
      />
    </App>
  );
}
