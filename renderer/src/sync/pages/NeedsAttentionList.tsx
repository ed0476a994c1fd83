import { useState } from 'react';
import { Alert, Button, Card, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { actionsOfRule } from '@domain/parts';
import { toStoreError } from '../../db/errors';
import { formatDeviceTime } from '../../i18n/format-time';
import { useActiveVendor } from '../../vendors/use-vendor';
import { attentionTexts } from './attention-texts';
import { ChangeBy } from '../../staff/ChangeBy';
import { ChangeTitle } from './ChangeTitle';
import { settleNeedsAttention, type NeedsAttentionRow } from '../engine/needs-attention';
import { useNeedsAttention } from './use-sync-status';

/** Changes the platform turned down, shop-wide: what they were, why, and what the shop can do. */
export function NeedsAttentionList() {
  const { t } = useTranslation('sync');
  const rows = useNeedsAttention();
  // A named region: antd's List puts its aria-label on a wrapper without a role, where screen
  // readers do not announce it.
  return (
    <section aria-label={t('attention.title')}>
      <Card title={t('attention.title')}>
        {rows && rows.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('attention.intro')}
            style={{ marginBottom: 16 }}
          />
        )}
        <List
          dataSource={rows ?? []}
          loading={rows === undefined}
          locale={{ emptyText: <Typography.Text>{t('attention.empty')}</Typography.Text> }}
          rowKey="mutationId"
          renderItem={(row) => <NeedsAttentionItem row={row} />}
        />
      </Card>
    </section>
  );
}

function useRuleTexts(row: NeedsAttentionRow) {
  const { t, i18n } = useTranslation('sync');
  return attentionTexts(row, t, i18n.language);
}

function NeedsAttentionItem({ row }: { row: NeedsAttentionRow }) {
  const { t, i18n } = useTranslation('sync');
  const { db } = useActiveVendor();
  const [error, setError] = useState<string | null>(null);
  const texts = useRuleTexts(row);
  const settle = (
    resolution: 'dismissed' | 'fixed',
    followUp?: Parameters<typeof settleNeedsAttention>[3],
  ) =>
    settleNeedsAttention(db, row.mutationId, resolution, followUp).catch((failure: unknown) =>
      setError(t(`common:errors.${toStoreError(failure).code}`)),
    );
  const fixes = row.args
    ? actionsOfRule(row.rule).flatMap((action) => {
        const followUp = action.fix({ name: row.name, args: row.args }, row.details ?? {});
        return followUp ? [{ id: action.id, followUp }] : [];
      })
    : [];
  return (
    <List.Item
      actions={[
        ...fixes.map(({ id, followUp }) => (
          <Button key={id} type="primary" onClick={() => void settle('fixed', followUp)}>
            {texts.actionLabel(id)}
          </Button>
        )),
        <Button key="dismiss" onClick={() => void settle('dismissed')}>
          {t('attention.dismiss')}
        </Button>,
      ]}
    >
      <Space orientation="vertical" size={2}>
        <Typography.Text strong>
          <ChangeTitle name={row.name} records={row.records} args={row.args} />
        </Typography.Text>
        <ChangeBy actor={row.madeBy} approver={row.approvedBy} />
        <Typography.Text>{texts.reason}</Typography.Text>
        <Typography.Text>{t('attention.whatToDo', { todo: texts.todo })}</Typography.Text>
        {row.madeAt !== null && (
          <Typography.Text type="secondary">
            {t('attention.madeAt', { time: formatDeviceTime(row.madeAt, i18n.language) })}
          </Typography.Text>
        )}
        {error && <Alert type="error" showIcon title={error} />}
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
