/**
 * The front desk: a day view with one column per table (or staff member, or room), a week view
 * and today's list, on the shop's clock and in the console's language. Only the dates on screen
 * are read from the store (the `days` index), so a year of bookings costs what a day does.
 */
import { useCallback, useMemo, useState } from 'react';
import { Alert, App, Button, DatePicker, Empty, Segmented, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BookingContext } from '@domain/bookings/availability';
import { refusedByPlatform, type Conflict } from '@domain/bookings/conflicts';
import type { Booking } from '@domain/bookings/schema';
import { addCalendarDays, businessDayRange, parseClock } from '@domain/time';
import { useNow } from '../../time/use-now';
import { useVendorProfile, useActiveVendor } from '../../vendors/use-vendor';
import { moveBooking } from '../actions';
import {
  useBookingSettings,
  useBookingsOnDays,
  useBusyBlocks,
  useExceptions,
  useGuests,
  useResources,
  useServices,
} from '../data/use-bookings';
import { BookingDetail } from './BookingDetail';
import { BookingDrawer, type DraftSlot } from './BookingDrawer';
import { DayGrid, type Proposal } from './DayGrid';
import { IcsDownloadButton } from './IcsDownloadButton';
import { useDateText } from './display';
import { calendarColumns, dayWindow, shopToday, weekDates } from './grid';
import { TodayList } from './TodayList';
import { WalkInDialog } from './WalkInDialog';
import { WeekView } from './WeekView';
import { visuallyHidden } from '../../components/visually-hidden';

type View = 'day' | 'week' | 'today';

/** A drop the desk refuses: what the platform would turn down, or a table that cannot seat the party. */
const refusedDrop = (conflict: Conflict) =>
  refusedByPlatform(conflict) || conflict.kind === 'tooSmall' || conflict.kind === 'tooLarge';

