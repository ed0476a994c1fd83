/**
 * Reading a calendar file (.ics, RFC 5545) into what a shop books around: closed days (a holiday
 * calendar) or busy blocks on one resource (a stylist's own calendar). Pure: the same text, zone
 * and window give the same events on a desk and on the platform, whatever the computer's zone.
 *
 * ical.js expands RRULE, EXDATE and moved instances (RECURRENCE-ID), but it reads a TZID only
 * through its global TimezoneService: the file's VTIMEZONEs are registered for the one synchronous
 * parse and removed after it, so two files naming a zone alike ('中国标准时间') never mix. A TZID the
 * file does not define is read as an IANA zone through Intl when it is one, else as the shop's
 * zone, as is a floating time. Exchange writes an all-day event's EXDATE as a date-time with a
 * zone, which ical.js does not match against a DATE occurrence: those are dropped here by date.
 */
import ICAL from 'ical.js';
import { derivedId } from '../../ids';
import {
  addCalendarDays,
  addCalendarMonths,
  isValidTimeZone,
  zonedParts,
  zonedTimeToEpoch,
} from '../../time';
import type { BookingException, BusyBlock } from '../schema';

/** Why a file could not be read; the console's text is `bookings.ical.errors.<code>`. */
export type IcalError = 'notCalendar' | 'unreadable' | 'tooLarge' | 'noEvents' | 'tooMany';

/** The largest calendar file read (a busy staff calendar over years is well under 1 MB). */
export const MAX_ICS_BYTES = 2 * 1024 * 1024;
/** The most occurrences one file may give inside the window (the mutation's cap on blocks). */
export const MAX_OCCURRENCES = 5000;
// Expanding stops after this many steps of one series, in or out of the window, so a rule like
// FREQ=SECONDLY with no end costs milliseconds, not minutes.
const MAX_STEPS_PER_SERIES = 50_000;

/** One occurrence of an event, in epoch ms and the shop's calendar dates it covers. */
export interface CalendarEvent {
  uid: string;
  /** The occurrence's original start (its RECURRENCE-ID) for a recurring event; null otherwise. */
  recurrence: string | null;
  summary: string;
  allDay: boolean;
  startsAt: number;
  endsAt: number;
  /** The shop's dates [startsAt, endsAt) covers: an all-day event's own dates, as written. */
  dates: string[];
}

export interface ParseOptions {
  /** The shop's zone: floating times and all-day events are read in it. */
  timeZone: string;
  /** The window, epoch ms [from, to): occurrences overlapping it are kept. */
  from: number;
  to: number;
}

export type ParseResult = { ok: true; events: CalendarEvent[] } | { ok: false; error: IcalError };

