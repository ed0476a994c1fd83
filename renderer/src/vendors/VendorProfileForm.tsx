import { useMemo, useState } from 'react';
import { Alert, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { businessCategories } from '@domain/vendor';
import { isValidTimeZone } from '@domain/time';
import { toStoreError } from '../db/errors';
import { OpeningHoursField } from './OpeningHoursField';
import {
  initialProfileFormValues,
  isValidShopPhone,
  toProfileInput,
  type ProfileFormValues,
} from './profile-form-values';
import { createShopProfile } from './profile-actions';

interface VendorProfileFormProps {
  onCreated: (vendorId: string) => void;
}

/** The shop's details, validated at each field; nothing is written until every field is right. */
export function VendorProfileForm({ onCreated }: VendorProfileFormProps) {
  const { t } = useTranslation(['vendor', 'common']);
  const [form] = Form.useForm<ProfileFormValues>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const timeZones = useMemo(
    () => Intl.supportedValuesOf('timeZone').map((zone) => ({ value: zone, label: zone })),
    [],
  );

  const submit = async (values: ProfileFormValues) => {
    setSaving(true);
    setSaveError(null);
    try {
      onCreated(await createShopProfile(toProfileInput(values)));
    } catch (error) {
      setSaveError(t(`common:errors.${toStoreError(error).code}`));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialProfileFormValues()}
      onFinish={submit}
      scrollToFirstError
      requiredMark
    >
      <Form.Item
        name="name"
        label={t('form.name')}
        rules={[
          { required: true, whitespace: true, message: t('validation.nameRequired') },
          { max: 60, message: t('validation.nameTooLong') },
        ]}
      >
        <Input placeholder={t('form.namePlaceholder')} maxLength={80} />
      </Form.Item>
      <Form.Item
        name="category"
        label={t('form.category')}
        rules={[{ required: true, message: t('validation.categoryRequired') }]}
      >
        <Select
          options={businessCategories.map((value) => ({ value, label: t(`category.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="address"
        label={t('form.address')}
        rules={[
          { required: true, whitespace: true, message: t('validation.addressRequired') },
          { max: 200, message: t('validation.addressTooLong') },
        ]}
      >
        <Input placeholder={t('form.addressPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('form.phone')}
        validateTrigger="onBlur"
        rules={[
          { required: true, whitespace: true, message: t('validation.phoneRequired') },
          {
            validator: async (_rule, value: string | undefined) => {
              if (value && value.trim() && !isValidShopPhone(value)) {
                throw new Error(t('validation.phoneInvalid'));
              }
            },
          },
        ]}
      >
        <Input placeholder={t('form.phonePlaceholder')} inputMode="tel" />
      </Form.Item>
      <OpeningHoursField />
      <Form.Item
        name="timeZone"
        label={t('form.timeZone')}
        rules={[
          {
            validator: async (_rule, value: string) => {
              if (!isValidTimeZone(value)) throw new Error(t('validation.timeZoneInvalid'));
            },
          },
        ]}
      >
        <Select showSearch options={timeZones} />
      </Form.Item>
      <Form.Item name="currency" label={t('form.currency')}>
        <Select disabled options={[{ value: 'CNY', label: t('currencyName.CNY') }]} />
      </Form.Item>
      <Form.Item name="businessDayCutoff" label={t('form.cutoff')} extra={t('form.cutoffHelp')}>
        <Input type="time" style={{ width: 130 }} />
      </Form.Item>
      {saveError && <Alert type="error" showIcon title={saveError} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={saving}>
        {t('form.submit')}
      </Button>
    </Form>
  );
}
