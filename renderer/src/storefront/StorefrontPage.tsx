/**
 * The storefront page (店铺装修): the block editor with its phone preview, and the versions.
 */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function StorefrontPage() {
  const { t } = useTranslation('storefront');
  return <Typography.Title level={2}>{t('part.name')}</Typography.Title>;
}