/** The window an import reads: a month back (recent closures stay shown) to 13 months ahead. */
export function importWindow(now: number, timeZone: string): { from: number; to: number } {
  const p = zonedParts(now, timeZone);
  const today = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  return {
    from: startOfDate(addCalendarMonths(today, -1), timeZone),
    to: startOfDate(addCalendarMonths(today, 13), timeZone),
  };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function startOfDate(date: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return zonedTimeToEpoch({ year, month, day }, timeZone);
}

function dateOf(time: ICAL.Time): string {
  return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * The instant of a date-time: through the file's own VTIMEZONE or UTC when ical.js knows the
 * zone, else the TZID as an IANA zone, else (floating, or a name nobody defines) the shop's zone.
 */
function epochOf(time: ICAL.Time, tzid: string | null, shopZone: string): number {
  const zone = time.zone;
  if (zone && (zone === ICAL.Timezone.utcTimezone || zone.component)) {
    return time.toUnixTime() * 1000;
  }
  const wallZone = tzid && isValidTimeZone(tzid) ? tzid : shopZone;
  const base = zonedTimeToEpoch(
    { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute },
    wallZone,
  );
  return base + time.second * 1000;
}

function tzidOf(component: ICAL.Component, name: string): string | null {
  const value = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof value === 'string' ? value : Array.isArray(value) ? (value[0] ?? null) : null;
}

/** The shop's dates an instant range touches (an end exactly at midnight does not touch that day). */
function datesCovered(startsAt: number, endsAt: number, timeZone: string): string[] {
  const toDate = (epochMs: number) => {
    const p = zonedParts(epochMs, timeZone);
    return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  };
  const last = toDate(Math.max(startsAt, endsAt - 1));
  const dates = [toDate(startsAt)];
  while (dates[dates.length - 1]! < last && dates.length < 400) {
    dates.push(addCalendarDays(dates[dates.length - 1]!, 1));
  }
  return dates;
}

function summaryOf(component: ICAL.Component): string {
  const value = component.getFirstPropertyValue('summary');
  return typeof value === 'string' ? value.trim() : '';
}

/** Parses and expands the file. Never throws: a file that is not a calendar gives its error. */
export function parseCalendar(text: string, options: ParseOptions): ParseResult {
  if (utf8Length(text) > MAX_ICS_BYTES) return { ok: false, error: 'tooLarge' };
  const clean = text.replace(/^\uFEFF/, '');
  if (!/^\s*BEGIN:VCALENDAR\s*$/im.test(clean.slice(0, 4096))) {
    return { ok: false, error: 'notCalendar' };
  }
  let calendars: ICAL.Component[];
  try {
    const parsed = ICAL.parse(clean) as unknown;
    const jcals = (Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : parsed) as
      unknown[] | unknown;
    calendars = (Array.isArray(jcals) ? jcals : [jcals]).map(
      (jcal) => new ICAL.Component(jcal as unknown[]),
    );
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  if (calendars.length === 0 || calendars.some((c) => c.name !== 'vcalendar')) {
    return { ok: false, error: 'notCalendar' };
  }
  const registered: string[] = [];
  try {
    for (const calendar of calendars) {
      for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
        const tzid = vtimezone.getFirstPropertyValue('tzid');
        if (typeof tzid !== 'string' || ICAL.TimezoneService.has(tzid)) continue;
        ICAL.TimezoneService.register(vtimezone);
        registered.push(tzid);
      }
    }
    const events: CalendarEvent[] = [];
    for (const calendar of calendars) {
      // Re-reading the components after registering lets every DTSTART find its zone.
      const fresh = new ICAL.Component(calendar.toJSON());
      const result = expandCalendar(fresh, options, events);
      if (result) return { ok: false, error: result };
    }
    events.sort(
      (a, b) =>
        a.startsAt - b.startsAt ||
        (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0) ||
        (a.recurrence ?? '').localeCompare(b.recurrence ?? ''),
    );
    return { ok: true, events };
  } catch {
    return { ok: false, error: 'unreadable' };
  } finally {
    for (const tzid of registered) ICAL.TimezoneService.remove(tzid);
  }
}

function expandCalendar(
  calendar: ICAL.Component,
  { timeZone, from, to }: ParseOptions,
  events: CalendarEvent[],
): IcalError | null {
  const vevents = calendar.getAllSubcomponents('vevent');
  const byUid = new Map<string, ICAL.Component[]>();
  vevents.forEach((vevent, index) => {
    const uid = vevent.getFirstPropertyValue('uid');
    const key = typeof uid === 'string' && uid.trim() ? uid.trim() : `#${index}`;
    byUid.set(key, [...(byUid.get(key) ?? []), vevent]);
  });

  const push = (event: CalendarEvent) => {
    if (event.endsAt <= from || event.startsAt >= to) return true;
    events.push(event);
    return events.length <= MAX_OCCURRENCES;
  };

  for (const [uid, components] of byUid) {
    const master = components.find((c) => !c.hasProperty('recurrence-id'));
    const overrides = components.filter((c) => c !== master);
    if (!master) {
      // Moved instances without their series: each stands alone.
      for (const override of overrides) {
        const event = single(uid, override, timeZone, true);
        if (event && !push(event)) return 'tooMany';
      }
      continue;
    }
    if (!master.hasProperty('dtstart')) continue;
    const event = new ICAL.Event(master, { exceptions: overrides });
    if (!event.isRecurring()) {
      const one = single(uid, master, timeZone, false);
      if (one && !push(one)) return 'tooMany';
      continue;
    }
    const allDay = event.startDate.isDate;
    // Exchange: an all-day series' EXDATEs as date-times; drop those occurrences by date.
    const excludedDates = new Set<string>();
    for (const property of master.getAllProperties('exdate')) {
      for (const value of property.getValues()) {
        if (value instanceof ICAL.Time) excludedDates.add(dateOf(value));
      }
    }
    const masterTzid = tzidOf(master, 'dtstart');
    const iterator = event.iterator();
    for (let step = 0; step < MAX_STEPS_PER_SERIES; step += 1) {
      const next = iterator.next();
      if (!next) break;
      if (allDay && excludedDates.has(dateOf(next))) continue;
      const details = event.getOccurrenceDetails(next);
      const item = details.item.component;
      if (String(item.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') {
        continue;
      }
      const itemTzid = item === master ? masterTzid : tzidOf(item, 'dtstart');
      const occurrence = occurrenceOf(
        details.startDate,
        details.endDate,
        itemTzid,
        timeZone,
        summaryOf(item),
      );
      const original = epochOf(next, masterTzid, timeZone);
      if (!next.isDate && original >= to && occurrence.startsAt >= to) break;
      if (next.isDate && startOfDate(dateOf(next), timeZone) >= to && occurrence.startsAt >= to) {
        break;
      }
      const recurrence = next.isDate ? dateOf(next) : new Date(original).toISOString();
      if (!push({ uid, recurrence, ...occurrence })) return 'tooMany';
    }
  }
  return null;
}

function single(
  uid: string,
  component: ICAL.Component,
  timeZone: string,
  moved: boolean,
): CalendarEvent | null {
  if (!component.hasProperty('dtstart')) return null;
  if (String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') {
    return null;
  }
  const event = new ICAL.Event(component);
  const tzid = tzidOf(component, 'dtstart');
  const occurrence = occurrenceOf(event.startDate, event.endDate, tzid, timeZone, event.summary);
  let recurrence: string | null = null;
  if (moved) {
    const id = component.getFirstPropertyValue('recurrence-id');
    if (id instanceof ICAL.Time) {
      recurrence = id.isDate
        ? dateOf(id)
        : new Date(epochOf(id, tzidOf(component, 'recurrence-id'), timeZone)).toISOString();
    }
  }
  return { uid, recurrence, ...occurrence };
}

function occurrenceOf(
  start: ICAL.Time,
  end: ICAL.Time | null,
  tzid: string | null,
  timeZone: string,
  summary: string | null,
): Omit<CalendarEvent, 'uid' | 'recurrence'> {
  const text = (summary ?? '').trim();
  if (start.isDate) {
    const first = dateOf(start);
    let last = end && end.isDate ? addCalendarDays(dateOf(end), -1) : first;
    if (last < first) last = first;
    const dates = [first];
    while (dates[dates.length - 1]! < last && dates.length < 400) {
      dates.push(addCalendarDays(dates[dates.length - 1]!, 1));
    }
    return {
      summary: text,
      allDay: true,
      startsAt: startOfDate(first, timeZone),
      endsAt: startOfDate(addCalendarDays(dates[dates.length - 1]!, 1), timeZone),
      dates,
    };
  }
  const startsAt = epochOf(start, tzid, timeZone);
  const endTzid = tzid;
  let endsAt = end ? epochOf(end, endTzid, timeZone) : startsAt;
  if (endsAt < startsAt) endsAt = startsAt;
  return {
    summary: text,
    allDay: false,
    startsAt,
    endsAt,
    dates: datesCovered(startsAt, endsAt, timeZone),
  };
}

/** What an import writes: closed days, or busy blocks on one resource. */
export type ImportTarget = { kind: 'closedDays' } | { kind: 'busy'; resourceId: string };

export interface ImportCalendarArgs {
  calendarId: string;
  exceptions: BookingException[];
  busyBlocks: BusyBlock[];
  removeExceptionIds: string[];
  removeBlockIds: string[];
}

/** The event's key inside its calendar: its UID and, for a recurring one, which occurrence. */
function eventKey(event: CalendarEvent): string {
  return `ics:${event.uid}:${event.recurrence ?? ''}`;
}

const DAY_MS = 86_400_000;

/**
 * Whether an event closes the days it covers: an all-day event does, and a timed one of a day or
 * more (a holiday written 00:00–00:00); a two-hour meeting does not close the shop.
 */
export function closesDays(event: CalendarEvent): boolean {
  return event.allDay || event.endsAt - event.startsAt >= DAY_MS;
}

/**
 * The closed days a file's events give, one per date (two events on one date give one day, their
 * names joined), each id derived from the calendar, the first event's UID and occurrence and the
 * date, so importing the same file again writes the same rows.
 */
export function closedDaysOf(
  events: CalendarEvent[],
  calendarId: string,
  now: number,
): BookingException[] {
  const byDate = new Map<string, BookingException>();
  for (const event of events) {
    if (!closesDays(event)) continue;
    for (const date of event.dates) {
      const existing = byDate.get(date);
      if (existing) {
        if (event.summary && !existing.label.split(' / ').includes(event.summary)) {
          existing.label = clip(`${existing.label} / ${event.summary}`, 60);
        }
        continue;
      }
      byDate.set(date, {
        id: derivedId(calendarId, `${eventKey(event)}:${date}`),
        date,
        kind: 'closed',
        hours: [],
        label: clip(event.summary, 60),
        source: 'ics',
        calendarId,
        createdAt: now,
      });
    }
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Busy blocks on one resource, one per occurrence that takes time. */
export function busyBlocksOf(
  events: CalendarEvent[],
  calendarId: string,
  resourceId: string,
  now: number,
): BusyBlock[] {
  const blocks = new Map<string, BusyBlock>();
  for (const event of events) {
    if (event.endsAt <= event.startsAt) continue;
    const id = derivedId(calendarId, eventKey(event));
    blocks.set(id, {
      id,
      resourceId,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      label: clip(event.summary, 100),
      source: 'ics',
      calendarId,
      createdAt: now,
    });
  }
  return [...blocks.values()];
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function clip(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  let out = '';
  for (const char of trimmed) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out.trim();
}

/**
 * The `bookingCalendar.import` arguments: the rows this import writes, and the ids an earlier
 * import of the same calendar wrote (`existing`: the calendar's rows in the store) that it no
 * longer has.
 */
export function calendarImportArgs(input: {
  calendarId: string;
  events: CalendarEvent[];
  target: ImportTarget;
  existing: { exceptionIds: readonly string[]; blockIds: readonly string[] };
  now: number;
}): { ok: true; args: ImportCalendarArgs } | { ok: false; error: IcalError } {
  const { calendarId, events, target, existing, now } = input;
  const exceptions = target.kind === 'closedDays' ? closedDaysOf(events, calendarId, now) : [];
  const busyBlocks =
    target.kind === 'busy' ? busyBlocksOf(events, calendarId, target.resourceId, now) : [];
  if (exceptions.length > 2000 || busyBlocks.length > 5000) return { ok: false, error: 'tooMany' };
  const keptExceptions = new Set(exceptions.map((row) => row.id));
  const keptBlocks = new Set(busyBlocks.map((row) => row.id));
  const removeExceptionIds = [...new Set(existing.exceptionIds)].filter(
    (id) => !keptExceptions.has(id),
  );
  const removeBlockIds = [...new Set(existing.blockIds)].filter((id) => !keptBlocks.has(id));
  if (removeExceptionIds.length > 2000 || removeBlockIds.length > 5000) {
    return { ok: false, error: 'tooMany' };
  }
  // A calendar that is empty now still removes what it wrote before; one that never had
  // anything has nothing to import.
  if (
    exceptions.length + busyBlocks.length + removeExceptionIds.length + removeBlockIds.length ===
    0
  ) {
    return { ok: false, error: 'noEvents' };
  }
  return {
    ok: true,
    args: { calendarId, exceptions, busyBlocks, removeExceptionIds, removeBlockIds },
  };
}
