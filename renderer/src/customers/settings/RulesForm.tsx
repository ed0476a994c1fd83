import { Button, Card, Form, Input, InputNumber, Radio, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerSettings } from '@domain/customers/schema';
import { fenToYuanInput, parseYuanToFen } from '@domain/money';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { saveSettings } from './settings-actions';

interface Values {
  pointsPerYuan: number;
  pointsCanPay: boolean;
  pointsPerYuanRedeemed: number | null;
  pointsExpire: boolean;
  pointsExpiryMonths: number | null;
  spendingOrder: CustomerSettings['spendingOrder'];
  offlineDailyCap: string;
}

/** Points earned and redeemed, expiry, the spending order and the offline daily cap. */
export function RulesForm({ settings }: { settings: CustomerSettings }) {
  const { t } = useTranslation('customers');
  const { db } = useActiveVendor();
  const run = useRun();
  const [form] = Form.useForm<Values>();
  const canPay = Form.useWatch('pointsCanPay', form);
  const expire = Form.useWatch('pointsExpire', form);
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('settings.rules.title')}</h2>}>
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ maxWidth: 560 }}
        initialValues={{
          pointsPerYuan: settings.pointsPerYuan,
          pointsCanPay: settings.pointsPerYuanRedeemed !== null,
          pointsPerYuanRedeemed: settings.pointsPerYuanRedeemed ?? 100,
          pointsExpire: settings.pointsExpiryMonths !== null,
          pointsExpiryMonths: settings.pointsExpiryMonths ?? 12,
          spendingOrder: settings.spendingOrder,
          offlineDailyCap: fenToYuanInput(settings.offlineDailyCapFen),
        }}
        onFinish={(values) =>
          void run(async () => {
            const cap = parseYuanToFen(values.offlineDailyCap);
            if (!cap.ok) return;
            await saveSettings(db, {
              id: settings.id,
              pointsPerYuan: values.pointsPerYuan,
              pointsPerYuanRedeemed: values.pointsCanPay ? values.pointsPerYuanRedeemed : null,
              pointsExpiryMonths: values.pointsExpire ? values.pointsExpiryMonths : null,
              spendingOrder: values.spendingOrder,
              offlineDailyCapFen: cap.fen,
            });
          })
        }
      >
        <Form.Item
          name="pointsPerYuan"
          label={t('settings.rules.pointsPerYuan')}
          extra={t('settings.rules.pointsRounding')}
          rules={[{ required: true, message: t('settings.rules.required') }]}
        >
          <InputNumber min={0} max={100} precision={0} />
        </Form.Item>
        <Form.Item
          name="pointsCanPay"
          label={t('settings.rules.pointsCanPay')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        {canPay && (
          <Form.Item
            name="pointsPerYuanRedeemed"
            label={t('settings.rules.pointsPerYuanRedeemed')}
            extra={t('settings.rules.redeemRounding')}
            rules={[{ required: true, message: t('settings.rules.required') }]}
          >
            <InputNumber min={1} max={10000} precision={0} />
          </Form.Item>
        )}
        <Form.Item
          name="pointsExpire"
          label={t('settings.rules.pointsExpire')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        {expire && (
          <Form.Item
            name="pointsExpiryMonths"
            label={t('settings.rules.pointsExpiryMonths')}
            extra={t('settings.rules.expiryHint')}
            rules={[{ required: true, message: t('settings.rules.required') }]}
          >
            <InputNumber min={1} max={120} precision={0} />
          </Form.Item>
        )}
        <Form.Item name="spendingOrder" label={t('settings.rules.spendingOrder')}>
          <Radio.Group
            options={(['principalFirst', 'bonusFirst'] as const).map((value) => ({
              value,
              label: t(`settings.rules.orders.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="offlineDailyCap"
          label={t('settings.rules.offlineDailyCap')}
          extra={t('settings.rules.offlineDailyCapHint')}
          rules={[
            {
              validator: async (_rule, value: string | undefined) => {
                const parsed = parseYuanToFen(value ?? '');
                if (!parsed.ok) throw new Error(t(`charge.errors.${parsed.error}`));
              },
            },
          ]}
        >
          <Input prefix="¥" inputMode="decimal" style={{ width: 200 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common:actions.save')}
        </Button>
      </Form>
    </Card>
  );
}
