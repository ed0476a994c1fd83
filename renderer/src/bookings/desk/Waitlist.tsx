import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from './EmptyNote';
import type { BookingSettings, QueueType, Resource, WaitlistEntry } from '@domain/bookings/schema';
import { normalizePhone } from '@domain/customers/phone';
import { useBusinessDate, useShopClock } from '../../menu/use-menu';
import { useRun } from '../../menu/use-run';
import { useNow } from '../../time/use-now';
import { useActiveVendor, useVendorProfile } from '../../vendors/use-vendor';
import { seatEntry, setEntryStatus, takeNumber } from './desk-actions';
import { TomorrowToCall } from './TomorrowToCall';
import {
  useBookingSettings,
  useBookingsOnDays,
  useGuests,
  useResources,
  useWaitlistEntries,
} from '../data/use-bookings';
import {
  estimatedWaitMin,
  formatQueueNumber,
  freeTableSets,
  queueFor,
  queueLine,
  turnMinutesFor,
} from './waitlist';

interface TakeValues {
  partySize: number | null;
  name: string;
  phone: string;
}

/** The waitlist (排队取号): take a number, call the next, seat at a free table, skip, left. */
export function Waitlist() {
  const { t } = useTranslation('bookings');
  const clock = useShopClock();
  const today = useBusinessDate(clock);
  const settings = useBookingSettings();
  const resources = useResources();
  const entries = useWaitlistEntries(today);
  const bookings = useBookingsOnDays(today ? [today] : []);
  const guests = useGuests(entries?.map((entry) => entry.customerId) ?? []);
  const now = useNow();
  const [seating, setSeating] = useState<WaitlistEntry | null>(null);
  const tables = useMemo(
    () => (resources ?? []).filter((r) => r.kind === 'table' && !r.archived),
    [resources],
  );

  if (!clock || !today || !settings || !resources || !entries || !bookings || !guests)
    return <Spin aria-label={t('desk.loading')} />;

  const tablesFor = (queue: QueueType) => {
    const fitting = tables.filter(
      (table) => table.maxParty >= queue.minParty && table.minParty <= queue.maxParty,
    );
    const minutes = turnMinutesFor(settings.turnTimes, queue.minParty);
    const freeNow = fitting.filter(
      (table) => freeTableSets(table.minParty, now, minutes, [table], bookings).length > 0,
    );
    return { fitting: fitting.length, freeNow: freeNow.length };
  };

  return (
    <Flex vertical gap={16}>
      <TakeNumber settings={settings} today={today} entries={entries} tablesFor={tablesFor} />
      {settings.queueTypes.length === 0 ? (
        <Alert type="info" message={t('desk.waitlist.noQueues')} />
      ) : (
        <Flex gap={16} wrap align="start">
          {settings.queueTypes.map((queue) => (
            <QueueCard
              key={queue.prefix}
              queue={queue}
              line={queueLine(entries, queue.prefix)}
              entries={entries}
              settings={settings}
              tables={tablesFor(queue)}
              guestName={(entry) => {
                const guest = entry.customerId ? guests.get(entry.customerId) : undefined;
                return guest?.name || guest?.phone || '';
              }}
              onSeat={setSeating}
            />
          ))}
        </Flex>
      )}
      {/* Between parties the desk calls tomorrow's guests (the calendar may show it too). */}
      <TomorrowToCall />
      {seating && (
        <SeatDialog
          entry={seating}
          tables={tables}
          settings={settings}
          now={now}
          bookings={bookings}
          onClose={() => setSeating(null)}
        />
      )}
    </Flex>
  );
}

