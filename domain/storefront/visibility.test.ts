import { describe, expect, it } from 'vitest';
import { newId } from '../ids';
import type { Daypart } from '../menu/schema';
import type { ShopClock } from '../menu/shop-clock';
import { alwaysVisible, type Visibility } from './schema';
import { isAlwaysVisible, isVisibleAt, storefrontMoment, visibleBlocks } from './visibility';

// 2026-12-04 is a Friday, 2026-12-05 a Saturday, 2026-12-07 a Monday.
const daypart = (zh: string, start: string, end: string, sortKey: string): Daypart => ({
  id: newId(),
  name: { zh, en: null },
  start,
  end,
  sortKey,
});
const breakfast = daypart('早餐', '07:00', '10:00', 'a');
const lunch = daypart('午市', '11:00', '14:00', 'b');
const lateNight = daypart('夜宵', '21:30', '02:00', 'c');
const dayparts = [breakfast, lunch, lateNight];

const shanghai = (cutoff = '04:00'): ShopClock => {
  const [h, m] = cutoff.split(':').map(Number) as [number, number];
  return { timeZone: 'Asia/Shanghai', cutoffMinutes: h * 60 + m };
};
/** An instant given as Shanghai wall-clock time (UTC+8, no summer time). */
const inShanghai = (date: string, time: string) => Date.parse(`${date}T${time}:00+08:00`);

const rule = (fields: Partial<Visibility>): Visibility => ({ ...alwaysVisible(), ...fields });

const visibleAt = (
  visibility: Visibility,
  date: string,
  time: string,
  clock = shanghai(),
  rows: readonly Daypart[] = dayparts,
) => isVisibleAt(visibility, storefrontMoment(rows, inShanghai(date, time), clock));

describe('the moment visibility reads', () => {
  it('lists the dayparts running, each with the day its occurrence started', () => {
    expect(storefrontMoment(dayparts, inShanghai('2026-12-05', '08:00'), shanghai())).toEqual({
      businessDate: '2026-12-05',
      daypartsNow: [{ id: breakfast.id, startDate: '2026-12-05' }],
    });
    // Saturday 01:00 inside 夜宵 21:30–02:00: Friday's occurrence, and Friday's business day.
    expect(storefrontMoment(dayparts, inShanghai('2026-12-05', '01:00'), shanghai())).toEqual({
      businessDate: '2026-12-04',
      daypartsNow: [{ id: lateNight.id, startDate: '2026-12-04' }],
    });
    expect(storefrontMoment(dayparts, inShanghai('2026-12-05', '15:00'), shanghai())).toEqual({
      businessDate: '2026-12-05',
      daypartsNow: [],
    });
  });
});

