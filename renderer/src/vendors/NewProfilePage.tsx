import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate, pageRoute } from '../routing/routes';
import { VendorProfileForm } from './VendorProfileForm';

/** Adds another shop profile on this device (a provider keeps many). */
export function NewProfilePage() {
  const { t } = useTranslation('vendor');
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('newProfile.title')}
      </Typography.Title>
      <Card style={{ maxWidth: 760 }}>
        <VendorProfileForm onCreated={() => navigate(pageRoute('dashboard'))} />
      </Card>
    </>
  );
}
