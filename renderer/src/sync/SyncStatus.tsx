import { Badge, Space, Tag, Tooltip } from 'antd';
import { CheckCircleOutlined, CloudUploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useOnline, usePendingChangeCount } from './use-sync-status';

/** The header's online/offline and pending-changes indicator. */
export function SyncStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  const pending = usePendingChangeCount() ?? 0;
  const pendingText = pending > 0 ? t('header.pending', { count: pending }) : t('header.allSynced');
  return (
    <Space role="status" aria-live="polite" size="small">
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
    </Space>
  );
}
