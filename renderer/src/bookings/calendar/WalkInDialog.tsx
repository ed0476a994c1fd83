/**
 * A walk-in in one step: the party size, a table free from now for its turn time (the free ones
 * offered, the smallest that fits first), and, if the guest gives them, a name and phone.
 */
import { useMemo, useState } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { normalizePhone } from '@domain/customers/phone';
import type { BookingSettings, Resource, Service } from '@domain/bookings/schema';
import { useActiveVendor } from '../../vendors/use-vendor';
import { seatWalkIn } from '../actions';
import { durationFor, type BookingContext } from '@domain/bookings/availability';
import { bookingConflicts, refusedByPlatform } from '@domain/bookings/conflicts';

interface Props {
  open: boolean;
  columns: Resource[];
  settings: BookingSettings;
  services: Service[];
  ctx: BookingContext;
  now: number;
  clock: { timeZone: string; businessDayCutoff: string };
  onClose: () => void;
  onSaved: (text: string) => void;
}

export function WalkInDialog(props: Props) {
  const { open, columns, settings, services, ctx, now } = props;
  const { t } = useTranslation('bookings');
  const { db } = useActiveVendor();
  const [partySize, setPartySize] = useState(2);
  const [resourceId, setResourceId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const minutes = durationFor(settings, { kind: 'party', partySize }, services);

  const free = useMemo(
    () =>
      columns
        .filter((column) => column.maxParty >= partySize)
        .filter(
          (column) =>
            !bookingConflicts(
              {
                startsAt: now,
                endsAt: now + minutes * 60_000,
                bufferAfterMin: 0,
                resourceIds: [column.id],
                partySize,
              },
              ctx,
            ).some((conflict) => refusedByPlatform(conflict, true)),
        )
        .sort((a, b) => a.maxParty - b.maxParty),
    [columns, partySize, minutes, ctx, now],
  );
  const chosen = free.find((column) => column.id === resourceId) ?? free[0] ?? null;

  const save = async () => {
    if (!chosen) return;
    let parsedPhone: string | null = null;
    if (phone.trim()) {
      const parsed = normalizePhone(phone);
      if (!parsed.ok) {
        setPhoneError(t('calendar.drawer.badPhone'));
        return;
      }
      parsedPhone = parsed.phone;
    }
    setSaving(true);
    try {
      await seatWalkIn(db, props.clock, {
        resourceIds: [chosen.id],
        partySize,
        minutes,
        newGuest: name.trim() || parsedPhone ? { name: name.trim(), phone: parsedPhone } : null,
      });
      props.onSaved(t('calendar.walkIn.saved', { resource: chosen.name }));
      setName('');
      setPhone('');
      setResourceId(null);
    } catch (failure) {
      const code = (failure as { code?: string }).code ?? 'failed';
      setError(t(`common:errors.${code}`, { defaultValue: t('common:errors.failed') }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('calendar.walkIn.title')}
      okText={t('calendar.walkIn.seat')}
      cancelText={t('calendar.drawer.cancel')}
      okButtonProps={{ disabled: !chosen, loading: saving }}
      onOk={() => void save()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('calendar.drawer.party')} htmlFor="walk-in-party">
          <InputNumber
            id="walk-in-party"
            min={1}
            max={200}
            value={partySize}
            onChange={(v) => setPartySize(v ?? 1)}
          />
        </Form.Item>
        <Form.Item
          label={t('calendar.walkIn.table')}
          htmlFor="walk-in-table"
          extra={t('calendar.walkIn.turn', { minutes })}
        >
          <Select
            id="walk-in-table"
            value={chosen?.id}
            onChange={setResourceId}
            options={free.map((column) => ({
              value: column.id,
              label: `${column.name} (${column.maxParty})`,
            }))}
            notFoundContent={t('calendar.walkIn.noneFree')}
          />
        </Form.Item>
        {!chosen && <Alert type="warning" showIcon title={t('calendar.walkIn.noneFree')} />}
        <Form.Item label={t('calendar.drawer.guestName')} htmlFor="walk-in-name">
          <Input
            id="walk-in-name"
            value={name}
            maxLength={40}
            onChange={(e) => setName(e.target.value)}
          />
        </Form.Item>
        <Form.Item
          label={t('calendar.drawer.guestPhone')}
          htmlFor="walk-in-phone"
          validateStatus={phoneError ? 'error' : undefined}
          help={phoneError}
        >
          <Input
            id="walk-in-phone"
            value={phone}
            inputMode="tel"
            maxLength={20}
            onChange={(e) => {
              setPhone(e.target.value);
              setPhoneError(null);
            }}
          />
        </Form.Item>
        {error && <Alert type="error" showIcon role="alert" title={error} />}
      </Form>
    </Modal>
  );
}