export function FrontDesk() {
  const { t } = useTranslation('bookings');
  const { message, modal } = App.useApp();
  const { db } = useActiveVendor();
  const profile = useVendorProfile();
  const settings = useBookingSettings();
  const resources = useResources();
  const services = useServices();
  const now = useNow();
  const dateText = useDateText();
  const today = profile ? shopToday(now, profile.timeZone, profile.businessDayCutoff) : null;
  const [picked, setPicked] = useState<string | null>(null);
  const date = picked ?? today;
  const [view, setView] = useState<View>('day');
  const [draft, setDraft] = useState<DraftSlot | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [walkIn, setWalkIn] = useState(false);
  const [said, setSaid] = useState('');

  const visible = useMemo(
    () => (!date ? [] : view === 'week' ? weekDates(date) : view === 'today' ? [today!] : [date]),
    [date, view, today],
  );
  const bookings = useBookingsOnDays(visible);
  const exceptions = useExceptions(visible);
  const guests = useGuests(bookings?.map((booking) => booking.customerId) ?? []);
  const cutoff = profile ? (parseClock(profile.businessDayCutoff) ?? 0) : 0;
  const range =
    profile && visible.length
      ? {
          from: businessDayRange(visible[0]!, profile.timeZone, cutoff).startMs,
          to: businessDayRange(visible[visible.length - 1]!, profile.timeZone, cutoff).endMs,
        }
      : null;
  const busyBlocks = useBusyBlocks(range?.from ?? null, range?.to ?? null);

  const ctx: BookingContext | null = useMemo(
    () =>
      profile && settings && resources && services && exceptions && bookings && busyBlocks
        ? { profile, settings, resources, services, exceptions, bookings, busyBlocks }
        : null,
    [profile, settings, resources, services, exceptions, bookings, busyBlocks],
  );
  const day = useMemo(() => {
    if (!ctx || !date) return null;
    const bounds = businessDayRange(date, ctx.profile.timeZone, cutoff);
    const own = ctx.bookings.filter(
      (b) => b.status !== 'cancelled' && b.startsAt < bounds.endMs && b.endsAt > bounds.startMs,
    );
    return dayWindow(date, ctx, ctx.settings.slotMinutes, own, bounds);
  }, [ctx, date, cutoff]);
  const columns = useMemo(
    () => (resources && settings ? calendarColumns(resources, settings) : []),
    [resources, settings],
  );
  const shown = useMemo(() => (bookings ?? []).filter((b) => b.status !== 'cancelled'), [bookings]);

  const announce = useCallback((text: string) => {
    // The same words twice are still read twice: clear first.
    setSaid('');
    window.setTimeout(() => setSaid(text), 30);
  }, []);

  const onPropose = useCallback(
    async (proposal: Proposal): Promise<boolean> => {
      if (!profile) return false;
      const texts = [...new Set(proposal.conflicts.map((c) => c.kind))].map((kind) =>
        t(`calendar.conflict.${kind}`),
      );
      if (proposal.conflicts.some(refusedDrop)) {
        message.error(t('calendar.refused', { problems: texts.join(' ') }));
        announce(t('calendar.refused', { problems: texts.join(' ') }));
        return false;
      }
      if (texts.length) {
        const go = await modal.confirm({
          title: t('calendar.askTitle'),
          content: texts.join(' '),
          okText: t('calendar.askOk'),
          cancelText: t('calendar.detail.back'),
        });
        if (!go) return false;
      }
      try {
        await moveBooking(
          db,
          { timeZone: profile.timeZone, businessDayCutoff: profile.businessDayCutoff },
          proposal.booking,
          proposal,
        );
        message.success(t('calendar.moved'));
        announce(t('calendar.moved'));
        return true;
      } catch (failure) {
        const code = (failure as { code?: string }).code ?? 'failed';
        message.error(t(`common:errors.${code}`, { defaultValue: t('common:errors.failed') }));
        return false;
      }
    },
    [announce, db, message, modal, profile, t],
  );

  if (!profile || !settings || !resources || !services || !date || !today) return null;
  const clock = { timeZone: profile.timeZone, businessDayCutoff: profile.businessDayCutoff };
  const openBooking: Booking | null = (bookings ?? []).find((b) => b.id === openId) ?? null;
  const step = view === 'week' ? 7 : 1;
  const closedException = exceptions?.find((e) => e.date === date && e.kind === 'closed');

  return (
    <div>
      <div aria-live="polite" role="log" style={visuallyHidden}>
        {said}
      </div>
      <p id="bookings-grid-help" style={visuallyHidden}>
        {t('calendar.help')}
      </p>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<View>
          value={view}
          onChange={setView}
          options={[
            { value: 'day', label: t('calendar.view.day') },
            { value: 'week', label: t('calendar.view.week') },
            { value: 'today', label: t('calendar.view.today') },
          ]}
        />
        {view !== 'today' && (
          <>
            <Button onClick={() => setPicked(addCalendarDays(date, -step))}>
              {t(view === 'week' ? 'calendar.nav.prevWeek' : 'calendar.nav.prev')}
            </Button>
            <Button onClick={() => setPicked(null)} disabled={date === today}>
              {t('calendar.nav.today')}
            </Button>
            <Button onClick={() => setPicked(addCalendarDays(date, step))}>
              {t(view === 'week' ? 'calendar.nav.nextWeek' : 'calendar.nav.next')}
            </Button>
            <DatePicker
              aria-label={t('calendar.nav.pick')}
              allowClear={false}
              value={dayjs(date)}
              onChange={(value) => value && setPicked(value.format('YYYY-MM-DD'))}
            />
          </>
        )}
        <Button
          type="primary"
          disabled={columns.length === 0 || !day}
          onClick={() =>
            day &&
            setDraft({
              startsAt:
                date === today
                  ? Math.min(
                      day.end - day.slotMs,
                      Math.max(day.start, Math.ceil(now / day.slotMs) * day.slotMs),
                    )
                  : day.start,
              endsAt: null,
              resourceId: null,
            })
          }
        >
          {t('calendar.newBooking')}
        </Button>
        <Button disabled={columns.length === 0} onClick={() => setWalkIn(true)}>
          {t('calendar.walkIn.open')}
        </Button>
        {visible.length > 0 && (
          <IcsDownloadButton from={visible[0]!} to={visible[visible.length - 1]!} />
        )}
      </Space>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {view === 'week'
          ? t('calendar.week.title', { from: dateText(visible[0]!), to: dateText(visible[6]!) })
          : view === 'today'
            ? t('calendar.today.title', { date: dateText(today) })
            : dateText(date)}
      </Typography.Title>
      {columns.length === 0 ? (
        <Empty description={t('calendar.noResources')} />
      ) : view === 'week' ? (
        <WeekView
          dates={visible}
          today={today}
          bookings={shown}
          exceptions={exceptions ?? []}
          guests={guests ?? new Map()}
          onPickDay={(d) => {
            setPicked(d);
            setView('day');
          }}
          onOpen={(b) => setOpenId(b.id)}
        />
      ) : view === 'today' ? (
        <TodayList
          bookings={shown}
          resources={resources}
          guests={guests ?? new Map()}
          settings={settings}
          onOpen={(b) => setOpenId(b.id)}
        />
      ) : (
        day &&
        ctx && (
          <>
            {day.closed && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('calendar.closedDay', {
                  label: closedException?.label || t('calendar.closed'),
                })}
              />
            )}
            <DayGrid
              window={day}
              columns={columns}
              bookings={shown}
              guests={guests ?? new Map()}
              ctx={ctx}
              now={now}
              onCreate={setDraft}
              onOpen={(b) => setOpenId(b.id)}
              onPropose={onPropose}
              announce={announce}
            />
          </>
        )
      )}
      {day && ctx && (
        <BookingDrawer
          key={draft ? `${draft.startsAt}-${draft.endsAt}-${draft.resourceId}` : 'none'}
          draft={draft}
          window={day}
          columns={columns}
          services={services}
          settings={settings}
          ctx={ctx}
          clock={clock}
          onClose={() => setDraft(null)}
          onSaved={(text) => {
            setDraft(null);
            message.success(text);
            announce(text);
          }}
        />
      )}
      {ctx && walkIn && (
        <WalkInDialog
          open
          columns={columns}
          settings={settings}
          services={services}
          ctx={ctx}
          now={now}
          clock={clock}
          onClose={() => setWalkIn(false)}
          onSaved={(text) => {
            setWalkIn(false);
            message.success(text);
            announce(text);
          }}
        />
      )}
      <BookingDetail
        booking={openBooking}
        resources={resources}
        guests={guests ?? new Map()}
        settings={settings}
        onClose={() => setOpenId(null)}
      />
    </div>
  );
}
