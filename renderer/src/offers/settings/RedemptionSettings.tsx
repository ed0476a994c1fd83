/**
 * The shop's redemption settings (核销设置): how long a desk may undo a redemption, how many
 * unverified redemptions (a genuine QR this desk has not received) one desk may take a business
 * day, and whether a typed code unknown here is accepted offline at the shop's own risk. Saved as
 * one change; the form keeps what was typed when the schema refuses it and says why at the field.
 */
import { Alert, App, Button, Form, InputNumber, Switch, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { putOfferSettings } from '@domain/offers/mutations';
import {
  defaultOfferSettings,
  offerSettingsSchema,
  type OfferSettings,
} from '@domain/offers/schema';
import { parseWith, showFormProblems } from '../../components/form-values';
import { StoreError } from '../../db/errors';
import { mutate } from '../../db/mutate';
import { useActiveVendor } from '../../vendors/use-vendor';

type Values = Omit<OfferSettings, 'id'>;

export function RedemptionSettings() {
  const { t } = useTranslation('offers');
  const { message } = App.useApp();
  const { db } = useActiveVendor();
  const [form] = Form.useForm<Values>();
  const stored = useLiveQuery(() => db.offerSettings.get('shop'), [db]);
  const accepting = Form.useWatch('acceptUnknownTypedOffline', form);

  useEffect(() => {
    const { id: _id, ...values } = stored ?? defaultOfferSettings;
    form.setFieldsValue(values);
  }, [stored, form]);

  async function save(values: Values) {
    const parsed = parseWith(offerSettingsSchema, { ...values, id: 'shop' });
    if (!parsed.ok) {
      showFormProblems(form, parsed.problems, t as TFunction, 'settings.errors');
      return;
    }
    try {
      await mutate(db, putOfferSettings, { settings: parsed.value });
      void message.success(t('settings.saved'));
    } catch (error) {
      if (error instanceof StoreError && error.code === 'not_permitted') return;
      void message.error(
        t('desk.failed', { code: error instanceof StoreError ? error.code : 'failed' }),
      );
    }
  }

  return (
    <Form
      form={form}
      layout="vertical"
      style={{ maxWidth: 560 }}
      onFinish={(values) => void save(values)}
      onValuesChange={(changed: Partial<Values>) =>
        form.setFields(
          (Object.keys(changed) as Array<keyof Values>).map((name) => ({ name, errors: [] })),
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('settings.intro')}</Typography.Paragraph>
      <Form.Item
        name="undoWindowMin"
        label={t('settings.undoWindowMin')}
        extra={t('settings.undoWindowHelp')}
      >
        <InputNumber min={0} max={24 * 60} precision={0} addonAfter={t('settings.minutes')} />
      </Form.Item>
      <Form.Item
        name="unverifiedCapPerDesk"
        label={t('settings.unverifiedCap')}
        extra={t('settings.unverifiedCapHelp')}
      >
        <InputNumber min={0} max={1000} precision={0} addonAfter={t('settings.perDay')} />
      </Form.Item>
      <Form.Item
        name="acceptUnknownTypedOffline"
        label={t('settings.acceptUnknown')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      {accepting ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('settings.acceptUnknownRisk')}
        />
      ) : (
        <Typography.Paragraph type="secondary">
          {t('settings.acceptUnknownOff')}
        </Typography.Paragraph>
      )}
      <Button type="primary" htmlType="submit">
        {t('settings.save')}
      </Button>
    </Form>
  );
}