describe('visibility at edges', () => {
  it('a block with no conditions always shows', () => {
    expect(isAlwaysVisible(alwaysVisible())).toBe(true);
    expect(isAlwaysVisible(rule({ days: 'weekends' }))).toBe(false);
    expect(visibleAt(alwaysVisible(), '2026-12-05', '03:00')).toBe(true);
  });

  it('a breakfast block shows at 08:00 and not at 20:00; the daypart’s end is not in it', () => {
    const morning = rule({ dayparts: [breakfast.id] });
    expect(visibleAt(morning, '2026-12-07', '08:00')).toBe(true);
    expect(visibleAt(morning, '2026-12-07', '07:00')).toBe(true);
    expect(visibleAt(morning, '2026-12-07', '09:59')).toBe(true);
    expect(visibleAt(morning, '2026-12-07', '10:00')).toBe(false);
    expect(visibleAt(morning, '2026-12-07', '20:00')).toBe(false);
  });

  describe('a daypart across midnight', () => {
    const weekdayNights = rule({ dayparts: [lateNight.id], days: 'weekdays' });
    const weekendNights = rule({ dayparts: [lateNight.id], days: 'weekends' });

    it('Saturday 01:00 in 夜宵 21:30–02:00 is Friday night: a weekday', () => {
      expect(visibleAt(weekdayNights, '2026-12-05', '01:00')).toBe(true);
      expect(visibleAt(weekendNights, '2026-12-05', '01:00')).toBe(false);
    });

    it('Saturday 22:00 is Saturday night, and Sunday 01:00 still is', () => {
      expect(visibleAt(weekendNights, '2026-12-05', '22:00')).toBe(true);
      expect(visibleAt(weekendNights, '2026-12-06', '01:00')).toBe(true);
      // Monday 01:00 belongs to Sunday night: a weekend.
      expect(visibleAt(weekendNights, '2026-12-07', '01:00')).toBe(true);
      expect(visibleAt(weekdayNights, '2026-12-07', '01:00')).toBe(false);
    });

    it('is judged on the day the occurrence started even where the business day says otherwise', () => {
      // With the business day rolling over at midnight, Saturday 01:00 is Saturday's business
      // day, yet 夜宵 started on Friday: a block limited to 夜宵 reads Friday, one without
      // dayparts reads Saturday.
      const midnight = shanghai('00:00');
      expect(visibleAt(weekdayNights, '2026-12-05', '01:00', midnight)).toBe(true);
      expect(visibleAt(rule({ days: 'weekdays' }), '2026-12-05', '01:00', midnight)).toBe(false);
      expect(visibleAt(rule({ days: 'weekends' }), '2026-12-05', '01:00', midnight)).toBe(true);
    });

    it('its end at 02:00 is outside it', () => {
      expect(visibleAt(weekdayNights, '2026-12-05', '01:59')).toBe(true);
      expect(visibleAt(weekdayNights, '2026-12-05', '02:00')).toBe(false);
    });

    it('its date range is judged on the evening it started', () => {
      const untilFriday = rule({ dayparts: [lateNight.id], until: '2026-12-04' });
      expect(visibleAt(untilFriday, '2026-12-05', '01:00')).toBe(true);
      expect(visibleAt(untilFriday, '2026-12-05', '22:00')).toBe(false);
      const fromSaturday = rule({ dayparts: [lateNight.id], from: '2026-12-05' });
      expect(visibleAt(fromSaturday, '2026-12-05', '01:00')).toBe(false);
      expect(visibleAt(fromSaturday, '2026-12-05', '21:30')).toBe(true);
    });
  });

  describe('the business day’s cut-off, with no dayparts named', () => {
    const weekdays = rule({ days: 'weekdays' });
    const weekends = rule({ days: 'weekends' });

    it('with a 04:00 cut-off Saturday 01:00 is still Friday', () => {
      expect(visibleAt(weekdays, '2026-12-05', '01:00')).toBe(true);
      expect(visibleAt(weekends, '2026-12-05', '01:00')).toBe(false);
      expect(visibleAt(weekdays, '2026-12-05', '03:59')).toBe(true);
      expect(visibleAt(weekends, '2026-12-05', '04:00')).toBe(true);
    });

    it('with a midnight cut-off Saturday 01:00 is Saturday', () => {
      expect(visibleAt(weekdays, '2026-12-05', '01:00', shanghai('00:00'))).toBe(false);
      expect(visibleAt(weekends, '2026-12-05', '01:00', shanghai('00:00'))).toBe(true);
    });

    it('a one-day date range ends at the cut-off, not at midnight', () => {
      const christmasEve = rule({ from: '2026-12-24', until: '2026-12-24' });
      expect(visibleAt(christmasEve, '2026-12-24', '03:59')).toBe(false);
      expect(visibleAt(christmasEve, '2026-12-24', '04:00')).toBe(true);
      expect(visibleAt(christmasEve, '2026-12-25', '03:59')).toBe(true);
      expect(visibleAt(christmasEve, '2026-12-25', '04:00')).toBe(false);
    });
  });

  describe('weekday and weekend in the shop’s zone, not UTC', () => {
    it('Saturday 07:00 in Shanghai is Friday 23:00 in UTC: a weekend', () => {
      const at = inShanghai('2026-12-05', '07:00');
      expect(new Date(at).getUTCDay()).toBe(5); // UTC says Friday
      const moment = storefrontMoment(dayparts, at, shanghai());
      expect(moment.businessDate).toBe('2026-12-05');
      expect(isVisibleAt(rule({ days: 'weekends' }), moment)).toBe(true);
      expect(isVisibleAt(rule({ days: 'weekdays' }), moment)).toBe(false);
    });

    it('Monday 05:00 in Shanghai is Sunday in UTC: a weekday', () => {
      const at = inShanghai('2026-12-07', '05:00');
      expect(new Date(at).getUTCDay()).toBe(0);
      expect(isVisibleAt(rule({ days: 'weekdays' }), storefrontMoment([], at, shanghai()))).toBe(
        true,
      );
    });

    it('the same instant is another day for a shop in another zone', () => {
      const at = inShanghai('2026-12-05', '07:00'); // Friday 18:00 in New York
      const newYork: ShopClock = { timeZone: 'America/New_York', cutoffMinutes: 240 };
      expect(isVisibleAt(rule({ days: 'weekends' }), storefrontMoment([], at, newYork))).toBe(
        false,
      );
    });
  });

  describe('date ranges', () => {
    const december = rule({ from: '2026-12-10', until: '2026-12-12' });
    it.each([
      ['2026-12-09', false],
      ['2026-12-10', true],
      ['2026-12-11', true],
      ['2026-12-12', true],
      ['2026-12-13', false],
    ])('from 12-10 until 12-12 on %s: %s', (date, shows) => {
      expect(visibleAt(december, date, '12:00')).toBe(shows);
    });

    it('an open end is no limit', () => {
      expect(visibleAt(rule({ from: '2026-12-10' }), '2030-01-01', '12:00')).toBe(true);
      expect(visibleAt(rule({ until: '2026-12-10' }), '2020-01-01', '12:00')).toBe(true);
    });

    it('until before from never holds', () => {
      const reversed = rule({ from: '2026-12-12', until: '2026-12-10' });
      for (const date of ['2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12'])
        expect(visibleAt(reversed, date, '12:00')).toBe(false);
    });
  });

  describe('deleted dayparts', () => {
    it('a block naming only deleted dayparts never shows', () => {
      const gone = rule({ dayparts: [newId()] });
      for (const time of ['01:00', '08:00', '12:00', '22:00'])
        expect(visibleAt(gone, '2026-12-07', time)).toBe(false);
    });

    it('a deleted daypart among live ones is ignored', () => {
      const some = rule({ dayparts: [newId(), breakfast.id] });
      expect(visibleAt(some, '2026-12-07', '08:00')).toBe(true);
      expect(visibleAt(some, '2026-12-07', '12:00')).toBe(false);
    });

    it('a daypart removed from the menu stops matching though its id stays on the block', () => {
      const morning = rule({ dayparts: [breakfast.id] });
      expect(visibleAt(morning, '2026-12-07', '08:00', shanghai(), [lunch, lateNight])).toBe(false);
    });
  });

  it('several dayparts: any one of them running is enough', () => {
    const meals = rule({ dayparts: [breakfast.id, lunch.id] });
    expect(visibleAt(meals, '2026-12-07', '08:00')).toBe(true);
    expect(visibleAt(meals, '2026-12-07', '12:00')).toBe(true);
    expect(visibleAt(meals, '2026-12-07', '15:00')).toBe(false);
  });

  it('visibleBlocks keeps the shown blocks in the document’s order', () => {
    const blocks = [
      { id: 'a', visibility: rule({ dayparts: [breakfast.id] }) },
      { id: 'b', visibility: alwaysVisible() },
      { id: 'c', visibility: rule({ dayparts: [lateNight.id] }) },
      { id: 'd', visibility: rule({ days: 'weekdays' }) },
    ];
    const at = (time: string) =>
      storefrontMoment(dayparts, inShanghai('2026-12-07', time), shanghai());
    expect(visibleBlocks(blocks, at('08:00')).map((b) => b.id)).toEqual(['a', 'b', 'd']);
    expect(visibleBlocks(blocks, at('22:00')).map((b) => b.id)).toEqual(['b', 'c', 'd']);
  });
});
