import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { CalendarsPanel } from './CalendarsPanel';
import { ExceptionsCard } from './ExceptionsCard';
import { ResourcesCard } from './ResourcesCard';
import { ServicesCard } from './ServicesCard';
import { SettingsForm } from './SettingsForm';
import {
  useBookingExceptions,
  useBookingSettings,
  useResources,
  useServices,
} from '../data/use-bookings';

/** What the shop books: resources, services, booking rules, closed days and special hours, calendars. */
export function BookingSetup() {
  const { t } = useTranslation('bookings');
  const resources = useResources();
  const services = useServices();
  const settings = useBookingSettings();
  const exceptions = useBookingExceptions();
  if (!resources || !services || !settings || !exceptions)
    return <Spin aria-label={t('setup.loading')} />;
  return (
    <Flex vertical gap={16}>
      <ResourcesCard resources={resources} services={services} />
      <ServicesCard services={services} resources={resources} />
      {/* A save elsewhere (another desk, by sync) opens the form again with what is saved now. */}
      <SettingsForm key={settings.updatedAt} settings={settings} services={services} />
      <ExceptionsCard exceptions={exceptions} />
      <section aria-labelledby="booking-calendars">
        <h2 id="booking-calendars" style={{ fontSize: 16, margin: '0 0 8px' }}>
          {t('setup.calendars')}
        </h2>
        <CalendarsPanel />
      </section>
    </Flex>
  );
}
