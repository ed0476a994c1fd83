import { useEffect, useState } from 'react';
import { Alert, Card, Form, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { desktop, isDesktop } from '../desktop/bridge';
import { IdleLockSetting } from '../staff/pages/IdleLockSetting';
import { LanguageSwitch } from './LanguageSwitch';
import { storageIsPersistent } from './storage';

/** Language, the desk's idle lock, storage durability and version. */
export function SettingsPage() {
  const { t } = useTranslation('settings');
  const [persistent, setPersistent] = useState<boolean | null>(null);
  const [version, setVersion] = useState<{ version: string; platform: string } | null>(null);

  useEffect(() => {
    void storageIsPersistent().then(setPersistent);
    void desktop.appInfo().then((result) => result.ok && setVersion(result.value));
  }, []);

  const storageMessage = isDesktop
    ? t('storageDesktop')
    : persistent
      ? t('storagePersistent')
      : t('storageNotPersistent');

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 760 }}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('title')}
      </Typography.Title>
      <Card>
        <Form layout="vertical">
          <Form.Item label={t('language')} extra={t('languageHelp')}>
            <LanguageSwitch />
          </Form.Item>
        </Form>
      </Card>
      <IdleLockSetting />
      <Card title={t('storage')}>
        {persistent !== null && (
          <Alert
            type={isDesktop || persistent ? 'success' : 'warning'}
            showIcon
            title={storageMessage}
          />
        )}
      </Card>
      <Card title={t('about')}>
        {version && (
          <Typography.Text>
            {t('version', {
              version: version.version,
              platform: isDesktop ? t('host.desktop') : t('host.web'),
            })}
          </Typography.Text>
        )}
      </Card>
    </Space>
  );
}
