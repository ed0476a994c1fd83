import { App as AntApp, Button, Card, Space, Tag, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDeviceTime } from '../i18n/format-time';
import type { PlatformSession } from './session-store';
import { signOutOfPlatform } from './sign-in';

/** Which platform account this shop syncs with, and signing out (the shop's data stays here). */
export function AccountCard({
  session,
  pendingCount,
}: {
  session: PlatformSession;
  pendingCount: number;
}) {
  const { t, i18n } = useTranslation('account');
  const { modal, message } = AntApp.useApp();

  const confirmSignOut = () => {
    modal.confirm({
      title: t('signedIn.confirmTitle'),
      content:
        pendingCount > 0
          ? t('signedIn.confirmPending', { count: pendingCount })
          : t('signedIn.confirmBody'),
      okText: t('signedIn.signOut'),
      okButtonProps: { danger: true },
      onOk: async () => {
        await signOutOfPlatform(session.vendorId);
        void message.success(t('signedIn.signedOut'));
      },
    });
  };

  return (
    <Card
      title={t('signedIn.title')}
      extra={
        <Button icon={<LogoutOutlined />} onClick={confirmSignOut}>
          {t('signedIn.signOut')}
        </Button>
      }
    >
      <Space orientation="vertical" size={4}>
        <Space size="small">
          <Tag>{t(`signedIn.kind.${session.accountKind}`)}</Tag>
          <Typography.Text strong>
            {t('signedIn.account', { name: session.accountName, login: session.login })}
          </Typography.Text>
        </Space>
        <Typography.Text>{t('signedIn.platform', { url: session.platformUrl })}</Typography.Text>
        <Typography.Text type="secondary">
          {t('signedIn.since', { time: formatDeviceTime(session.signedInAt, i18n.language) })}
        </Typography.Text>
      </Space>
    </Card>
  );
}
