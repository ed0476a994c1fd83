import { Alert, Badge, Button, Card, Progress, Space, Typography } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDeviceTime } from '../../i18n/format-time';
import type { SyncState } from '../engine/sync-state';
import { useOnline } from './use-sync-status';
import type { SyncStatus, VendorSyncEngine } from '../engine/vendor-sync';

interface SyncOverviewProps {
  engine: VendorSyncEngine | null;
  status: SyncStatus | null;
  state: SyncState | undefined;
}

/** Online or not, when it last synced, the running sync's progress, what went wrong, "Sync now". */
export function SyncOverview({ engine, status, state }: SyncOverviewProps) {
  const { t, i18n } = useTranslation('sync');
  const online = useOnline(status?.online);
  const running = status?.running ?? false;
  const errorCode = status?.lastError ?? state?.lastError?.code ?? null;
  const lastSynced = state?.lastSyncedAt
    ? t('status.lastSynced', { time: formatDeviceTime(state.lastSyncedAt, i18n.language) })
    : t('status.neverSynced');

  return (
    <Card
      title={t('status.title')}
      extra={
        <Button
          type="primary"
          icon={<SyncOutlined spin={running} />}
          onClick={() => engine?.syncNow()}
          disabled={!engine}
        >
          {t('status.syncNow')}
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space size="large" wrap>
          <Badge
            status={status?.online === null ? 'processing' : online ? 'success' : 'default'}
            text={
              status?.online === null
                ? t('status.checking')
                : online
                  ? t('status.online')
                  : t('status.offline')
            }
          />
          <Typography.Text>{running ? t('status.syncing') : lastSynced}</Typography.Text>
        </Space>
        <SyncProgressBar status={status} firstSync={state !== undefined && !state.downloaded} />
        {errorCode && !running && (
          <Alert
            type={status?.waitingForShop ? 'error' : 'warning'}
            showIcon
            title={t('error.title')}
            description={
              <>
                <div>{t(`error.${errorCode}`)}</div>
                {status?.nextRetryAt && (
                  <div>
                    {t('status.nextRetry', {
                      time: formatDeviceTime(status.nextRetryAt, i18n.language),
                    })}
                  </div>
                )}
                {status?.waitingForShop && <div>{t('status.waitingForShop')}</div>}
              </>
            }
          />
        )}
        {status && (
          <Typography.Text type="secondary">
            {status.pokeConnected ? t('status.liveUpdates') : t('status.noLiveUpdates')}
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}

function SyncProgressBar({ status, firstSync }: { status: SyncStatus | null; firstSync: boolean }) {
  const { t } = useTranslation('sync');
  const progress = status?.progress;
  if (!progress) return null;
  const label =
    progress.phase === 'pushing'
      ? t('progress.pushing', { count: progress.pushed })
      : progress.phase === 'pulling'
        ? t('progress.pulling', { count: progress.pulled })
        : t(`progress.${progress.phase}`);
  const percent = progress.fraction === undefined ? 100 : Math.round(progress.fraction * 100);
  return (
    <div>
      {firstSync && <Typography.Paragraph>{t('progress.firstSync')}</Typography.Paragraph>}
      <Typography.Text id="sync-progress-label">{label}</Typography.Text>
      <Progress
        percent={percent}
        status="active"
        showInfo={progress.fraction !== undefined}
        aria-labelledby="sync-progress-label"
      />
    </div>
  );
}
