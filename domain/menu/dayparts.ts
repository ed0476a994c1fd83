/**
 * Dayparts (早餐/午市/晚市/夜宵) and weekdays decide when an item is on sale, in the vendor's zone.
 *
 * Which weekday a moment belongs to: a moment inside a daypart belongs to the day that daypart
 * started, so Saturday 01:00 inside 夜宵 21:30–02:00 is Friday's night snack, whatever the
 * business-day cut-off. A moment judged without dayparts (an item limited to weekdays only)
 * belongs to its business day's weekday, so with a 04:00 cut-off Saturday 01:00 is still Friday.
 * Unknown daypart ids (a daypart since deleted) are ignored; if none are left, the item is not
 * limited by daypart.
 */
import {
  addCalendarDays,
  businessDate,
  isInClockRange,
  parseClock,
  weekdayOfDate,
  zonedParts,
} from '../time';
import type { ShopClock } from './shop-clock';
import type { Availability, Category, Daypart, MenuItem } from './schema';

export interface DaypartRange {
  start: number;
  end: number;
}

function rangeOf(daypart: Pick<Daypart, 'start' | 'end'>): DaypartRange {
  const start = parseClock(daypart.start);
  const end = parseClock(daypart.end);
  if (start === null || end === null)
    throw new RangeError(`bad daypart ${daypart.start}–${daypart.end}`);
  return { start, end };
}

/** The moment as the rules read it: wall-clock minute, calendar date and business date. */
export interface ShopMoment {
  minuteOfDay: number;
  calendarDate: string;
  businessDate: string;
}

export function shopMomentAt(epochMs: number, clock: ShopClock): ShopMoment {
  const p = zonedParts(epochMs, clock.timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    minuteOfDay: p.minuteOfDay,
    calendarDate: `${String(p.year).padStart(4, '0')}-${pad(p.month)}-${pad(p.day)}`,
    businessDate: businessDate(epochMs, clock.timeZone, clock.cutoffMinutes),
  };
}

/** The date a daypart occurrence containing the moment started on, or null when outside it. */
export function daypartStartDate(
  daypart: Pick<Daypart, 'start' | 'end'>,
  moment: ShopMoment,
): string | null {
  const range = rangeOf(daypart);
  if (!isInClockRange(moment.minuteOfDay, range)) return null;
  const afterMidnight = range.end <= range.start && moment.minuteOfDay < range.end;
  return afterMidnight ? addCalendarDays(moment.calendarDate, -1) : moment.calendarDate;
}

/** Whether one availability rule (an item's or a category's) lets the moment through. */
export function availabilityAllows(
  availability: Availability | null | undefined,
  daypartsById: ReadonlyMap<string, Daypart>,
  moment: ShopMoment,
): boolean {
  if (!availability) return true;
  const weekdayOk = (date: string) =>
    availability.weekdays.length === 0 || availability.weekdays.includes(weekdayOfDate(date));
  const known = availability.daypartIds.flatMap((id) => daypartsById.get(id) ?? []);
  if (known.length === 0) return weekdayOk(moment.businessDate);
  return known.some((daypart) => {
    const startDate = daypartStartDate(daypart, moment);
    return startDate !== null && weekdayOk(startDate);
  });
}

export function daypartIndex(dayparts: readonly Daypart[]): ReadonlyMap<string, Daypart> {
  return new Map(dayparts.map((daypart) => [daypart.id, daypart]));
}

/**
 * Whether the item's schedule (its own and its category's dayparts and weekdays) puts it on sale
 * at the moment. Status, sold-out and hidden categories are not considered here; menuAt does.
 */
export function isItemAvailableAt(
  item: Pick<MenuItem, 'availability'>,
  category: Pick<Category, 'availability'> | undefined,
  dayparts: readonly Daypart[] | ReadonlyMap<string, Daypart>,
  epochMs: number,
  clock: ShopClock,
): boolean {
  const byId = dayparts instanceof Map ? dayparts : daypartIndex(dayparts as readonly Daypart[]);
  const moment = shopMomentAt(epochMs, clock);
  return (
    availabilityAllows(category?.availability, byId, moment) &&
    availabilityAllows(item.availability, byId, moment)
  );
}

/** The dayparts running at the moment, for the "now: 午市" badge. */
export function daypartsAt(
  dayparts: readonly Daypart[],
  epochMs: number,
  clock: ShopClock,
): Daypart[] {
  const moment = shopMomentAt(epochMs, clock);
  return dayparts.filter((daypart) => daypartStartDate(daypart, moment) !== null);
}

export type DaypartProblemCode = 'daypart_empty' | 'daypart_overlap';

export interface DaypartProblem {
  daypartId: string;
  code: DaypartProblemCode;
  /** For an overlap: the daypart it overlaps. */
  otherDaypartId?: string;
}

/** A daypart as at most two [from, to) minute intervals within one day (split at midnight). */
function intervalsOf(range: DaypartRange): [number, number][] {
  if (range.start === range.end) return [];
  if (range.start < range.end) return [[range.start, range.end]];
  return range.end === 0
    ? [[range.start, 1440]]
    : [
        [range.start, 1440],
        [0, range.end],
      ];
}

function overlaps(a: DaypartRange, b: DaypartRange): boolean {
  return intervalsOf(a).some(([aFrom, aTo]) =>
    intervalsOf(b).some(([bFrom, bTo]) => aFrom < bTo && bFrom < aTo),
  );
}

/** Dayparts that are empty (start === end) or overlap another; touching ends are fine. */
export function findDaypartProblems(dayparts: readonly Daypart[]): DaypartProblem[] {
  const problems: DaypartProblem[] = [];
  const ranges = dayparts.map(rangeOf);
  dayparts.forEach((daypart, i) => {
    if (ranges[i]!.start === ranges[i]!.end)
      problems.push({ daypartId: daypart.id, code: 'daypart_empty' });
    dayparts.forEach((other, j) => {
      if (i !== j && overlaps(ranges[i]!, ranges[j]!)) {
        problems.push({ daypartId: daypart.id, code: 'daypart_overlap', otherDaypartId: other.id });
      }
    });
  });
  return problems;
}
