import { useState } from 'react';
import { Button, Card, Form, Input, Modal, Switch, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TopUpPlan } from '@domain/customers/schema';
import { parseYuanToFen } from '@domain/money';
import { useFormatFen } from '../../menu/display';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { savePlan } from './settings-actions';

/** Top-up plans (充 ¥500 送 ¥50): what the customer pays, the bonus, offered or not. */
export function PlansCard({ plans }: { plans: readonly TopUpPlan[] }) {
  const { t } = useTranslation('customers');
  const { db } = useActiveVendor();
  const run = useRun();
  const formatFen = useFormatFen();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<{ pay: string; bonus: string }>();
  const money = (value: string | undefined, allowZero: boolean) => {
    const parsed = parseYuanToFen(value ?? '');
    if (!parsed.ok) throw new Error(t(`charge.errors.${parsed.error}`));
    if (!allowZero && parsed.fen === 0) throw new Error(t('charge.errors.zero'));
    return parsed.fen;
  };
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('settings.plans.title')}</h2>}
      extra={<Button onClick={() => setAdding(true)}>{t('settings.plans.add')}</Button>}
    >
      <Table<TopUpPlan>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...plans]}
        locale={{
          emptyText: (
            <span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{t('settings.plans.empty')}</span>
          ),
        }}
        columns={[
          {
            key: 'plan',
            title: t('settings.plans.plan'),
            render: (_, plan) =>
              t('topUp.planLabel', {
                pay: formatFen(plan.payFen),
                bonus: formatFen(plan.bonusFen),
              }),
          },
          {
            key: 'active',
            title: t('settings.plans.active'),
            render: (_, plan) => (
              <Switch
                aria-label={t('settings.plans.activeFor', {
                  plan: t('topUp.planLabel', {
                    pay: formatFen(plan.payFen),
                    bonus: formatFen(plan.bonusFen),
                  }),
                })}
                checked={plan.active}
                onChange={(active) => void run(() => savePlan(db, { ...plan, active }))}
              />
            ),
          },
        ]}
      />
      {adding && (
        <Modal
          open
          title={t('settings.plans.addTitle')}
          okText={t('common:actions.save')}
          cancelText={t('common:actions.cancel')}
          onOk={() => form.submit()}
          onCancel={() => setAdding(false)}
          destroyOnHidden
        >
          <Form
            form={form}
            layout="vertical"
            initialValues={{ pay: '', bonus: '0' }}
            onFinish={(values) =>
              void run(async () => {
                await savePlan(db, {
                  payFen: money(values.pay, false),
                  bonusFen: money(values.bonus, true),
                  active: true,
                });
                setAdding(false);
              })
            }
          >
            <Form.Item
              name="pay"
              label={t('settings.plans.pay')}
              rules={[{ validator: async (_r, value: string) => void money(value, false) }]}
            >
              <Input prefix="¥" inputMode="decimal" />
            </Form.Item>
            <Form.Item
              name="bonus"
              label={t('settings.plans.bonus')}
              rules={[{ validator: async (_r, value: string) => void money(value, true) }]}
            >
              <Input prefix="¥" inputMode="decimal" />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Card>
  );
}
