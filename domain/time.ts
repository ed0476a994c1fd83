/**
 * Time is UTC epoch ms; each vendor has an IANA zone, and dayparts, opening hours and reports are
 * read in that zone. A business day runs from its cut-off (say 04:00) to the next day's cut-off,
 * so a bar's 01:30 belongs to the day before. Calendar dates are 'YYYY-MM-DD' strings.
 */
import { z } from 'zod';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const DAY_MS = 86_400_000;
const MINUTES_PER_DAY = 1440;

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

// One formatter per zone: creating an Intl.DateTimeFormat costs far more than using one.
function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormats.set(timeZone, format);
  }
  return format;
}

/** True for a zone name Intl knows ('Asia/Shanghai', 'UTC'); offsets like '+08:00' are not zones. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone === '' || /^[+-]/.test(timeZone)) return false;
  try {
    zoneFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .refine(isValidTimeZone, { error: 'validation.time.time_zone' })
  .default(DEFAULT_TIME_ZONE);

/** Minutes since local midnight on the wall clock, 0..1439. */
export type ClockMinutes = number;

/** A stored clock time: 'HH:MM', 24-hour, zero-padded ('06:00', '23:59'; never '24:00'). */
export const clockSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time.clock' });
export const clockMinutesSchema = z.number().int().min(0).max(1439);

/**
 * Reads 'HH:MM' or 'H:MM' into minutes since midnight; null for anything else. '24:00' is
 * rejected: a period that ends at midnight is written with end '00:00' (see isInClockRange).
 */
export function parseClock(text: string): ClockMinutes | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? hour * 60 + minute : null;
}

function assertClockMinutes(minutes: number, what: string): void {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= MINUTES_PER_DAY) {
    throw new RangeError(`${what} must be whole minutes 0..1439, got ${minutes}`);
  }
}

/** Minutes since midnight as 'HH:MM'. */
export function formatClock(minutes: ClockMinutes): string {
  assertClockMinutes(minutes, 'clock');
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * Whether a wall-clock minute falls in [start, end). An end at or before the start means the range
 * crosses midnight (21:30–02:00, or 18:00–00:00 for "until midnight"); start === end is empty.
 */
export function isInClockRange(
  minuteOfDay: ClockMinutes,
  range: { start: ClockMinutes; end: ClockMinutes },
): boolean {
  const { start, end } = range;
  if (start === end) return false;
  return start < end
    ? minuteOfDay >= start && minuteOfDay < end
    : minuteOfDay >= start || minuteOfDay < end;
}

/** A day on the calendar; month 1..12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export interface ZonedParts extends CalendarDay {
  hour: number;
  minute: number;
  second: number;
  /** 1 = Monday .. 7 = Sunday, in the zone (not the UTC weekday). */
  weekday: number;
  /** hour * 60 + minute on the wall clock (on DST days some values repeat or never occur). */
  minuteOfDay: ClockMinutes;
}

// Date.UTC reads years 0..99 as 1900..1999; setUTCFullYear does not.
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  return date.setUTCFullYear(year, month - 1, day);
}

/** Whether the fields name a real date and time: no Feb 30, no 24:00, no fractions. */
function isRealWallTime(t: CalendarDay & { hour: number; minute: number }): boolean {
  const wall = new Date(utcMs(t.year, t.month, t.day, t.hour, t.minute));
  return (
    wall.getUTCFullYear() === t.year &&
    wall.getUTCMonth() + 1 === t.month &&
    wall.getUTCDate() === t.day &&
    wall.getUTCHours() === t.hour &&
    wall.getUTCMinutes() === t.minute
  );
}

/** A wall-clock Date (UTC fields = local fields) as 'YYYY-MM-DD'. */
function dateOfWall(wall: Date): string {
  return wall.toISOString().slice(0, 10);
}

/** The zone's offset at an instant, read from Intl (to the second, as zones define them). */
function intlOffsetMs(epochMs: number, timeZone: string): number {
  const p = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const { type, value } of zoneFormat(timeZone).formatToParts(epochMs)) {
    if (type in p) p[type as keyof typeof p] = Number(value);
  }
  const subSecondMs = ((epochMs % 1000) + 1000) % 1000;
  return utcMs(p.year, p.month, p.day, p.hour, p.minute, p.second) + subSecondMs - epochMs;
}

