/**
 * Scheduling a publish of the current draft: a date and a time read on the shop's wall clock (its
 * zone from the vendor profile, not this computer's), a past time refused at the field, an
 * optional note. The platform carries it out at its time, even with every desktop off.
 */
import { useState } from 'react';
import { App, DatePicker, Form, Input, Modal, Space, TimePicker, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { StorefrontDocument } from '@domain/storefront/schema';
import { useActiveVendor } from '../../vendors/use-vendor';
import { storeErrorKey } from './PublishDialog';
import { scheduleDocument } from './publish-actions';
import { formatShopTime, shopDate, shopWallTimeToEpoch } from './shop-time';

interface Fields {
  date?: Dayjs | null;
  time?: Dayjs | null;
  note?: string;
}

/** The instant the fields name in the shop's zone; null while incomplete. */
export function scheduledInstant(fields: Fields, timeZone: string): number | null {
  if (!fields.date || !fields.time) return null;
  return shopWallTimeToEpoch(
    {
      year: fields.date.year(),
      month: fields.date.month() + 1,
      day: fields.date.date(),
      hour: fields.time.hour(),
      minute: fields.time.minute(),
    },
    timeZone,
  );
}

export function ScheduleDialog({
  open,
  onClose,
  document,
  timeZone,
}: {
  open: boolean;
  onClose: () => void;
  document: StorefrontDocument;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation('storefront');
  const { db } = useActiveVendor();
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const fields = await form.validateFields();
    const publishAt = scheduledInstant(fields, timeZone);
    if (publishAt === null) return;
    setSaving(true);
    try {
      await scheduleDocument(db, document, { note: fields.note ?? '', publishAt });
      void message.success(
        t('versions.schedule.done', { when: formatShopTime(publishAt, timeZone, i18n.language) }),
      );
      form.resetFields();
      onClose();
    } catch (error) {
      void message.error(t(storeErrorKey(error)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('versions.schedule.title')}
      okText={t('versions.schedule.ok')}
      cancelText={t('versions.publish.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      okButtonProps={{ loading: saving }}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('versions.schedule.intro', { zone: timeZone })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Space wrap align="start">
          <Form.Item
            name="date"
            label={t('versions.schedule.date')}
            rules={[{ required: true, message: t('versions.schedule.required') }]}
          >
            <DatePicker
              disabledDate={(day) => day.format('YYYY-MM-DD') < shopDate(Date.now(), timeZone)}
            />
          </Form.Item>
          <Form.Item
            name="time"
            label={t('versions.schedule.time')}
            dependencies={['date']}
            rules={[
              { required: true, message: t('versions.schedule.required') },
              ({ getFieldValue }) => ({
                validator: async (_rule, value: Dayjs | null | undefined) => {
                  const at = scheduledInstant(
                    { date: getFieldValue('date') as Dayjs | null, time: value },
                    timeZone,
                  );
                  if (at !== null && at <= Date.now()) throw new Error(t('versions.schedule.past'));
                },
              }),
            ]}
          >
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
          </Form.Item>
        </Space>
        <Form.Item
          name="note"
          label={t('versions.publish.note')}
          rules={[{ max: 200, message: t('versions.publish.noteTooLong') }]}
        >
          <Input.TextArea
            rows={2}
            showCount
            maxLength={200}
            placeholder={t('versions.publish.notePlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
