import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { businessDate, parseClock, weekdayOfDate } from '@domain/time';
import type { Weekday } from '@domain/vendor';
import { useNow } from '../time/use-now';
import { useVendorProfile } from '../vendors/use-vendor';

/** The shop at a glance: today's business day and hours, and the shop's details. */
export function DashboardPage() {
  const { t } = useTranslation(['common', 'vendor']);
  const profile = useVendorProfile();
  const now = useNow();
  if (!profile) return null;
  const cutoff = parseClock(profile.businessDayCutoff) ?? 0;
  const today = businessDate(now, profile.timeZone, cutoff);
  const weekday = weekdayOfDate(today) as Weekday;
  const periods = profile.openingHours[weekday];
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('dashboard.welcome', { name: profile.name })}
      </Typography.Title>
      <Typography.Paragraph>
        {t('dashboard.today', { date: today, zone: profile.timeZone })}
      </Typography.Paragraph>
      <Card title={t('dashboard.profileTitle')}>
        <Descriptions column={1}>
          <Descriptions.Item label={t('vendor:form.category')}>
            {t(`vendor:category.${profile.category}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('vendor:form.address')}>{profile.address}</Descriptions.Item>
          <Descriptions.Item label={t('vendor:form.phone')}>{profile.phone}</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.hours')}>
            {periods.length === 0
              ? t('dashboard.closedToday')
              : periods.map((period) => `${period.open}–${period.close}`).join(', ')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}
