/**
 * The shop's public address (`/s/<slug>`): choosing or changing it on the platform (online only;
 * a taken or malformed slug is told at the field), the public link with a copy button, the QR
 * poster for the counter, and a signed link to preview the draft on a phone, shown as a QR.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, QRCode, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { slugSchema, type StorefrontSite } from '@domain/storefront/schema';
import { storefrontPaths } from '../../../../storefront/paths';
import { desktop, isDesktop } from '../../desktop/bridge';
import { useVendorSync } from '../../sync/pages/use-vendor-sync';
import { useActiveVendor } from '../../vendors/use-vendor';
import { useSite } from '../use-storefront';
import { formatShopTime } from './shop-time';
import { makePreviewLink, publicUrl, setSiteSlug, type PreviewLink } from './site-api';
import { usePlatformAccess } from '../../sync/pages/use-platform-access';
import { useShopZone } from '../../vendors/use-vendor';

async function openOutside(url: string): Promise<boolean> {
  const opened = await desktop.openExternal(url);
  if (opened.ok) return true;
  // The browser build refuses http: links through the bridge; a local platform is http.
  if (isDesktop) return false;
  window.open(url, '_blank', 'noopener,noreferrer');
  return true;
}

export function SiteCard() {
  const { t, i18n } = useTranslation('storefront');
  const { vendorId } = useActiveVendor();
  const { message } = App.useApp();
  const { session } = useVendorSync();
  const access = usePlatformAccess();
  const synced = useSite();
  const timeZone = useShopZone();
  const [claimed, setClaimed] = useState<StorefrontSite | null>(null);
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [preview, setPreview] = useState<PreviewLink | null>(null);
  const [form] = Form.useForm<{ slug: string }>();

  // What the platform answered just now wins until the synced row catches up.
  const site = claimed && (!synced || synced.claimedAt <= claimed.claimedAt) ? claimed : synced;
  const platformUrl = access?.platformUrl ?? session?.platformUrl ?? null;
  const link = site && platformUrl ? publicUrl(platformUrl, storefrontPaths.page(site.slug)) : null;

  const save = async () => {
    const { slug } = await form.validateFields();
    if (!access) {
      form.setFields([{ name: 'slug', errors: [t('versions.site.offline')] }]);
      return;
    }
    setSaving(true);
    try {
      const result = await setSiteSlug(access, vendorId, slug.trim());
      if (result.ok) {
        setClaimed(result.site);
        setEditing(false);
        void message.success(t('versions.site.saved'));
      } else {
        form.setFields([{ name: 'slug', errors: [t(`versions.site.${result.reason}`)] }]);
      }
    } finally {
      setSaving(false);
    }
  };

  const copy = async () => {
    if (!link) return;
    await navigator.clipboard.writeText(link);
    void message.success(t('versions.site.copied'));
  };

  const openPoster = async () => {
    if (!site || !platformUrl) return;
    const url = publicUrl(platformUrl, storefrontPaths.poster(site.slug));
    if (!(await openOutside(url))) void message.error(t('versions.site.posterFailed', { url }));
  };

  const makePreview = async () => {
    if (!access) return void message.error(t('versions.site.offline'));
    const made = await makePreviewLink(access, vendorId);
    if (made) setPreview(made);
    else void message.error(t('versions.site.previewFailed'));
  };

  const showForm = editing || !site;
  return (
    <Card title={t('versions.site.title')} size="small">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('versions.site.intro')}</Typography.Paragraph>
        {!site && !editing && <Typography.Text>{t('versions.site.none')}</Typography.Text>}
        {showForm ? (
          <Form
            form={form}
            layout="inline"
            initialValues={{ slug: site?.slug ?? '' }}
            onFinish={() => void save()}
          >
            <Form.Item
              name="slug"
              label={t('versions.site.slug')}
              validateTrigger="onSubmit"
              rules={[
                {
                  validator: async (_rule, value: string | undefined) => {
                    if (!slugSchema.safeParse((value ?? '').trim()).success)
                      throw new Error(t('versions.site.invalid'));
                  },
                },
              ]}
            >
              <Input
                addonBefore={t('versions.site.slugPrefix')}
                style={{ width: 280 }}
                autoComplete="off"
              />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={saving}>
                {t('versions.site.save')}
              </Button>
            </Form.Item>
          </Form>
        ) : (
          <Space wrap align="center">
            <Typography.Text>{t('versions.site.link')}:</Typography.Text>
            {link ? (
              <Typography.Text code>{link}</Typography.Text>
            ) : (
              <Typography.Text code>{storefrontPaths.page(site.slug)}</Typography.Text>
            )}
            <Button size="small" onClick={() => void copy()} disabled={!link}>
              {t('versions.site.copy')}
            </Button>
            <Button size="small" onClick={() => setEditing(true)}>
              {t('versions.site.change')}
            </Button>
          </Space>
        )}
        {!access && <Alert type="info" showIcon title={t('versions.site.offline')} />}
        {site ? (
          <Space wrap>
            <Button onClick={() => void openPoster()} disabled={!platformUrl}>
              {t('versions.site.poster')}
            </Button>
            <Button onClick={() => void makePreview()} disabled={!access}>
              {t('versions.site.preview')}
            </Button>
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('versions.site.needsSlug')}</Typography.Text>
        )}
      </Space>
      <Modal
        open={preview !== null}
        title={t('versions.site.previewTitle')}
        footer={null}
        onCancel={() => setPreview(null)}
      >
        {preview && (
          <Space orientation="vertical" align="center" style={{ width: '100%' }}>
            <div role="img" aria-label={t('versions.site.previewQr')}>
              <QRCode value={preview.url} size={220} />
            </div>
            <Typography.Text
              copyable={{ text: preview.url }}
              code
              style={{ wordBreak: 'break-all' }}
            >
              {preview.url}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('versions.site.previewHelp', {
                when: formatShopTime(preview.expiresAt, timeZone, i18n.language),
              })}
            </Typography.Text>
          </Space>
        )}
      </Modal>
    </Card>
  );
}
