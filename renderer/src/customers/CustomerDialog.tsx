import { Checkbox, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { normalizePhone } from '@domain/customers/phone';
import {
  birthdaySchema,
  genders,
  MAX_CUSTOMER_TAGS,
  type Consent,
  type CustomerPersonal,
} from '@domain/customers/schema';
import { useRun } from '../menu/use-run';
import { useActiveVendor } from '../vendors/use-vendor';
import { addCustomer, changeConsent, editCustomer } from './actions';
import { useFormatShopTime } from './use-format';

interface Values {
  name?: string;
  phone?: string;
  gender?: (typeof genders)[number] | null;
  birthMonth?: number | null;
  birthDay?: number | null;
  birthYear?: number | null;
  tags?: string[];
  note?: string;
  consent?: boolean;
}

function toPerson(values: Values): Omit<CustomerPersonal, 'id'> {
  const phone = values.phone?.trim() ? normalizePhone(values.phone) : null;
  return {
    name: values.name?.trim() ?? '',
    phone: phone?.ok ? phone.phone : null,
    gender: values.gender ?? null,
    birthday:
      values.birthMonth && values.birthDay
        ? { month: values.birthMonth, day: values.birthDay, year: values.birthYear ?? null }
        : null,
    tags: [...new Set((values.tags ?? []).map((tag) => tag.trim()).filter(Boolean))],
    note: values.note?.trim() ?? '',
  };
}

/** Add a customer, or edit one's details (the person) and marketing consent. */
export function CustomerDialog(props: {
  editing: { id: string; personal: CustomerPersonal | null; consent: Consent } | null;
  onClose: (createdId?: string) => void;
}) {
  const { t } = useTranslation('customers');
  const { db } = useActiveVendor();
  const run = useRun();
  const formatTime = useFormatShopTime(true);
  const [form] = Form.useForm<Values>();
  const { editing } = props;
  const person = editing?.personal;
  const consent = editing?.consent ?? null;
  const save = async (values: Values) => {
    const next = toPerson(values);
    const granted = values.consent ?? false;
    const consentChanged = (consent?.granted ?? false) !== granted;
    const nextConsent: Consent = consentChanged || consent ? { granted, at: Date.now() } : null;
    const id = await run(async () => {
      if (!editing) return addCustomer(db, next, granted ? nextConsent : null);
      await editCustomer(db, editing.id, next);
      if (consentChanged) await changeConsent(db, editing.id, nextConsent);
      return editing.id;
    });
    if (id) props.onClose(editing ? undefined : id);
  };
  return (
    <Modal
      open
      title={editing ? t('dialog.editTitle') : t('dialog.addTitle')}
      okText={editing ? t('common:actions.save') : t('common:actions.create')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={() => props.onClose()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          name: person?.name ?? '',
          phone: person?.phone ?? '',
          gender: person?.gender ?? null,
          birthMonth: person?.birthday?.month ?? null,
          birthDay: person?.birthday?.day ?? null,
          birthYear: person?.birthday?.year ?? null,
          tags: person?.tags ?? [],
          note: person?.note ?? '',
          consent: consent?.granted ?? false,
        }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          name="name"
          label={t('dialog.name')}
          dependencies={['phone']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_rule, name: string | undefined) => {
                const phone = getFieldValue('phone') as string | undefined;
                if (!name?.trim() && !phone?.trim()) throw new Error(t('dialog.nameOrPhone'));
              },
            }),
          ]}
        >
          <Input maxLength={40} autoFocus />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('dialog.phone')}
          rules={[
            {
              validator: async (_rule, phone: string | undefined) => {
                if (!phone?.trim()) return;
                const parsed = normalizePhone(phone);
                if (!parsed.ok) throw new Error(t(`dialog.phoneErrors.${parsed.error}`));
              },
            },
          ]}
        >
          <Input inputMode="tel" autoComplete="off" maxLength={30} />
        </Form.Item>
        <Form.Item name="gender" label={t('dialog.gender')}>
          <Select
            allowClear
            options={genders.map((value) => ({ value, label: t(`genders.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('dialog.birthday')}
          extra={t('dialog.birthdayHint')}
          style={{ marginBottom: 0 }}
        >
          <Flex gap={8}>
            <Form.Item
              name="birthMonth"
              label={t('dialog.birthMonth')}
              dependencies={['birthDay', 'birthYear']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_rule, month: number | null | undefined) => {
                    const day = getFieldValue('birthDay') as number | null | undefined;
                    const year = getFieldValue('birthYear') as number | null | undefined;
                    if (!month && !day) return;
                    const ok = birthdaySchema.safeParse({ month, day, year: year ?? null }).success;
                    if (!ok) throw new Error(t('dialog.birthdayInvalid'));
                  },
                }),
              ]}
            >
              <InputNumber min={1} max={12} precision={0} style={{ width: 90 }} />
            </Form.Item>
            <Form.Item name="birthDay" label={t('dialog.birthDay')}>
              <InputNumber min={1} max={31} precision={0} style={{ width: 90 }} />
            </Form.Item>
            <Form.Item name="birthYear" label={t('dialog.birthYear')}>
              <InputNumber min={1900} max={2100} precision={0} style={{ width: 110 }} />
            </Form.Item>
          </Flex>
        </Form.Item>
        <Form.Item
          name="tags"
          label={t('dialog.tags')}
          rules={[
            {
              validator: async (_rule, tags: string[] | undefined) => {
                if ((tags?.length ?? 0) > MAX_CUSTOMER_TAGS)
                  throw new Error(t('dialog.tooManyTags', { count: MAX_CUSTOMER_TAGS }));
                if (tags?.some((tag) => tag.trim().length > 20))
                  throw new Error(t('dialog.tagTooLong'));
              },
            },
          ]}
        >
          <Select mode="tags" tokenSeparators={[',', '，']} open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item name="note" label={t('dialog.note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
        <Form.Item
          name="consent"
          valuePropName="checked"
          extra={
            consent
              ? t(consent.granted ? 'dialog.consentGivenAt' : 'dialog.consentWithdrawnAt', {
                  time: formatTime(consent.at),
                })
              : t('dialog.consentNever')
          }
        >
          <Checkbox>{t('dialog.consent')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
