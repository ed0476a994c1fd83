/**
 * Subscribed calendars: add one (an https address, a name, closed days or a staff member's busy
 * times), turn one off or on, and, online, what the platform's last fetch of each gave.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarSubscription } from '@domain/bookings/schema';
import { formatDeviceTime } from '../../../i18n/format-time';
import { useActiveVendor } from '../../../vendors/use-vendor';
import { addSubscription, isSubscribableUrl, setSubscriptionActive } from './actions';
import { subscriptionStates, type PlatformAccess, type SubscriptionState } from './feeds-api';
import { useStaffResources, useSubscriptions } from './use-calendars';

export function Subscriptions({ access }: { access: PlatformAccess | null }) {
  const { t, i18n } = useTranslation('bookings');
  const { db, vendorId } = useActiveVendor();
  const subscriptions = useSubscriptions();
  const staff = useStaffResources() ?? [];
  const [form] = Form.useForm<{ url: string; label: string; target: string }>();
  const [states, setStates] = useState<Map<string, SubscriptionState>>(new Map());
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!access) return;
    let cancelled = false;
    subscriptionStates(access, vendorId).then(
      (list) => !cancelled && setStates(new Map(list.map((s) => [s.subscriptionId, s]))),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [access, vendorId, subscriptions?.length]);

  const nameOf = (id: string) => staff.find((member) => member.id === id)?.name ?? '';
  const targetText = (target: CalendarSubscription['target']) =>
    target.kind === 'closedDays'
      ? t('ical.subscriptions.closedDays')
      : t('ical.subscriptions.busyFor', { name: nameOf(target.resourceId) });

  const onAdd = async (values: { url: string; label: string; target: string }) => {
    setError(null);
    try {
      await addSubscription(db, {
        url: values.url,
        label: values.label,
        target:
          values.target === 'closedDays'
            ? { kind: 'closedDays' }
            : { kind: 'busy', resourceId: values.target },
      });
      form.resetFields();
    } catch (caught) {
      setError(String((caught as Error)?.message ?? caught));
    }
  };

  const status = (subscription: CalendarSubscription) => {
    const state = states.get(subscription.id);
    if (!state) return t('ical.subscriptions.notYet');
    if (state.error) {
      const reason = t(`ical.subscriptions.fetchErrors.${state.error}`, {
        defaultValue: state.error,
      });
      return t('ical.subscriptions.failed', { reason });
    }
    return t('ical.subscriptions.fetchedOk', {
      when: formatDeviceTime(state.okAt ?? state.fetchedAt, i18n.language),
    });
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('ical.subscriptions.help')}</Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        initialValues={{ target: 'closedDays' }}
        onFinish={(values) => void onAdd(values)}
      >
        <Form.Item
          name="url"
          label={t('ical.subscriptions.url')}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                value && isSubscribableUrl(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('ical.subscriptions.badUrl'))),
            },
          ]}
        >
          <Input type="url" style={{ width: 320 }} />
        </Form.Item>
        <Form.Item
          name="label"
          label={t('ical.subscriptions.label')}
          rules={[{ required: true, whitespace: true, message: t('ical.subscriptions.needLabel') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="target" label={t('ical.subscriptions.target')}>
          <Select
            style={{ width: 200 }}
            options={[
              { value: 'closedDays', label: t('ical.subscriptions.closedDays') },
              ...staff.map((member) => ({
                value: member.id,
                label: t('ical.subscriptions.busyFor', { name: member.name }),
              })),
            ]}
          />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit">{t('ical.subscriptions.add')}</Button>
        </Form.Item>
      </Form>
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('ical.errors.saveFailed', { reason: error })}
        />
      )}
      <Table<CalendarSubscription>
        aria-label={t('ical.subscriptions.list')}
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={subscriptions ?? []}
        locale={{
          // antd's own grey is too faint to read.
          emptyText: (
            <span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{t('ical.subscriptions.empty')}</span>
          ),
        }}
        columns={[
          { title: t('ical.subscriptions.label'), dataIndex: 'label', key: 'label' },
          {
            title: t('ical.subscriptions.url'),
            key: 'url',
            render: (_, s) => (
              <Typography.Text style={{ wordBreak: 'break-all' }}>{s.url}</Typography.Text>
            ),
          },
          {
            title: t('ical.subscriptions.target'),
            key: 'target',
            render: (_, s) => targetText(s.target),
          },
          {
            title: t('ical.subscriptions.status'),
            key: 'status',
            render: (_, s) =>
              s.active ? (
                <Space>
                  <Tag color="#237804">{t('ical.subscriptions.active')}</Tag>
                  <span>{status(s)}</span>
                </Space>
              ) : (
                <Tag>{t('ical.subscriptions.inactive')}</Tag>
              ),
          },
          {
            title: t('ical.actions'),
            key: 'actions',
            render: (_, s) => (
              <Button size="small" onClick={() => void setSubscriptionActive(db, s, !s.active)}>
                {s.active ? t('ical.subscriptions.deactivate') : t('ical.subscriptions.activate')}
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}