// formatToParts costs microseconds and reports read thousands of instants, so offsets are cached
// per zone and UTC hour. An hour whose two ends share an offset has it throughout (no zone changes
// twice within an hour); an hour containing a change is marked NaN and always asks Intl.
const HOUR_MS = 3_600_000;
const offsetCache = new Map<string, Map<number, number>>();

function offsetMs(epochMs: number, timeZone: string): number {
  const hour = Math.floor(epochMs / HOUR_MS);
  let zoneOffsets = offsetCache.get(timeZone);
  if (!zoneOffsets || zoneOffsets.size > 100_000) {
    zoneOffsets = new Map();
    offsetCache.set(timeZone, zoneOffsets);
  }
  let hourOffsetMs = zoneOffsets.get(hour);
  if (hourOffsetMs === undefined) {
    const startMs = intlOffsetMs(hour * HOUR_MS, timeZone);
    const endMs = intlOffsetMs(hour * HOUR_MS + HOUR_MS - 1, timeZone);
    hourOffsetMs = startMs === endMs ? startMs : Number.NaN;
    zoneOffsets.set(hour, hourOffsetMs);
  }
  return Number.isNaN(hourOffsetMs) ? intlOffsetMs(epochMs, timeZone) : hourOffsetMs;
}

/** The zone's wall clock at an instant, written as if it were UTC (the instant plus its offset). */
function wallMs(epochMs: number, timeZone: string): number {
  return epochMs + offsetMs(epochMs, timeZone);
}

/** The wall-clock reading of an instant in a zone. */
export function zonedParts(epochMs: number, timeZone: string): ZonedParts {
  const wall = new Date(wallMs(epochMs, timeZone));
  const hour = wall.getUTCHours();
  const minute = wall.getUTCMinutes();
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour,
    minute,
    second: wall.getUTCSeconds(),
    weekday: wall.getUTCDay() || 7,
    minuteOfDay: hour * 60 + minute,
  };
}

/**
 * The instant a wall-clock time happens in a zone. A time skipped by a DST jump (02:30 on a US
 * spring-forward day) gives the first instant after the gap, the moment of the jump (03:00 EDT),
 * so it never lands after a later wall time. A time that happens twice (01:30 on a fall-back day)
 * gives the earlier one. Throws RangeError for an impossible date or time (Feb 30, 24:00).
 */
export function zonedTimeToEpoch(
  local: CalendarDay & { hour?: number; minute?: number },
  timeZone: string,
): number {
  const target = { hour: 0, minute: 0, ...local };
  if (!isRealWallTime(target)) throw new RangeError(`no such time: ${JSON.stringify(local)}`);
  const targetWallMs = utcMs(target.year, target.month, target.day, target.hour, target.minute);
  // Offsets a day either side bracket any transition near the target.
  const offsets = [targetWallMs - DAY_MS, targetWallMs + DAY_MS].map(
    (probeMs) => wallMs(probeMs, timeZone) - probeMs,
  );
  const candidates = [...new Set(offsets.map((offsetMs) => targetWallMs - offsetMs))].sort(
    (a, b) => a - b,
  );
  const exact = candidates.find((epochMs) => wallMs(epochMs, timeZone) === targetWallMs);
  if (exact !== undefined) return exact;
  return firstInstantAtOrAfter(targetWallMs, candidates[0]!, candidates.at(-1)!, timeZone);
}

// In a gap, the wall clock jumps over the target between lo and hi: binary-search the jump, to the
// second (zones change offset on whole seconds).
function firstInstantAtOrAfter(targetWallMs: number, lo: number, hi: number, timeZone: string) {
  let before = Math.floor(lo / 1000);
  let after = Math.ceil(hi / 1000);
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (wallMs(middle * 1000, timeZone) >= targetWallMs) after = middle;
    else before = middle;
  }
  return after * 1000;
}

/** A calendar date string's parts; null unless it is a real 'YYYY-MM-DD' date. */
export function parseCalendarDate(date: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealWallTime({ ...day, hour: 0, minute: 0 }) ? day : null;
}

export const calendarDateSchema = z
  .string()
  .refine((date) => parseCalendarDate(date) !== null, { error: 'validation.time.date' });

