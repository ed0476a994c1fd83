/**
 * A new booking: the slot clicked or dragged over (or the toolbar's "new booking"), the party and
 * its turn time, the tables or staff, the service (appointment shops; "anyone free" puts the first
 * stylist who does it and is free then in the staff field, for the desk to see before saving),
 * who the guest is (found by the last digits of their phone or their name, or taken down new:
 * their record is created in the same change), a note, and the deposit the rules ask for with the
 * policy the shop reads out.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Drawer,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { normalizePhone } from '@domain/customers/phone';
import type { CustomerPersonal } from '@domain/customers/schema';
import type { Resource } from '@domain/bookings/schema';
import { NO_DEPOSIT, type BookingSettings, type Service } from '@domain/bookings/schema';
import { phoneText } from '../../customers/display';
import { useActiveVendor } from '../../vendors/use-vendor';
import { useLanguage } from '../../settings/language';
import { createDeskBooking } from '../actions';
import { findGuests } from '../data/use-bookings';
import { durationFor, type BookingContext } from '@domain/bookings/availability';
import { bookingConflicts, refusedByPlatform } from '@domain/bookings/conflicts';
import { depositFor } from '@domain/bookings/deposits';
import { useMoneyText, useShopClockText } from './display';
import { anyoneFree, type DayWindow } from './grid';

export interface DraftSlot {
  startsAt: number;
  endsAt: number | null;
  resourceId: string | null;
}

interface Values {
  startsAt: number;
  minutes: number;
  partySize: number;
  resourceIds: string[];
  serviceId: string | null;
  guestName: string;
  guestPhone: string;
  note: string;
  depositPaid: boolean;
}

interface Props {
  draft: DraftSlot | null;
  window: DayWindow;
  columns: Resource[];
  services: Service[];
  settings: BookingSettings;
  ctx: BookingContext;
  clock: { timeZone: string; businessDayCutoff: string };
  onClose: () => void;
  onSaved: (text: string) => void;
}

const NONE: string[] = [];

export function BookingDrawer(props: Props) {
  const { draft, window: day, columns, services, settings, ctx } = props;
  const { t } = useTranslation('bookings');
  const { language } = useLanguage();
  const { db } = useActiveVendor();
  const clockText = useShopClockText();
  const money = useMoneyText();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [found, setFound] = useState<CustomerPersonal[]>([]);
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<CustomerPersonal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const withServices = settings.mode === 'services' && services.some((s) => !s.archived);

  // The drawer is made anew for each draft (its key), so these are its starting values.
  const [initialValues] = useState<Partial<Values>>(() => ({
    startsAt: draft?.startsAt,
    minutes: draft
      ? draft.endsAt
        ? Math.round((draft.endsAt - draft.startsAt) / 60_000)
        : durationFor(settings, { kind: 'party', partySize: 2 }, services)
      : 0,
    partySize: 2,
    resourceIds: draft?.resourceId ? [draft.resourceId] : [],
    serviceId: null,
    guestName: '',
    guestPhone: '',
    note: '',
    depositPaid: false,
  }));

  useEffect(() => {
    let live = true;
    void findGuests(db, query).then((rows) => live && setFound(rows));
    return () => {
      live = false;
    };
  }, [db, query]);

  const values = Form.useWatch([], form) as Partial<Values> | undefined;
  const startsAt = values?.startsAt ?? draft?.startsAt ?? 0;
  const minutes = values?.minutes ?? 0;
  const partySize = values?.partySize ?? 1;
  const resourceIds = values?.resourceIds ?? NONE;
  const serviceId = values?.serviceId ?? null;
  const endsAt = startsAt + minutes * 60_000;
  const service = services.find((s) => s.id === serviceId) ?? null;

  const conflicts = useMemo(
    () =>
      draft && resourceIds.length && minutes > 0
        ? bookingConflicts(
            {
              startsAt,
              endsAt,
              bufferAfterMin: service?.bufferAfterMin ?? 0,
              resourceIds,
              partySize,
            },
            ctx,
          )
        : [],
    [draft, startsAt, endsAt, resourceIds, partySize, service, ctx, minutes],
  );
  const deposit = draft
    ? depositFor(settings, { partySize, startsAt, serviceId }, ctx.profile.timeZone)
    : null;
  const policy =
    (language === 'en' ? settings.policyText.en : settings.policyText.zh) ??
    settings.policyText.zh ??
    settings.policyText.en ??
    null;
  const hard = conflicts.filter((conflict) => refusedByPlatform(conflict));
  const soft = conflicts.filter((conflict) => !refusedByPlatform(conflict));

  const save = async (v: Values) => {
    setError(null);
    const name = v.guestName?.trim() ?? '';
    const phoneInput = v.guestPhone?.trim() ?? '';
    let phone: string | null = null;
    if (!picked && phoneInput) {
      const parsed = normalizePhone(phoneInput);
      if (!parsed.ok) {
        form.setFields([{ name: 'guestPhone', errors: [t('calendar.drawer.badPhone')] }]);
        return;
      }
      phone = parsed.phone;
    }
    setSaving(true);
    try {
      await createDeskBooking(db, props.clock, {
        startsAt: v.startsAt,
        endsAt: v.startsAt + v.minutes * 60_000,
        resourceIds: v.resourceIds,
        partySize: v.partySize,
        serviceId: v.serviceId ?? null,
        bufferAfterMin: service?.bufferAfterMin ?? 0,
        customerId: picked?.id ?? null,
        newGuest: !picked && (name || phone) ? { name, phone } : null,
        note: v.note?.trim() ?? '',
        deposit: deposit
          ? {
              amountFen: deposit.amountFen,
              state: v.depositPaid ? 'paid' : 'due',
              method: v.depositPaid ? 'inShop' : null,
              ruleId: deposit.ruleId,
              paymentId: null,
            }
          : NO_DEPOSIT,
      });
      props.onSaved(
        t('calendar.drawer.saved', {
          from: clockText(v.startsAt),
          resource: v.resourceIds
            .map((id) => columns.find((c) => c.id === id)?.name ?? '')
            .join(' + '),
        }),
      );
    } catch (failure) {
      const code = (failure as { code?: string }).code ?? 'failed';
      setError(t(`common:errors.${code}`, { defaultValue: t('common:errors.failed') }));
    } finally {
      setSaving(false);
    }
  };

  const timeOptions = day.rows.map((at) => ({ value: at, label: clockText(at) }));
  if (draft && !day.rows.includes(startsAt))
    timeOptions.unshift({ value: startsAt, label: clockText(startsAt) });

  return (
    <Drawer
      open={draft !== null}
      onClose={props.onClose}
      title={t('calendar.drawer.title')}
      size={640}
      destroyOnHidden
      footer={
        <Space>
          <Button
            type="primary"
            loading={saving}
            disabled={hard.length > 0}
            onClick={() => form.submit()}
          >
            {t('calendar.drawer.save')}
          </Button>
          <Button onClick={props.onClose}>{t('calendar.drawer.cancel')}</Button>
        </Space>
      }
    >
      <Form
        form={form}
        initialValues={initialValues}
        layout="vertical"
        onFinish={(v) => void save(v)}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.partySize !== undefined && !draft?.endsAt && !form.getFieldValue('serviceId'))
            form.setFieldValue(
              'minutes',
              durationFor(settings, { kind: 'party', partySize: changed.partySize ?? 1 }, services),
            );
          if (changed.serviceId) {
            const chosen = services.find((s) => s.id === changed.serviceId);
            if (chosen) form.setFieldValue('minutes', chosen.durationMin);
          }
        }}
      >
        <Space wrap size="middle" align="start">
          <Form.Item label={t('calendar.drawer.time')} name="startsAt" rules={[{ required: true }]}>
            <Select
              options={timeOptions}
              style={{ width: 120 }}
              showSearch
              optionFilterProp="label"
            />
          </Form.Item>
          <Form.Item
            label={t('calendar.drawer.minutes')}
            name="minutes"
            rules={[{ required: true, message: t('calendar.drawer.minutesRequired') }]}
          >
            <InputNumber min={settings.slotMinutes} max={24 * 60} step={settings.slotMinutes} />
          </Form.Item>
          <Form.Item
            label={t('calendar.drawer.party')}
            name="partySize"
            rules={[{ required: true, message: t('calendar.drawer.partyRequired') }]}
          >
            <InputNumber min={1} max={500} />
          </Form.Item>
        </Space>
        <Form.Item
          label={t('calendar.drawer.resources')}
          name="resourceIds"
          rules={[{ required: true, message: t('calendar.drawer.resourcesRequired') }]}
        >
          <Select
            mode="multiple"
            options={columns.map((column) => ({
              value: column.id,
              label: `${column.name}${column.kind === 'table' ? ` (${column.maxParty})` : ''}`,
            }))}
          />
        </Form.Item>
        {withServices && (
          <Form.Item label={t('calendar.drawer.service')} name="serviceId">
            <Select
              allowClear
              options={services
                .filter((s) => !s.archived)
                .map((s) => ({
                  value: s.id,
                  label: (language === 'en' ? s.name.en : null) || s.name.zh,
                }))}
            />
          </Form.Item>
        )}
        {withServices && (
          <Form.Item>
            <Button
              disabled={!serviceId}
              onClick={() => {
                const free = serviceId ? anyoneFree(ctx, serviceId, startsAt) : null;
                if (free) form.setFieldValue('resourceIds', [free]);
                form.setFields([
                  {
                    name: 'resourceIds',
                    errors: free ? [] : [t('calendar.drawer.noneFreeStaff')],
                  },
                ]);
              }}
            >
              {t('calendar.drawer.anyoneFree')}
            </Button>
          </Form.Item>
        )}
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('calendar.drawer.guest')}
        </Typography.Title>
        {picked ? (
          <Alert
            type="info"
            showIcon
            title={t('calendar.drawer.pickedGuest', {
              name: picked.name || t('calendar.guest'),
              phone: phoneText(picked.phone, false),
            })}
            action={
              <Button size="small" onClick={() => setPicked(null)}>
                {t('calendar.drawer.changeGuest')}
              </Button>
            }
          />
        ) : (
          <>
            <Form.Item label={t('calendar.drawer.search')} htmlFor="booking-guest-search">
              <Input.Search
                id="booking-guest-search"
                allowClear
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                placeholder={t('calendar.drawer.searchPlaceholder')}
              />
            </Form.Item>
            {found.length > 0 && (
              <List
                size="small"
                bordered
                aria-label={t('calendar.drawer.found')}
                dataSource={found}
                style={{ marginBottom: 16 }}
                renderItem={(person) => (
                  <List.Item
                    actions={[
                      <Button key="pick" size="small" onClick={() => setPicked(person)}>
                        {t('calendar.drawer.pick')}
                      </Button>,
                    ]}
                  >
                    {person.name || t('calendar.guest')} {phoneText(person.phone, false)}
                  </List.Item>
                )}
              />
            )}
            <Space wrap size="middle">
              <Form.Item label={t('calendar.drawer.guestName')} name="guestName">
                <Input maxLength={40} />
              </Form.Item>
              <Form.Item label={t('calendar.drawer.guestPhone')} name="guestPhone">
                <Input inputMode="tel" maxLength={20} />
              </Form.Item>
            </Space>
          </>
        )}
        <Form.Item label={t('calendar.drawer.note')} name="note">
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        {deposit && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('calendar.drawer.deposit', { amount: money(deposit.amountFen) })}
            description={
              <>
                {policy && <p style={{ margin: 0 }}>{policy}</p>}
                <p style={{ margin: 0 }}>
                  {t('calendar.drawer.refundRule', { hours: settings.refundBeforeHours })}
                </p>
                <Form.Item name="depositPaid" valuePropName="checked" noStyle>
                  <Checkbox>{t('calendar.drawer.depositPaid')}</Checkbox>
                </Form.Item>
              </>
            }
          />
        )}
        {draft && resourceIds.length > 0 && minutes > 0 && (
          <p>
            {t('calendar.drawer.summary', {
              from: clockText(startsAt),
              to: clockText(endsAt),
            })}
          </p>
        )}
        {hard.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={[...new Set(hard.map((c) => t(`calendar.conflict.${c.kind}`)))].join(' ')}
            style={{ marginBottom: 16 }}
          />
        )}
        {soft.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={[...new Set(soft.map((c) => t(`calendar.conflict.${c.kind}`)))].join(' ')}
            style={{ marginBottom: 16 }}
          />
        )}
        {error && <Alert type="error" showIcon role="alert" title={error} />}
      </Form>
    </Drawer>
  );
}
