import { Alert, Button, Card, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useActiveVendor } from '../../vendors/use-vendor';
import { ChangeTitle } from './ChangeTitle';
import { formatDeviceTime } from '../../i18n/format-time';
import { dismissNeedsAttention, type NeedsAttentionRow } from '../engine/needs-attention';
import { useNeedsAttention } from './use-sync-status';

/** Changes the platform turned down: what they were, why, and what the shop can do now. */
export function NeedsAttentionList() {
  const { t } = useTranslation('sync');
  const rows = useNeedsAttention();
  return (
    <Card title={t('attention.title')}>
      {rows && rows.length > 0 && (
        <Alert type="warning" showIcon title={t('attention.intro')} style={{ marginBottom: 16 }} />
      )}
      <List
        aria-label={t('attention.title')}
        dataSource={rows ?? []}
        loading={rows === undefined}
        locale={{ emptyText: <Typography.Text>{t('attention.empty')}</Typography.Text> }}
        rowKey="mutationId"
        renderItem={(row) => <NeedsAttentionItem row={row} />}
      />
    </Card>
  );
}

function NeedsAttentionItem({ row }: { row: NeedsAttentionRow }) {
  const { t, i18n } = useTranslation('sync');
  const { db } = useActiveVendor();
  const facts = row.details ?? {};
  const ruleKey = row.rule ? `attention.rule.${row.rule}` : null;
  const reason =
    ruleKey && i18n.exists(`sync:${ruleKey}`)
      ? t(ruleKey, facts)
      : t(`attention.reason.${row.reason}`);
  const todoKey = row.rule ? `attention.ruleTodo.${row.rule}` : null;
  const todo =
    todoKey && i18n.exists(`sync:${todoKey}`)
      ? t(todoKey, facts)
      : t(`attention.todo.${row.reason}`);
  return (
    <List.Item
      actions={[
        <Button key="dismiss" onClick={() => void dismissNeedsAttention(db, row.mutationId)}>
          {t('attention.dismiss')}
        </Button>,
      ]}
    >
      <Space orientation="vertical" size={2}>
        <Typography.Text strong>
          <ChangeTitle name={row.name} records={row.records} args={row.args} />
        </Typography.Text>
        <Typography.Text>{reason}</Typography.Text>
        <Typography.Text>{t('attention.whatToDo', { todo })}</Typography.Text>
        {row.madeAt !== null && (
          <Typography.Text type="secondary">
            {t('attention.madeAt', { time: formatDeviceTime(row.madeAt, i18n.language) })}
          </Typography.Text>
        )}
        <details>
          <summary>{t('attention.technical')}</summary>
          <Typography.Text type="secondary" code>
            {row.message}
          </Typography.Text>
        </details>
      </Space>
    </List.Item>
  );
}