function calendarDayOf(date: string): CalendarDay {
  const day = parseCalendarDate(date);
  if (!day) throw new RangeError(`not a 'YYYY-MM-DD' date: ${date}`);
  return day;
}

/** The date n days after (or before, for negative n) a calendar date. */
export function addCalendarDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be whole, got ${days}`);
  const { year, month, day } = calendarDayOf(date);
  return dateOfWall(new Date(utcMs(year, month, day) + days * DAY_MS));
}

/** 1 = Monday .. 7 = Sunday. */
export function weekdayOfDate(date: string): number {
  const { year, month, day } = calendarDayOf(date);
  return new Date(utcMs(year, month, day)).getUTCDay() || 7;
}

/** The instant a business day starts: its date's cut-off on the vendor's wall clock. */
export function businessDayStart(
  date: string,
  timeZone: string,
  cutoffMinutes: ClockMinutes,
): number {
  assertClockMinutes(cutoffMinutes, 'cutoffMinutes');
  const { year, month, day } = calendarDayOf(date);
  const hour = Math.floor(cutoffMinutes / 60);
  return zonedTimeToEpoch({ year, month, day, hour, minute: cutoffMinutes % 60 }, timeZone);
}

// The wall clock only misleads in a repeated hour: within this long of both the cut-off and an
// offset change (fall-backs repeat one hour, at most two).
const OVERLAP_GUARD_MINUTES = 180;

/**
 * The business day an instant belongs to: the date D with businessDayStart(D) <= epochMs <
 * businessDayStart(D + 1). With a 04:00 cut-off, 01:30 on the 2nd belongs to the 1st.
 */
export function businessDate(
  epochMs: number,
  timeZone: string,
  cutoffMinutes: ClockMinutes,
): string {
  assertClockMinutes(cutoffMinutes, 'cutoffMinutes');
  const wall = wallMs(epochMs, timeZone);
  const minuteOfDay = Math.floor((wall - Math.floor(wall / DAY_MS) * DAY_MS) / 60_000);
  const date = dateOfWall(new Date(minuteOfDay < cutoffMinutes ? wall - DAY_MS : wall));
  const distance = Math.abs(minuteOfDay - cutoffMinutes);
  if (Math.min(distance, MINUTES_PER_DAY - distance) > OVERLAP_GUARD_MINUTES) return date;
  const guardMs = OVERLAP_GUARD_MINUTES * 60_000;
  if (offsetMs(epochMs - guardMs, timeZone) === offsetMs(epochMs + guardMs, timeZone)) return date;
  // Near the cut-off on a fall-back day the wall clock repeats; the starts decide.
  if (epochMs < businessDayStart(date, timeZone, cutoffMinutes)) return addCalendarDays(date, -1);
  const nextDate = addCalendarDays(date, 1);
  return epochMs < businessDayStart(nextDate, timeZone, cutoffMinutes) ? date : nextDate;
}

/** When the business day after the one containing epochMs starts (always later than epochMs). */
export function nextBusinessDayStart(
  epochMs: number,
  timeZone: string,
  cutoffMinutes: ClockMinutes,
): number {
  const date = businessDate(epochMs, timeZone, cutoffMinutes);
  return businessDayStart(addCalendarDays(date, 1), timeZone, cutoffMinutes);
}

/** A business day as a half-open interval [startMs, endMs) of epoch ms, for reports. */
export function businessDayRange(
  date: string,
  timeZone: string,
  cutoffMinutes: ClockMinutes,
): { startMs: number; endMs: number } {
  return {
    startMs: businessDayStart(date, timeZone, cutoffMinutes),
    endMs: businessDayStart(addCalendarDays(date, 1), timeZone, cutoffMinutes),
  };
}

/**
 * The date n calendar months after (or before) a date, the day clamped to the month's last:
 * 2026-01-31 + 1 month is 2026-02-28, 2028-02-29 + 12 months is 2029-02-28.
 */
export function addCalendarMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`months must be whole, got ${months}`);
  const { year, month, day } = calendarDayOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(utcMs(targetYear, targetMonth + 1, 0)).getUTCDate();
  return dateOfWall(new Date(utcMs(targetYear, targetMonth, Math.min(day, lastDay))));
}
