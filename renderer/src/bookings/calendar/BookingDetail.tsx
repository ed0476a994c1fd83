/**
 * One booking at the desk: who, when, where, the deposit, and the steps it may take next
 * (confirm, check in, complete, cancel, no-show). A cancellation asks who cancelled and why, and a
 * cancellation or a no-show shows the policy and what happens to the deposit before the shop
 * confirms. Each step is one change.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Radio,
  Space,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { Booking, BookingSettings, BookingStatus, Resource } from '@domain/bookings/schema';
import type { CustomerPersonal } from '@domain/customers/schema';
import { phoneText } from '../../customers/display';
import { useLanguage } from '../../settings/language';
import { useNow } from '../../time/use-now';
import { useActiveVendor } from '../../vendors/use-vendor';
import { changeStatus } from '../actions';
import { depositAfter, nextStatuses } from '@domain/bookings/lifecycle';
import { guestLabel, useMoneyText, useShopClockText } from './display';

interface Props {
  booking: Booking | null;
  resources: Resource[];
  guests: ReadonlyMap<string, CustomerPersonal>;
  settings: BookingSettings;
  onClose: () => void;
}

export function BookingDetail({ booking, resources, guests, settings, onClose }: Props) {
  const { t } = useTranslation('bookings');
  const { db } = useActiveVendor();
  const { message } = App.useApp();
  const clockText = useShopClockText();
  const money = useMoneyText();
  const now = useNow();
  const { language } = useLanguage();
  const [asking, setAsking] = useState<'cancelled' | 'noShow' | null>(null);
  const [cancelledBy, setCancelledBy] = useState<'shop' | 'customer'>('customer');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  if (!booking) return <Drawer open={false} onClose={onClose} />;
  const person = booking.customerId ? guests.get(booking.customerId) : undefined;
  const policy =
    (language === 'en' ? settings.policyText.en : settings.policyText.zh) ??
    settings.policyText.zh ??
    settings.policyText.en ??
    null;

  const step = async (to: BookingStatus) => {
    setBusy(true);
    try {
      const by = to === 'cancelled' ? cancelledBy : null;
      await changeStatus(db, booking, {
        to,
        cancelledBy: by,
        reason: to === 'cancelled' ? reason.trim() || null : null,
        deposit: (at) => depositAfter(booking, to, { at, cancelledBy: by, settings }),
      });
      message.success(t('calendar.detail.done', { status: t(`calendar.status.${to}`) }));
      setAsking(null);
      setReason('');
      onClose();
    } catch (failure) {
      const code = (failure as { code?: string }).code ?? 'failed';
      message.error(t(`common:errors.${code}`, { defaultValue: t('common:errors.failed') }));
    } finally {
      setBusy(false);
    }
  };

  const outcome = (to: 'cancelled' | 'noShow') => {
    const after = depositAfter(booking, to, {
      at: now,
      cancelledBy: to === 'cancelled' ? cancelledBy : null,
      settings,
    });
    if (booking.deposit.state === 'none') return t('calendar.detail.noDeposit');
    if (!after)
      return t('calendar.detail.depositUnchanged', {
        state: t(`calendar.deposit.${booking.deposit.state}`),
      });
    return t(`calendar.detail.depositWill.${after.state}`, { amount: money(after.amountFen) });
  };

  const actionLabel = (to: BookingStatus) => t(`calendar.action.${to}`);
  return (
    <Drawer
      open
      onClose={onClose}
      size={480}
      title={t('calendar.detail.title', { guest: guestLabel(booking, guests, t) })}
    >
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('calendar.detail.when')}>
          {clockText(booking.startsAt)}–{clockText(booking.endsAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('calendar.detail.where')}>
          {booking.resourceIds
            .map((id) => resources.find((r) => r.id === id)?.name ?? '?')
            .join(' + ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('calendar.detail.party')}>
          {booking.partySize}
        </Descriptions.Item>
        <Descriptions.Item label={t('calendar.detail.phone')}>
          {phoneText(person?.phone ?? null, false) || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('calendar.detail.status')}>
          {t(`calendar.status.${booking.status}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('calendar.detail.deposit')}>
          {booking.deposit.state === 'none'
            ? t('calendar.deposit.none')
            : `${money(booking.deposit.amountFen)} · ${t(`calendar.deposit.${booking.deposit.state}`)}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('calendar.detail.code')}>{booking.code}</Descriptions.Item>
        {booking.note && (
          <Descriptions.Item label={t('calendar.detail.note')}>{booking.note}</Descriptions.Item>
        )}
      </Descriptions>
      <Space wrap style={{ marginTop: 16 }}>
        {nextStatuses(booking.status).map((to) => (
          <Button
            key={to}
            type={
              to === 'seated' || to === 'confirmed' || to === 'completed' ? 'primary' : 'default'
            }
            danger={to === 'cancelled' || to === 'noShow'}
            loading={busy}
            onClick={() => (to === 'cancelled' || to === 'noShow' ? setAsking(to) : void step(to))}
          >
            {actionLabel(to)}
          </Button>
        ))}
      </Space>
      <Modal
        open={asking !== null}
        title={asking ? actionLabel(asking) : ''}
        okText={asking ? t('calendar.detail.confirmStep', { action: actionLabel(asking) }) : ''}
        okButtonProps={{ danger: true, loading: busy }}
        cancelText={t('calendar.detail.back')}
        onOk={() => asking && void step(asking)}
        onCancel={() => setAsking(null)}
      >
        {asking === 'cancelled' && (
          <Form layout="vertical">
            <Form.Item label={t('calendar.detail.cancelledBy')}>
              <Radio.Group
                value={cancelledBy}
                onChange={(event) => setCancelledBy(event.target.value as 'shop' | 'customer')}
                options={[
                  { value: 'customer', label: t('calendar.detail.byCustomer') },
                  { value: 'shop', label: t('calendar.detail.byShop') },
                ]}
              />
            </Form.Item>
            <Form.Item label={t('calendar.detail.reason')} htmlFor="cancel-reason">
              <Input
                id="cancel-reason"
                value={reason}
                maxLength={200}
                onChange={(event) => setReason(event.target.value)}
              />
            </Form.Item>
          </Form>
        )}
        {asking && (
          <>
            <Typography.Paragraph strong>{outcome(asking)}</Typography.Paragraph>
            <Typography.Paragraph type="secondary">
              {t('calendar.detail.policy', { hours: settings.refundBeforeHours })}
              {policy ? ` ${policy}` : ''}
            </Typography.Paragraph>
          </>
        )}
      </Modal>
    </Drawer>
  );
}
