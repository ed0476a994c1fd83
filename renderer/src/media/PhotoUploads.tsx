import { Alert, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { mediaRefusalSchema } from '@domain/media/protocol';
import { useMediaUploads } from './use-media-uploads';

/** Photos still to reach the platform, and the ones it refused with why; nothing when none. */
export function PhotoUploads() {
  const { t } = useTranslation('media');
  const uploads = useMediaUploads();
  if (!uploads || (uploads.waiting === 0 && uploads.refused.length === 0)) return null;
  const reasons = [
    ...new Set(
      uploads.refused.map((row) => {
        const known = mediaRefusalSchema.safeParse(row.lastError);
        if (known.success) return t(`refusal.${known.data}`);
        return row.lastError === 'hash_mismatch' ? t('refusal.hash_mismatch') : t('refusal.other');
      }),
    ),
  ];
  return (
    <section aria-label={t('uploads.title')}>
      <Card title={t('uploads.title')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('uploads.intro')}</Typography.Text>
          {uploads.waiting > 0 && (
            <Alert type="info" showIcon title={t('uploads.waiting', { count: uploads.waiting })} />
          )}
          {uploads.refused.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={t('uploads.refused', { count: uploads.refused.length })}
              description={`${t('uploads.reasonLabel')}: ${reasons.join('; ')}`}
            />
          )}
        </Space>
      </Card>
    </section>
  );
}
