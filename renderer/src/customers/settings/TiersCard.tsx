import { useState } from 'react';
import {
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerTier } from '@domain/customers/schema';
import { fenToYuanInput, parseYuanToFen } from '@domain/money';
import { useFormatFen, useLocalName } from '../../menu/display';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { TierBadge } from '../TierBadge';
import { removeTier, saveTier } from './settings-actions';

interface Values {
  nameZh: string;
  nameEn?: string;
  basis: CustomerTier['basis'];
  window: CustomerTier['window'];
  threshold: string;
  benefitZh?: string;
  benefitEn?: string;
  discountPercent?: number | null;
  rank: number;
}

/** The shop's tiers: what each counts, over which time, the threshold, benefit and discount. */
export function TiersCard({ tiers }: { tiers: readonly CustomerTier[] }) {
  const { t } = useTranslation('customers');
  const { db } = useActiveVendor();
  const run = useRun();
  const formatFen = useFormatFen();
  const localName = useLocalName();
  const [editing, setEditing] = useState<CustomerTier | 'new' | null>(null);
  const thresholdText = (tier: CustomerTier) =>
    tier.basis === 'pointsEarned'
      ? t('settings.tiers.thresholdPoints', { count: tier.threshold })
      : formatFen(tier.threshold);
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('settings.tiers.title')}</h2>}
      extra={<Button onClick={() => setEditing('new')}>{t('settings.tiers.add')}</Button>}
    >
      <Table<CustomerTier>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...tiers]}
        locale={{
          emptyText: (
            <span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{t('settings.tiers.empty')}</span>
          ),
        }}
        columns={[
          {
            key: 'name',
            title: t('settings.tiers.name'),
            render: (_, tier) => <TierBadge tier={tier} />,
          },
          {
            key: 'rule',
            title: t('settings.tiers.rule'),
            render: (_, tier) =>
              t('settings.tiers.ruleText', {
                basis: t(`settings.tiers.bases.${tier.basis}`),
                window: t(`settings.tiers.windows.${tier.window}`),
                threshold: thresholdText(tier),
              }),
          },
          {
            key: 'benefit',
            title: t('settings.tiers.benefit'),
            render: (_, tier) =>
              [
                localName({ zh: tier.benefit.zh ?? '', en: tier.benefit.en ?? null }),
                tier.discountPercent
                  ? t('charge.discountText', { percent: tier.discountPercent })
                  : '',
              ]
                .filter(Boolean)
                .join(' · '),
          },
          { key: 'rank', title: t('settings.tiers.rank'), dataIndex: 'rank' },
          {
            key: 'actions',
            title: t('history.actions'),
            render: (_, tier) => (
              <Space>
                <Button size="small" onClick={() => setEditing(tier)}>
                  {t('profile.edit')}
                </Button>
                <Popconfirm
                  title={t('settings.tiers.deleteConfirm', { name: localName(tier.name) })}
                  okText={t('settings.tiers.delete')}
                  cancelText={t('common:actions.cancel')}
                  onConfirm={() => void run(() => removeTier(db, tier.id))}
                >
                  <Button size="small" danger>
                    {t('settings.tiers.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <TierDialog
          tier={editing === 'new' ? null : editing}
          nextRank={Math.max(0, ...tiers.map((tier) => tier.rank + 1))}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}

function TierDialog(props: { tier: CustomerTier | null; nextRank: number; onClose: () => void }) {
  const { t } = useTranslation('customers');
  const { db } = useActiveVendor();
  const run = useRun();
  const [form] = Form.useForm<Values>();
  const basis = Form.useWatch('basis', form) ?? props.tier?.basis ?? 'amountSpent';
  const { tier } = props;
  const readThreshold = (values: Values) =>
    values.basis === 'pointsEarned'
      ? { ok: /^\d+$/.test(values.threshold.trim()), value: Number(values.threshold.trim()) }
      : (() => {
          const parsed = parseYuanToFen(values.threshold);
          return { ok: parsed.ok, value: parsed.ok ? parsed.fen : 0 };
        })();
  return (
    <Modal
      open
      title={tier ? t('settings.tiers.editTitle') : t('settings.tiers.addTitle')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          nameZh: tier?.name.zh ?? '',
          nameEn: tier?.name.en ?? '',
          basis: tier?.basis ?? 'amountSpent',
          window: tier?.window ?? 'last12Months',
          threshold: tier
            ? tier.basis === 'pointsEarned'
              ? String(tier.threshold)
              : fenToYuanInput(tier.threshold)
            : '',
          benefitZh: tier?.benefit.zh ?? '',
          benefitEn: tier?.benefit.en ?? '',
          discountPercent: tier?.discountPercent ?? null,
          rank: tier?.rank ?? props.nextRank,
        }}
        onFinish={(values) =>
          void run(async () => {
            await saveTier(db, {
              id: tier?.id,
              createdAt: tier?.createdAt,
              name: { zh: values.nameZh.trim(), en: values.nameEn?.trim() || null },
              basis: values.basis,
              window: values.window,
              threshold: readThreshold(values).value,
              benefit: {
                zh: values.benefitZh?.trim() || null,
                en: values.benefitEn?.trim() || null,
              },
              discountPercent: values.discountPercent ?? null,
              rank: values.rank,
            });
            props.onClose();
          })
        }
      >
        <Form.Item
          name="nameZh"
          label={t('settings.tiers.nameZh')}
          rules={[{ required: true, whitespace: true, message: t('settings.rules.required') }]}
        >
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('settings.tiers.nameEn')}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="basis" label={t('settings.tiers.basis')}>
          <Select
            options={(['amountSpent', 'pointsEarned'] as const).map((value) => ({
              value,
              label: t(`settings.tiers.bases.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="window" label={t('settings.tiers.window')}>
          <Select
            options={(['last12Months', 'total'] as const).map((value) => ({
              value,
              label: t(`settings.tiers.windows.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="threshold"
          label={t(
            basis === 'pointsEarned'
              ? 'settings.tiers.thresholdInPoints'
              : 'settings.tiers.thresholdInYuan',
          )}
          rules={[
            ({ getFieldsValue }) => ({
              validator: async () => {
                if (!readThreshold(getFieldsValue() as Values).ok)
                  throw new Error(t('settings.tiers.thresholdInvalid'));
              },
            }),
          ]}
        >
          <Input inputMode="decimal" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="benefitZh" label={t('settings.tiers.benefitZh')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="benefitEn" label={t('settings.tiers.benefitEn')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="discountPercent"
          label={t('settings.tiers.discount')}
          extra={t('settings.tiers.discountHint')}
        >
          <InputNumber min={1} max={99} precision={0} />
        </Form.Item>
        <Form.Item
          name="rank"
          label={t('settings.tiers.rank')}
          extra={t('settings.tiers.rankHint')}
        >
          <InputNumber min={0} max={1000} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
