import { useEffect } from 'react';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { onUpdateWaiting } from './service-worker';

/** "A new version is available — reload", shown when a new service worker is waiting. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  useEffect(
    () =>
      onUpdateWaiting((activate) => {
        notification.info({
          key: 'update',
          title: t('update.title'),
          description: t('update.body'),
          duration: 0,
          actions: (
            <Space>
              <Button onClick={() => notification.destroy('update')}>{t('update.later')}</Button>
              <Button type="primary" onClick={activate}>
                {t('update.reload')}
              </Button>
            </Space>
          ),
        });
      }),
    [notification, t],
  );
  return null;
}
