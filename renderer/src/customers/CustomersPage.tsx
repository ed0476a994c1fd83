import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The customers page (会员). Its list, profile and counter flows are being built (issue 12). */
export function CustomersPage() {
  const { t } = useTranslation('customers');
  return <Typography.Title level={2}>{t('part.name')}</Typography.Title>;
}