function TakeNumber({
  settings,
  today,
  entries,
  tablesFor,
}: {
  settings: BookingSettings;
  today: string;
  entries: WaitlistEntry[];
  tablesFor: (queue: QueueType) => { fitting: number; freeNow: number };
}) {
  const { t, i18n } = useTranslation('bookings');
  const { db } = useActiveVendor();
  const run = useRun();
  const [form] = Form.useForm<TakeValues>();
  const [taken, setTaken] = useState<WaitlistEntry | null>(null);
  const english = i18n.language.startsWith('en');
  const takenWait = taken
    ? estimatedWaitMin(
        taken,
        [...entries.filter((entry) => entry.id !== taken.id), taken],
        settings,
        tablesFor(queueFor(taken.partySize, settings.queueTypes) ?? settings.queueTypes[0]!),
      )
    : 0;

  const submit = (values: TakeValues) =>
    void run(async () => {
      const partySize = values.partySize ?? 0;
      const queue = queueFor(partySize, settings.queueTypes);
      if (!queue) {
        form.setFields([
          { name: 'partySize', errors: [t('desk.waitlist.noQueueFor', { count: partySize })] },
        ]);
        return;
      }
      let phone: string | null = null;
      if (values.phone?.trim()) {
        const parsed = normalizePhone(values.phone);
        if (!parsed.ok) {
          form.setFields([{ name: 'phone', errors: [t('desk.waitlist.badPhone')] }]);
          return;
        }
        phone = parsed.phone;
      }
      if ((values.name ?? '').trim().length > 40) {
        form.setFields([{ name: 'name', errors: [t('desk.waitlist.nameTooLong')] }]);
        return;
      }
      const entry = await takeNumber(db, {
        partySize,
        name: values.name ?? '',
        phone,
        queue,
        businessDate: today,
      });
      setTaken(entry);
      form.resetFields();
      form.focusField('partySize');
    });

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('desk.waitlist.takeTitle')}</h2>}>
      <Form<TakeValues>
        form={form}
        layout="inline"
        initialValues={{ partySize: 2, name: '', phone: '' }}
        onFinish={submit}
      >
        <Form.Item
          name="partySize"
          label={t('desk.waitlist.partySize')}
          rules={[{ required: true, message: t('desk.waitlist.partyRequired') }]}
        >
          <InputNumber min={1} max={200} precision={0} autoFocus />
        </Form.Item>
        <Form.Item name="name" label={t('desk.waitlist.name')}>
          <Input maxLength={40} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="phone" label={t('desk.waitlist.phone')}>
          <Input inputMode="tel" style={{ width: 160 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('desk.waitlist.take')}
        </Button>
      </Form>
      {taken && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          role="status"
          message={
            <span>
              {t('desk.waitlist.taken', {
                number: formatQueueNumber(taken),
                queue: (() => {
                  const queue = settings.queueTypes.find((q) => q.prefix === taken.prefix);
                  return queue ? (english && queue.name.en) || queue.name.zh : taken.prefix;
                })(),
                count: taken.partySize,
              })}{' '}
              {takenWait === 0
                ? t('desk.waitlist.noWait')
                : t('desk.waitlist.wait', { minutes: takenWait })}
            </span>
          }
        />
      )}
    </Card>
  );
}

