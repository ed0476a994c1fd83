import { Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChangeBy } from '../../staff/ChangeBy';
import { ChangeTitle } from './ChangeTitle';
import { formatDeviceTime } from '../../i18n/format-time';
import { usePendingChanges } from './use-sync-status';

/** The changes made here that have not reached the platform yet, oldest first. */
export function PendingChangesList() {
  const { t, i18n } = useTranslation('sync');
  const pending = usePendingChanges();
  const hidden = pending ? pending.total - pending.changes.length : 0;
  return (
    <section aria-label={t('pending.title')}>
      <Card title={t('pending.title')}>
        <List
          dataSource={pending?.changes ?? []}
          loading={pending === undefined}
          locale={{ emptyText: <Typography.Text>{t('pending.empty')}</Typography.Text> }}
          rowKey="seq"
          renderItem={(change) => (
            <List.Item
              extra={
                <Tag color={change.sent ? 'blue' : 'default'}>
                  {change.sent ? t('pending.sent') : t('pending.waiting')}
                </Tag>
              }
            >
              <List.Item.Meta
                title={<ChangeTitle name={change.name} records={change.records} args={null} />}
                description={
                  <Space orientation="vertical" size={0}>
                    {formatDeviceTime(change.madeAt, i18n.language)}
                    <ChangeBy actor={change.actorStaffId} approver={change.approverStaffId} />
                  </Space>
                }
              />
            </List.Item>
          )}
        />
        {hidden > 0 && (
          <Typography.Text type="secondary">{t('pending.more', { count: hidden })}</Typography.Text>
        )}
      </Card>
    </section>
  );
}
