/**
 * The storefront page (店铺装修): the block editor with its phone preview, and the versions.
 *
 * TEMPORARY (branch sfversions): renders the publish bar and the versions tab directly so they can
 * be developed and tested end to end before the editor page exists; the editor engineer's page
 * replaces this file, placing <PublishBar /> above the editor and <VersionsTab /> in its tab.
 */
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PublishBar, VersionsTab } from './versions';

export function StorefrontPage() {
  const { t } = useTranslation('storefront');
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>{t('part.name')}</Typography.Title>
      <PublishBar />
      <VersionsTab />
    </Space>
  );
}
