import { useState } from 'react';
import { Alert, Button, Card, Form, Input, List, Modal, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { deskCode } from '@domain/customers/receipt';
import { actionsOfRule } from '@domain/parts';
import type { FollowUpChange, RuleAction } from '@domain/parts/define';
import { toStoreError } from '../../db/errors';
import { ensureDeviceId } from '../../db/mutate';
import { formatDeviceTime } from '../../i18n/format-time';
import { useActiveVendor, useVendorProfile } from '../../vendors/use-vendor';
import { attentionTexts, type AttentionContext } from './attention-texts';
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

/**
 * What this desk knows that the rule's details name only by id: the customer (its name, or
 * that it was erased), this desk's receipt code, the shop's zone and currency.
 */
function useAttentionContext(row: NeedsAttentionRow): AttentionContext {
  const { db } = useActiveVendor();
  const profile = useVendorProfile();
  const customerId = row.details?.customerId;
  const local = useLiveQuery(async () => {
    const code = deskCode(await ensureDeviceId(db));
    if (typeof customerId !== 'string') return { deskCode: code };
    const [customer, personal] = await Promise.all([
      db.customer.get(customerId),
      db.customerPersonal.get(customerId),
    ]);
    return {
      deskCode: code,
      customer: customer
        ? {
            name: personal?.name ?? '',
            phone: personal?.phone ?? null,
            erased: customer.erasedAt !== null || !personal,
          }
        : null,
    };
  }, [db, customerId]);
  return { ...local, timeZone: profile?.timeZone, currency: profile?.currency };
}

function useRuleTexts(row: NeedsAttentionRow) {
  const { t, i18n } = useTranslation('sync');
  return attentionTexts(row, t, i18n.language, useAttentionContext(row));
}

/** The reason a fix needs typed (a write-off's), asked in a small dialog before it is made. */
function ReasonPrompt(props: {
  title: string;
  onCancel: () => void;
  onReason: (reason: string) => void;
}) {
  const { t } = useTranslation('customers');
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={props.title}
      okText={t('attention.reason.ok')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={props.onCancel}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => props.onReason(values.reason.trim())}
      >
        <Form.Item
          name="reason"
          label={t('attention.reason.label')}
          rules={[{ required: true, whitespace: true, message: t('attention.reason.required') }]}
        >
          <Input maxLength={200} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A fix that needs no input, ready to make; or one that asks for its input first. */
type Fix =
  | { id: string; followUp: FollowUpChange; action?: undefined }
  | { id: string; action: RuleAction; followUp?: undefined };

function fixesOf(row: NeedsAttentionRow): Fix[] {
  if (!row.args) return [];
  const rejected = { name: row.name, args: row.args };
  return actionsOfRule(row.rule).flatMap((action): Fix[] => {
    if (action.input === 'reason') {
      // Offered when it applies: a stand-in reason tells whether it would make a change.
      const applies = action.fix(rejected, row.details ?? {}, { reason: '-' }) !== null;
      return applies ? [{ id: action.id, action }] : [];
    }
    const followUp = action.fix(rejected, row.details ?? {});
    return followUp ? [{ id: action.id, followUp }] : [];
  });
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
  const fixes = fixesOf(row);
  const [asking, setAsking] = useState<RuleAction | null>(null);
  return (
    // The fixes sit under the text, not beside it: their labels say what they do in full
    // ("take the rest of the balance, collect ¥30.00 in cash") and would squeeze the reason.
    <List.Item>
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
        <Space wrap style={{ marginTop: 6 }}>
          {fixes.map((fix) => (
            <Button
              key={fix.id}
              type="primary"
              onClick={() =>
                fix.action ? setAsking(fix.action) : void settle('fixed', fix.followUp)
              }
            >
              {texts.actionLabel(fix.id)}
            </Button>
          ))}
          <Button onClick={() => void settle('dismissed')}>{t('attention.dismiss')}</Button>
        </Space>
        {error && <Alert type="error" showIcon title={error} />}
        {asking && (
          <ReasonPrompt
            title={texts.actionLabel(asking.id)}
            onCancel={() => setAsking(null)}
            onReason={(reason) => {
              const followUp = asking.fix({ name: row.name, args: row.args }, row.details ?? {}, {
                reason,
              });
              setAsking(null);
              if (followUp) void settle('fixed', followUp);
            }}
          />
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