function QueueCard({
  queue,
  line,
  entries,
  settings,
  tables,
  guestName,
  onSeat,
}: {
  queue: QueueType;
  line: WaitlistEntry[];
  entries: WaitlistEntry[];
  settings: BookingSettings;
  tables: { fitting: number; freeNow: number };
  guestName: (entry: WaitlistEntry) => string;
  onSeat: (entry: WaitlistEntry) => void;
}) {
  const { t, i18n } = useTranslation('bookings');
  const { db } = useActiveVendor();
  const run = useRun();
  const name = (i18n.language.startsWith('en') && queue.name.en) || queue.name.zh;
  const next = line.find((entry) => entry.status === 'waiting');
  const headingId = `queue-${queue.prefix}`;
  return (
    <Card
      style={{ minWidth: 320, flex: '1 1 320px' }}
      title={
        <h2 id={headingId} style={{ fontSize: 16, margin: 0 }}>
          {queue.prefix} · {name}
        </h2>
      }
      extra={
        <Button
          type="primary"
          disabled={!next}
          onClick={() => next && void run(() => setEntryStatus(db, next, 'called'))}
          aria-label={t('desk.waitlist.callNextIn', { queue: name })}
        >
          {t('desk.waitlist.callNext')}
        </Button>
      }
    >
      {line.length === 0 ? (
        <EmptyNote>{t('desk.waitlist.empty')}</EmptyNote>
      ) : (
        <List
          header={
            <Typography.Text type="secondary">
              {t('desk.waitlist.waiting', { count: line.length })}
            </Typography.Text>
          }
          dataSource={line}
          renderItem={(entry) => {
            const number = formatQueueNumber(entry);
            const wait = estimatedWaitMin(entry, entries, settings, tables);
            const guest = guestName(entry);
            return (
              <List.Item
                actions={[
                  <Button
                    key="seat"
                    size="small"
                    type={entry.status === 'called' ? 'primary' : 'default'}
                    onClick={() => onSeat(entry)}
                    aria-label={t('desk.waitlist.seatNumber', { number })}
                  >
                    {t('desk.waitlist.seat')}
                  </Button>,
                  <Button
                    key="skip"
                    size="small"
                    onClick={() => void run(() => setEntryStatus(db, entry, 'skipped'))}
                    aria-label={t('desk.waitlist.skipNumber', { number })}
                  >
                    {t('desk.waitlist.skip')}
                  </Button>,
                  <Button
                    key="left"
                    size="small"
                    onClick={() => void run(() => setEntryStatus(db, entry, 'left'))}
                    aria-label={t('desk.waitlist.leftNumber', { number })}
                  >
                    {t('desk.waitlist.left')}
                  </Button>,
                ]}
              >
                <Space size={12} wrap>
                  <Typography.Text strong style={{ fontSize: 20 }} data-testid="queue-number">
                    {number}
                  </Typography.Text>
                  <span>{t('desk.guests', { count: entry.partySize })}</span>
                  {guest && <span>{guest}</span>}
                  {entry.status === 'called' ? (
                    <Tag color="blue">{t('desk.waitlist.called')}</Tag>
                  ) : (
                    <Typography.Text type="secondary">
                      {wait === 0
                        ? t('desk.waitlist.noWait')
                        : t('desk.waitlist.wait', { minutes: wait })}
                    </Typography.Text>
                  )}
                </Space>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}

function SeatDialog({
  entry,
  tables,
  settings,
  now,
  bookings,
  onClose,
}: {
  entry: WaitlistEntry;
  tables: Resource[];
  settings: BookingSettings;
  now: number;
  bookings: Parameters<typeof freeTableSets>[4];
  onClose: () => void;
}) {
  const { t } = useTranslation('bookings');
  const { db } = useActiveVendor();
  const profile = useVendorProfile();
  const run = useRun();
  const minutes = turnMinutesFor(settings.turnTimes, entry.partySize);
  const sets = useMemo(
    () => freeTableSets(entry.partySize, now, minutes, tables, bookings),
    // The free tables as they were when the dialog opened: they do not jump while choosing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [entry.id],
  );
  const [choice, setChoice] = useState<string | undefined>(sets[0]?.join('+'));
  const nameOf = (ids: string[]) =>
    ids.map((id) => tables.find((table) => table.id === id)?.name ?? '?').join(' + ');
  const number = formatQueueNumber(entry);
  return (
    <Modal
      open
      title={t('desk.waitlist.seatTitle', { number, count: entry.partySize })}
      okText={t('desk.waitlist.seat')}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ disabled: !choice || !profile }}
      onCancel={onClose}
      onOk={() =>
        void run(async () => {
          if (!choice || !profile) return;
          await seatEntry(db, profile, entry, choice.split('+'), minutes);
          onClose();
        })
      }
    >
      {sets.length === 0 ? (
        <Alert type="warning" message={t('desk.waitlist.noFreeTable')} />
      ) : (
        <Form layout="vertical">
          <Form.Item
            label={t('desk.waitlist.table')}
            extra={t('desk.waitlist.forMinutes', { minutes })}
          >
            <Select
              autoFocus
              aria-label={t('desk.waitlist.table')}
              value={choice}
              onChange={setChoice}
              options={sets.map((ids) => ({ value: ids.join('+'), label: nameOf(ids) }))}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
