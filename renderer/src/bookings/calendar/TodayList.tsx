/**
 * Today's bookings as a list, by time: the guest, party, table, status and deposit. One key
 * checks a guest in: a row focused (click it or move with the arrows) and Enter seats them; the
 * row's button does the same.
 */
import type { KeyboardEvent } from 'react';
import { App, Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Booking, BookingSettings, Resource } from '@domain/bookings/schema';
import type { CustomerPersonal } from '@domain/customers/schema';
import { useActiveVendor } from '../../vendors/use-vendor';
import { changeStatus } from '../actions';
import { depositAfter, nextStatuses } from '@domain/bookings/lifecycle';
import { guestLabel, useMoneyText, useShopClockText } from './display';

interface Props {
  bookings: Booking[];
  resources: Resource[];
  guests: ReadonlyMap<string, CustomerPersonal>;
  settings: BookingSettings;
  onOpen: (booking: Booking) => void;
}

export function TodayList({ bookings, resources, guests, settings, onOpen }: Props) {
  const { t } = useTranslation('bookings');
  const { db } = useActiveVendor();
  const { message } = App.useApp();
  const clockText = useShopClockText();
  const money = useMoneyText();

  const checkIn = async (booking: Booking) => {
    if (!nextStatuses(booking.status).includes('seated')) return;
    try {
      await changeStatus(db, booking, {
        to: 'seated',
        deposit: (at) => depositAfter(booking, 'seated', { at, cancelledBy: null, settings }),
      });
      message.success(t('calendar.today.checkedIn', { guest: guestLabel(booking, guests, t) }));
    } catch (failure) {
      const code = (failure as { code?: string }).code ?? 'failed';
      message.error(t(`common:errors.${code}`, { defaultValue: t('common:errors.failed') }));
    }
  };

  const onKey = (booking: Booking) => (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return;
    const row = event.currentTarget;
    if (event.key === 'Enter') {
      event.preventDefault();
      void checkIn(booking);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
      if (next instanceof HTMLElement && next.tabIndex >= 0) next.focus();
    }
  };

  return (
    <Table<Booking>
      aria-label={t('calendar.today.label')}
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={bookings}
      locale={{ emptyText: t('calendar.today.empty') }}
      onRow={(booking) => ({
        tabIndex: 0,
        onKeyDown: onKey(booking),
        'aria-label': t('calendar.today.rowLabel', {
          time: clockText(booking.startsAt),
          guest: guestLabel(booking, guests, t),
        }),
      })}
      columns={[
        {
          key: 'time',
          title: t('calendar.today.time'),
          render: (_, b) => `${clockText(b.startsAt)}–${clockText(b.endsAt)}`,
        },
        {
          key: 'guest',
          title: t('calendar.today.guest'),
          render: (_, b) => guestLabel(b, guests, t),
        },
        { key: 'party', title: t('calendar.today.party'), dataIndex: 'partySize' },
        {
          key: 'table',
          title: t('calendar.today.table'),
          render: (_, b) =>
            b.resourceIds.map((id) => resources.find((r) => r.id === id)?.name ?? '?').join(' + '),
        },
        {
          key: 'status',
          title: t('calendar.today.status'),
          render: (_, b) => <Tag>{t(`calendar.status.${b.status}`)}</Tag>,
        },
        {
          key: 'deposit',
          title: t('calendar.today.deposit'),
          render: (_, b) =>
            b.deposit.state === 'none'
              ? '—'
              : `${money(b.deposit.amountFen)} ${t(`calendar.deposit.${b.deposit.state}`)}`,
        },
        {
          key: 'actions',
          title: t('calendar.today.actions'),
          render: (_, b) => (
            <>
              {nextStatuses(b.status).includes('seated') && (
                <Button size="small" type="primary" onClick={() => void checkIn(b)}>
                  {t('calendar.action.seated')}
                </Button>
              )}{' '}
              <Button size="small" onClick={() => onOpen(b)}>
                {t('calendar.today.open')}
              </Button>
            </>
          ),
        },
      ]}
    />
  );
}
