/**
 * The day grid's geometry, pure: which instants its rows stand for (the day's opening periods in
 * the shop's zone, past midnight allowed, stepped by the slot size in real time so a DST change
 * shows as it happens), where a booking's block sits, and which slot a pointer is over.
 */
import { addCalendarDays, businessDate, parseClock, weekdayOfDate } from '@domain/time';
import type { Booking, Resource, BookingSettings } from '@domain/bookings/schema';
import {
  candidateResources,
  fitsIn,
  openPeriods,
  openPeriodsAround,
  ResourceLoad,
  type BookingContext,
} from '@domain/bookings/availability';

export const ROW_PX = 28;

export interface DayWindow {
  date: string;
  /** Epoch ms of the first row and the end of the last. */
  start: number;
  end: number;
  slotMs: number;
  /** Each row's start. */
  rows: number[];
  periods: Array<{ start: number; end: number }>;
  closed: boolean;
}

/** The grid of a business day: its opening periods, rounded out to whole slots. */
export function dayWindow(
  date: string,
  ctx: Pick<BookingContext, 'profile' | 'exceptions'>,
  slotMinutes: number,
  /** Bookings of the day: the grid reaches out to those outside the hours (a late walk-in). */
  bookings: ReadonlyArray<{ startsAt: number; endsAt: number }> = [],
  /** The business day's own bounds, which the grid never passes. */
  bounds?: { startMs: number; endMs: number },
): DayWindow {
  const slotMs = slotMinutes * 60_000;
  const periods = openPeriods(date, ctx);
  const closed = periods.length === 0;
  // A closed day still shows the weekday's usual hours (a booking can be taken anyway, flagged).
  const shown = closed ? openPeriods(date, { profile: ctx.profile, exceptions: [] }) : periods;
  const fallback = shown.length
    ? shown
    : openPeriods(date, {
        profile: { ...ctx.profile, openingHours: defaultHours },
        exceptions: [],
      });
  const starts = [...fallback.map((p) => p.start), ...bookings.map((b) => b.startsAt)];
  const ends = [...fallback.map((p) => p.end), ...bookings.map((b) => b.endsAt)];
  let first = Math.min(...starts);
  let last = Math.max(...ends);
  if (bounds) {
    first = Math.max(first, Math.min(bounds.startMs, fallback[0]?.start ?? first));
    last = Math.min(last, Math.max(bounds.endMs, ...fallback.map((p) => p.end)));
  }
  const start = Math.floor(first / slotMs) * slotMs;
  const end = Math.ceil(last / slotMs) * slotMs;
  const rows: number[] = [];
  for (let at = start; at < end; at += slotMs) rows.push(at);
  return { date, start, end, slotMs, rows, periods, closed };
}

const nine = [{ open: '09:00', close: '21:00' }];
const defaultHours = { 1: nine, 2: nine, 3: nine, 4: nine, 5: nine, 6: nine, 7: nine };

export function blockTop(window: DayWindow, at: number): number {
  return ((at - window.start) / window.slotMs) * ROW_PX;
}

export function slotAt(window: DayWindow, offsetY: number): number {
  const index = Math.max(0, Math.min(window.rows.length - 1, Math.floor(offsetY / ROW_PX)));
  return window.start + index * window.slotMs;
}

/** The calendar's columns: the settings' kind of resource, archived ones left out. */
export function calendarColumns(resources: Resource[], settings: BookingSettings): Resource[] {
  const kinds =
    settings.mode === 'tables' ? ['table'] : settings.mode === 'rooms' ? ['room'] : ['staff'];
  const live = resources.filter((resource) => !resource.archived);
  const chosen = live.filter((resource) => kinds.includes(resource.kind));
  return chosen.length ? chosen : live;
}

/** Monday of the week holding a date. */
export function weekStart(date: string): string {
  return addCalendarDays(date, 1 - weekdayOfDate(date));
}

export function weekDates(date: string): string[] {
  const monday = weekStart(date);
  return Array.from({ length: 7 }, (_, i) => addCalendarDays(monday, i));
}

/** Today's business date for the shop. */
export function shopToday(now: number, timeZone: string, cutoff: string): string {
  return businessDate(now, timeZone, parseClock(cutoff) ?? 0);
}

/** Bookings on a column, by start. */
export function bookingsOf(bookings: Booking[], resourceId: string): Booking[] {
  return bookings.filter((booking) => booking.resourceIds.includes(resourceId));
}

/**
 * The desk's "anyone free" for a service starting at `startsAt`: the first staff member (or
 * resource), in the calendar's order, who does the service, works for its whole length and is
 * free for it and its buffer after; null when nobody is. The same rules as the slots offered to
 * customers (availability.ts), so the desk does not pick someone a customer could not have.
 */
export function anyoneFree(
  ctx: BookingContext,
  serviceId: string,
  startsAt: number,
): string | null {
  const service = ctx.services.find((candidate) => candidate.id === serviceId);
  if (!service) return null;
  const candidate = {
    startsAt,
    endsAt: startsAt + service.durationMin * 60_000,
    bufferAfterMin: service.bufferAfterMin,
    partySize: 1,
    serviceId,
  };
  const load = new ResourceLoad(ctx.bookings, ctx.busyBlocks);
  const free = candidateResources(ctx, { kind: 'service', serviceId, resourceId: null }).find(
    (resource) =>
      fitsIn(openPeriodsAround(startsAt, ctx, resource), startsAt, candidate.endsAt) &&
      load.isFree(resource.id, candidate, ctx.services),
  );
  return free?.id ?? null;
}
