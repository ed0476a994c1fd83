import { Alert, Card, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AccountCard } from '../../account/AccountCard';
import { SignInForm } from '../../account/SignInForm';
import { PhotoUploads } from '../../media/PhotoUploads';
import { NeedsAttentionList } from './NeedsAttentionList';
import { PendingChangesList } from './PendingChangesList';
import { SyncOverview } from './SyncOverview';
import { usePendingChangeCount, useSyncState } from './use-sync-status';
import { useVendorSync } from './use-vendor-sync';

/** Everything about this shop's sync: the account, the state, what needs attention, what waits. */
export function SyncPage() {
  const { t } = useTranslation(['sync', 'account']);
  const { session, engine, status } = useVendorSync();
  const state = useSyncState();
  const pending = usePendingChangeCount() ?? 0;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 880 }}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('page.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('page.intro')}</Typography.Paragraph>
      {session === undefined && <Spin />}
      {session === null && (
        <Card title={t('account:title')}>
          <Alert type="info" showIcon title={t('page.notSignedIn')} style={{ marginBottom: 16 }} />
          <Typography.Paragraph>{t('account:intro')}</Typography.Paragraph>
          <SignInForm />
        </Card>
      )}
      {session && (
        <>
          <SyncOverview engine={engine} status={status} state={state} />
          <NeedsAttentionList />
          <PendingChangesList />
          <PhotoUploads />
          <AccountCard session={session} pendingCount={pending} />
        </>
      )}
      {session === null && pending > 0 && <PendingChangesList />}
    </Space>
  );
}
