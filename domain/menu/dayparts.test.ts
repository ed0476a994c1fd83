import { describe, expect, it } from 'vitest';
import { zonedTimeToEpoch } from '../time';
import { dayparts, ids, sampleCategory } from './fixtures/menu';
import { daypartsAt, findDaypartProblems, isItemAvailableAt } from './dayparts';
import type { Availability, Daypart } from './schema';
import type { ShopClock } from './shop-clock';

const shanghai: ShopClock = { timeZone: 'Asia/Shanghai', cutoffMinutes: 240 };
const newYork: ShopClock = { timeZone: 'America/New_York', cutoffMinutes: 240 };
// 2025-03-07 is a Friday.
const at = (clock: ShopClock, day: number, hour: number, minute = 0) =>
  zonedTimeToEpoch({ year: 2025, month: 3, day, hour, minute }, clock.timeZone);
const only = (availability: Availability) => ({ availability });
const nightSnack = ids.daypart(4);

describe('isItemAvailableAt', () => {
  const fridayNightSnack = only({ daypartIds: [nightSnack], weekdays: [5] });

  it('counts Saturday 01:00 inside 夜宵 21:30–02:00 as Friday night', () => {
    expect(
      isItemAvailableAt(fridayNightSnack, undefined, dayparts, at(shanghai, 8, 1), shanghai),
    ).toBe(true);
    expect(
      isItemAvailableAt(fridayNightSnack, undefined, dayparts, at(shanghai, 7, 23), shanghai),
    ).toBe(true);
  });

  it('does not count Friday 01:00 (Thursday night) or Saturday night', () => {
    expect(
      isItemAvailableAt(fridayNightSnack, undefined, dayparts, at(shanghai, 7, 1), shanghai),
    ).toBe(false);
    expect(
      isItemAvailableAt(fridayNightSnack, undefined, dayparts, at(shanghai, 8, 23), shanghai),
    ).toBe(false);
    expect(
      isItemAvailableAt(fridayNightSnack, undefined, dayparts, at(shanghai, 8, 2), shanghai),
    ).toBe(false);
  });

  it('keeps the daypart rule even with a midnight cut-off', () => {
    const midnight = { ...shanghai, cutoffMinutes: 0 };
    expect(
      isItemAvailableAt(fridayNightSnack, undefined, dayparts, at(midnight, 8, 1), midnight),
    ).toBe(true);
  });

  it('judges weekday-only items by the business day', () => {
    const fridays = only({ daypartIds: [], weekdays: [5] });
    expect(isItemAvailableAt(fridays, undefined, dayparts, at(shanghai, 8, 1), shanghai)).toBe(
      true,
    );
    const midnight = { ...shanghai, cutoffMinutes: 0 };
    expect(isItemAvailableAt(fridays, undefined, dayparts, at(midnight, 8, 1), midnight)).toBe(
      false,
    );
  });

  it('reads dayparts in the vendor zone, across a DST change (New York, 2025-03-09)', () => {
    const breakfast = only({ daypartIds: [ids.daypart(1)], weekdays: [] });
    expect(isItemAvailableAt(breakfast, undefined, dayparts, at(newYork, 9, 7), newYork)).toBe(
      true,
    );
    expect(isItemAvailableAt(breakfast, undefined, dayparts, at(newYork, 9, 5, 59), newYork)).toBe(
      false,
    );
    // 07:00 in New York is 19:00 or 20:00 in Shanghai: not breakfast there.
    expect(isItemAvailableAt(breakfast, undefined, dayparts, at(newYork, 9, 7), shanghai)).toBe(
      false,
    );
    const saturdayNight = only({ daypartIds: [nightSnack], weekdays: [6] });
    expect(
      isItemAvailableAt(saturdayNight, undefined, dayparts, at(newYork, 9, 1, 30), newYork),
    ).toBe(true);
  });

  it('needs both the category and the item to allow the moment', () => {
    const lunchCategory = sampleCategory({
      availability: { daypartIds: [ids.daypart(2)], weekdays: [] },
    });
    const weekdaysOnly = only({ daypartIds: [], weekdays: [1, 2, 3, 4, 5] });
    expect(
      isItemAvailableAt(weekdaysOnly, lunchCategory, dayparts, at(shanghai, 7, 12), shanghai),
    ).toBe(true);
    expect(
      isItemAvailableAt(weekdaysOnly, lunchCategory, dayparts, at(shanghai, 8, 12), shanghai),
    ).toBe(false);
    expect(
      isItemAvailableAt(weekdaysOnly, lunchCategory, dayparts, at(shanghai, 7, 18), shanghai),
    ).toBe(false);
  });

  it('is always available without rules, and ignores deleted dayparts', () => {
    expect(
      isItemAvailableAt({ availability: null }, undefined, dayparts, at(shanghai, 7, 3), shanghai),
    ).toBe(true);
    const gone = only({ daypartIds: [ids.daypart(99)], weekdays: [] });
    expect(isItemAvailableAt(gone, undefined, dayparts, at(shanghai, 7, 3), shanghai)).toBe(true);
  });
});

describe('daypartsAt', () => {
  it('names the running daypart, with the boundary belonging to the next one', () => {
    expect(daypartsAt(dayparts, at(shanghai, 7, 10, 30), shanghai).map((d) => d.name.zh)).toEqual([
      '午市',
    ]);
    expect(daypartsAt(dayparts, at(shanghai, 7, 15), shanghai)).toEqual([]);
  });
});

describe('findDaypartProblems', () => {
  const extra = (n: number, start: string, end: string): Daypart => ({
    id: ids.daypart(n),
    name: { zh: `时段${n}` },
    start,
    end,
    sortKey: 'z',
  });

  it('finds nothing wrong with touching dayparts', () => {
    expect(findDaypartProblems(dayparts)).toEqual([]);
  });

  it('flags an overlap on both sides, also after midnight', () => {
    const problems = findDaypartProblems([...dayparts, extra(10, '01:00', '03:00')]);
    expect(problems).toEqual([
      { daypartId: nightSnack, code: 'daypart_overlap', otherDaypartId: ids.daypart(10) },
      { daypartId: ids.daypart(10), code: 'daypart_overlap', otherDaypartId: nightSnack },
    ]);
  });

  it('flags an empty daypart', () => {
    expect(findDaypartProblems([extra(11, '10:00', '10:00')])).toEqual([
      { daypartId: ids.daypart(11), code: 'daypart_empty' },
    ]);
  });
});
