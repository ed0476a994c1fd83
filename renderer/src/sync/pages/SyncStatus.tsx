import { Badge, Space, Tag, Tooltip } from 'antd';
import {
  CheckCircleOutlined,
  CloudUploadOutlined,
  ExclamationCircleOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { hrefFor, pageRoute } from '../../routing/routes';
import { formatDeviceTime } from '../../i18n/format-time';
import {
  useNeedsAttention,
  useOnline,
  usePendingChangeCount,
  useSyncState,
} from './use-sync-status';
import { useVendorSync } from './use-vendor-sync';

/**
 * The header's sync indicator: online/offline (confirmed by the platform when signed in), changes
 * waiting, last synced, errors and rejections. Mounted for the whole time a shop is open, it also
 * keeps the shop's sync engine running (useVendorSync).
 */
export function SyncStatus() {
  const { t, i18n } = useTranslation(['common', 'sync']);
  const { session, status } = useVendorSync();
  const online = useOnline(status?.online);
  const pending = usePendingChangeCount() ?? 0;
  const state = useSyncState();
  const attention = useNeedsAttention()?.length ?? 0;
  const pendingText = pending > 0 ? t('header.pending', { count: pending }) : t('header.allSynced');
  const lastError = status?.running ? null : (status?.lastError ?? state?.lastError?.code ?? null);
  // Being offline is said by the badge; a sync tried while offline is no problem to flag.
  const errorCode = lastError === 'offline' ? null : lastError;
  const syncHref = hrefFor(pageRoute('sync'));

  return (
    <Space role="status" aria-live="polite" size="small" wrap>
      <Tag>
        <Badge
          status={online ? 'success' : 'default'}
          text={online ? t('header.online') : t('header.offline')}
        />
      </Tag>
      <Tooltip title={pendingText}>
        <Tag icon={pending > 0 ? <CloudUploadOutlined /> : <CheckCircleOutlined />}>
          {pendingText}
        </Tag>
      </Tooltip>
      {session === null && <Tag>{t('sync:header.localOnly')}</Tag>}
      {session && status?.running && (
        <Tag icon={<SyncOutlined spin />}>{t('sync:header.syncing')}</Tag>
      )}
      {session && !status?.running && state?.lastSyncedAt && (
        <Tag>
          {t('sync:header.lastSynced', {
            time: formatDeviceTime(state.lastSyncedAt, i18n.language),
          })}
        </Tag>
      )}
      {session && errorCode && (
        <Tooltip title={t(`sync:error.${errorCode}`)}>
          <Tag color="error" icon={<ExclamationCircleOutlined />}>
            <a href={syncHref}>{t('sync:header.error')}</a>
          </Tag>
        </Tooltip>
      )}
      {attention > 0 && (
        <Tag color="warning">
          <a href={syncHref}>{t('sync:header.attention', { count: attention })}</a>
        </Tag>
      )}
    </Space>
  );
}
