import {
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Switch,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { BookingSettings, Service } from '@domain/bookings/schema';
import { weekdays } from '@domain/vendor';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { showProblems } from './form-problems';
import { saveBookingSettings } from './setup-actions';
import {
  newDepositRule,
  settingsFromValues,
  settingsValues,
  type SettingsValues,
} from './setup-values';

const SLOT_SIZES = [5, 10, 15, 20, 30, 60] as const;

const Section = ({ children }: { children: string }) => (
  <h3 style={{ fontSize: 15, margin: '16px 0 8px' }}>{children}</h3>
);

/** The shop's booking rules: one form, one change; nothing is saved while a field is wrong. */
export function SettingsForm({
  settings,
  services,
}: {
  settings: BookingSettings;
  services: Service[];
}) {
  const { t, i18n } = useTranslation('bookings');
  const { t: tv } = useTranslation('vendor');
  const { db } = useActiveVendor();
  const run = useRun();
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsValues>();
  const english = i18n.language.startsWith('en');
  const serviceOptions = services
    .filter((service) => !service.archived)
    .map((service) => ({
      value: service.id,
      label: (english && service.name.en) || service.name.zh,
    }));
  const weekdayOptions = weekdays.map((day) => ({ value: day, label: tv(`weekday.${day}`) }));

  // The whole store, fields not shown now included (a rule's id, a staff member's hours).
  const submit = () =>
    void run(async () => {
      const values = form.getFieldsValue(true) as SettingsValues;
      const parsed = settingsFromValues(values, { id: settings.id }, Date.now());
      if (!parsed.ok) return showProblems(form, parsed.problems, t);
      await saveBookingSettings(db, parsed.value);
      void message.success(t('setup.settings.saved'));
    });

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('setup.settings.title')}</h2>}>
      <Form<SettingsValues>
        form={form}
        layout="vertical"
        style={{ maxWidth: 820 }}
        initialValues={settingsValues(settings)}
        onFinish={submit}
        onFinishFailed={() => undefined}
      >
        <Form.Item name="online" label={t('setup.settings.online')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="mode" label={t('setup.settings.mode')}>
          <Radio.Group
            options={(['tables', 'services', 'rooms'] as const).map((value) => ({
              value,
              label: t(`setup.settings.modes.${value}`),
            }))}
          />
        </Form.Item>

        <Section>{t('setup.settings.whenTitle')}</Section>
        <Flex gap={16} wrap>
          <Form.Item name="slotMinutes" label={t('setup.settings.slotMinutes')}>
            <Select
              style={{ width: 140 }}
              options={SLOT_SIZES.map((value) => ({
                value,
                label: t('setup.minutesCount', { count: value }),
              }))}
            />
          </Form.Item>
          <Form.Item name="leadMinutes" label={t('setup.settings.leadMinutes')}>
            <InputNumber min={0} max={10080} precision={0} suffix={t('setup.minutes')} />
          </Form.Item>
          <Form.Item name="maxDaysAhead" label={t('setup.settings.maxDaysAhead')}>
            <InputNumber min={1} max={366} precision={0} suffix={t('setup.days')} />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item
            name={['pacing', 'maxBookings']}
            label={t('setup.settings.maxBookings')}
            extra={t('setup.settings.noLimitHint')}
          >
            <InputNumber min={1} max={1000} precision={0} />
          </Form.Item>
          <Form.Item
            name={['pacing', 'maxCovers']}
            label={t('setup.settings.maxCovers')}
            extra={t('setup.settings.noLimitHint')}
          >
            <InputNumber min={1} max={10000} precision={0} />
          </Form.Item>
        </Flex>

        <Section>{t('setup.settings.turnTitle')}</Section>
        <Form.List name="turnTimes">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Flex
                  key={field.key}
                  gap={8}
                  align="start"
                  role="group"
                  aria-label={t('setup.settings.turnRow', { n: index + 1 })}
                >
                  <Form.Item name={[field.name, 'maxParty']} label={t('setup.settings.upToParty')}>
                    <InputNumber min={1} max={200} precision={0} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'minutes']} label={t('setup.settings.turnMinutes')}>
                    <InputNumber min={15} max={720} precision={0} suffix={t('setup.minutes')} />
                  </Form.Item>
                  <Button
                    style={{ marginTop: 30 }}
                    disabled={fields.length <= 1}
                    onClick={() => remove(field.name)}
                    aria-label={t('setup.settings.removeTurn', { n: index + 1 })}
                  >
                    {t('setup.remove')}
                  </Button>
                </Flex>
              ))}
              <Button
                onClick={() => add({ maxParty: null, minutes: 120 })}
                disabled={fields.length >= 10}
              >
                {t('setup.settings.addTurn')}
              </Button>
            </>
          )}
        </Form.List>

        <Section>{t('setup.settings.confirmTitle')}</Section>
        <Form.Item
          name="autoConfirm"
          label={t('setup.settings.autoConfirm')}
          valuePropName="checked"
          extra={t('setup.settings.autoConfirmHint')}
        >
          <Switch />
        </Form.Item>

        <Section>{t('setup.settings.depositTitle')}</Section>
        <Form.List name="depositRules">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 8 }}
                  role="group"
                  aria-label={t('setup.settings.depositRule', { n: index + 1 })}
                  title={t('setup.settings.depositRule', { n: index + 1 })}
                  extra={
                    <Button size="small" onClick={() => remove(field.name)}>
                      {t('setup.remove')}
                    </Button>
                  }
                >
                  <Flex gap={16} wrap>
                    <Form.Item name={[field.name, 'minParty']} label={t('setup.settings.minParty')}>
                      <InputNumber min={1} max={500} precision={0} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'amount']} label={t('setup.settings.amount')}>
                      <Input prefix="¥" inputMode="decimal" style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'from']}
                      label={t('setup.settings.from')}
                      extra={t('setup.settings.allDayHint')}
                    >
                      <Input type="time" style={{ width: 130 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'to']} label={t('setup.settings.to')}>
                      <Input type="time" style={{ width: 130 }} />
                    </Form.Item>
                  </Flex>
                  <Form.Item
                    name={[field.name, 'weekdays']}
                    label={t('setup.settings.weekdays')}
                    extra={t('setup.settings.everyDayHint')}
                  >
                    <Checkbox.Group options={weekdayOptions} />
                  </Form.Item>
                  {serviceOptions.length > 0 && (
                    <Form.Item
                      name={[field.name, 'serviceIds']}
                      label={t('setup.settings.services')}
                    >
                      <Select
                        mode="multiple"
                        options={serviceOptions}
                        placeholder={t('setup.settings.anyService')}
                      />
                    </Form.Item>
                  )}
                </Card>
              ))}
              <Button onClick={() => add(newDepositRule())} disabled={fields.length >= 20}>
                {t('setup.settings.addDeposit')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item
          name="refundBeforeHours"
          label={t('setup.settings.refundBeforeHours')}
          style={{ marginTop: 16 }}
        >
          <InputNumber min={0} max={720} precision={0} suffix={t('setup.hours')} />
        </Form.Item>
        <Form.Item name={['policyText', 'zh']} label={t('setup.settings.policyZh')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name={['policyText', 'en']} label={t('setup.settings.policyEn')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>

        <Section>{t('setup.settings.queueTitle')}</Section>
        <Form.List name="queueTypes">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Flex
                  key={field.key}
                  gap={8}
                  wrap
                  align="start"
                  role="group"
                  aria-label={t('setup.settings.queueRow', { n: index + 1 })}
                >
                  <Form.Item name={[field.name, 'prefix']} label={t('setup.settings.prefix')}>
                    <Input maxLength={1} style={{ width: 60 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'name', 'zh']}
                    label={t('setup.settings.queueNameZh')}
                  >
                    <Input maxLength={80} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'name', 'en']}
                    label={t('setup.settings.queueNameEn')}
                  >
                    <Input maxLength={80} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'minParty']} label={t('setup.settings.minParty')}>
                    <InputNumber min={1} max={200} precision={0} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'maxParty']} label={t('setup.settings.maxParty')}>
                    <InputNumber min={1} max={200} precision={0} />
                  </Form.Item>
                  <Button
                    style={{ marginTop: 30 }}
                    onClick={() => remove(field.name)}
                    aria-label={t('setup.settings.removeQueue', { n: index + 1 })}
                  >
                    {t('setup.remove')}
                  </Button>
                </Flex>
              ))}
              <Button
                disabled={fields.length >= 6}
                onClick={() =>
                  add({ prefix: '', name: { zh: '', en: '' }, minParty: 1, maxParty: 4 })
                }
              >
                {t('setup.settings.addQueue')}
              </Button>
            </>
          )}
        </Form.List>

        <Section>{t('setup.settings.remindersTitle')}</Section>
        <Flex gap={16} wrap>
          <Form.Item
            name={['reminders', 'callTomorrow']}
            label={t('setup.settings.callTomorrow')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
          <Form.Item
            name={['reminders', 'newBooking']}
            label={t('setup.settings.newBooking')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
          <Form.Item
            name={['reminders', 'beforeStartMin']}
            label={t('setup.settings.beforeStartMin')}
            extra={t('setup.settings.offWhenEmpty')}
          >
            <InputNumber min={1} max={1440} precision={0} suffix={t('setup.minutes')} />
          </Form.Item>
        </Flex>

        <Section>{t('setup.settings.messagesTitle')}</Section>
        <Flex gap={16} wrap>
          <Form.Item
            name={['messages', 'confirmation']}
            label={t('setup.settings.msgConfirmation')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
          <Form.Item
            name={['messages', 'cancellation']}
            label={t('setup.settings.msgCancellation')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
          <Form.Item
            name={['messages', 'reminderBeforeMin']}
            label={t('setup.settings.msgReminder')}
            extra={t('setup.settings.offWhenEmpty')}
          >
            <InputNumber min={10} max={10080} precision={0} suffix={t('setup.minutes')} />
          </Form.Item>
        </Flex>

        <Button type="primary" htmlType="submit">
          {t('setup.settings.save')}
        </Button>
      </Form>
    </Card>
  );
}
