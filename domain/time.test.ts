import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TIME_ZONE,
  addCalendarDays,
  businessDate,
  businessDayRange,
  businessDayStart,
  calendarDateSchema,
  clockSchema,
  formatClock,
  isInClockRange,
  isValidTimeZone,
  nextBusinessDayStart,
  parseCalendarDate,
  parseClock,
  timeZoneSchema,
  weekdayOfDate,
  zonedParts,
  zonedTimeToEpoch,
} from './time';

// Expected instants are written with Date.UTC from the zones' published rules, not computed by
// the code under test. 2024: New York springs forward Mar 10 at 07:00Z (02:00 EST -> 03:00 EDT)
// and falls back Nov 3 at 06:00Z (02:00 EDT -> 01:00 EST); London springs forward Mar 31 at
// 01:00Z (01:00 GMT -> 02:00 BST) and falls back Oct 27 at 01:00Z (02:00 BST -> 01:00 GMT).
const SHANGHAI = 'Asia/Shanghai';
const NEW_YORK = 'America/New_York';
const LONDON = 'Europe/London';
const HOUR_MS = 3_600_000;
const CUTOFF_0400 = 4 * 60;

describe('time zones', () => {
  it('knows IANA zones and refuses the rest', () => {
    expect(DEFAULT_TIME_ZONE).toBe(SHANGHAI);
    for (const zone of [SHANGHAI, NEW_YORK, LONDON, 'UTC', 'Asia/Hong_Kong']) {
      expect(isValidTimeZone(zone)).toBe(true);
    }
    for (const zone of ['', 'Mars/Olympus', '+08:00', '-05:00', 'GMT+8 ', 'Asia/Shanghai ']) {
      expect(isValidTimeZone(zone)).toBe(false);
    }
  });

  it('defaults the schema to Asia/Shanghai', () => {
    expect(timeZoneSchema.parse(undefined)).toBe(SHANGHAI);
    expect(timeZoneSchema.parse(LONDON)).toBe(LONDON);
    const failure = timeZoneSchema.safeParse('Mars/Olympus');
    expect(failure.success).toBe(false);
    expect(failure.error?.issues[0]?.message).toBe('validation.time.time_zone');
  });
});

describe('clock times', () => {
  it.each([
    ['06:00', 360],
    ['6:00', 360],
    ['00:00', 0],
    ['23:59', 1439],
    [' 21:30 ', 1290],
  ])('parses %j as %i', (text, minutes) => {
    expect(parseClock(text)).toBe(minutes);
  });

  it.each(['24:00', '12:60', '6', '6:0', '006:00', '12:00:00', '', 'ab:cd', '-1:00'])(
    'rejects %j',
    (text) => {
      expect(parseClock(text)).toBeNull();
    },
  );

  it('formats minutes as zero-padded HH:MM and refuses out-of-range minutes', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(360)).toBe('06:00');
    expect(formatClock(1439)).toBe('23:59');
    expect(() => formatClock(1440)).toThrow(RangeError);
    expect(() => formatClock(-1)).toThrow(RangeError);
    expect(() => formatClock(1.5)).toThrow(RangeError);
  });

  it('stores only canonical HH:MM', () => {
    expect(clockSchema.safeParse('06:00').success).toBe(true);
    expect(clockSchema.safeParse('6:00').success).toBe(false);
    expect(clockSchema.safeParse('24:00').success).toBe(false);
  });

  it('treats an end at or before the start as crossing midnight, and start = end as empty', () => {
    const lateBar = { start: parseClock('21:30')!, end: parseClock('02:00')! };
    expect(isInClockRange(parseClock('21:29')!, lateBar)).toBe(false);
    expect(isInClockRange(parseClock('21:30')!, lateBar)).toBe(true);
    expect(isInClockRange(parseClock('23:59')!, lateBar)).toBe(true);
    expect(isInClockRange(0, lateBar)).toBe(true);
    expect(isInClockRange(parseClock('01:59')!, lateBar)).toBe(true);
    expect(isInClockRange(parseClock('02:00')!, lateBar)).toBe(false);
    const lunch = { start: 690, end: 840 };
    expect(isInClockRange(690, lunch)).toBe(true);
    expect(isInClockRange(839, lunch)).toBe(true);
    expect(isInClockRange(840, lunch)).toBe(false);
    const untilMidnight = { start: 1080, end: 0 };
    expect(isInClockRange(1439, untilMidnight)).toBe(true);
    expect(isInClockRange(0, untilMidnight)).toBe(false);
    expect(isInClockRange(600, { start: 600, end: 600 })).toBe(false);
  });
});

describe('calendar dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addCalendarDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-03-10', 0)).toBe('2024-03-10');
    expect(addCalendarDays('2024-01-01', 366)).toBe('2025-01-01');
  });

  it('gives weekdays 1 = Monday .. 7 = Sunday', () => {
    expect(weekdayOfDate('2024-06-03')).toBe(1);
    expect(weekdayOfDate('2024-06-08')).toBe(6);
    expect(weekdayOfDate('2024-06-09')).toBe(7);
    expect(weekdayOfDate('2000-01-01')).toBe(6);
  });

  it('refuses dates that do not exist', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate('2023-02-29')).toBeNull();
    expect(parseCalendarDate('2024-13-01')).toBeNull();
    expect(parseCalendarDate('2024-6-1')).toBeNull();
    expect(calendarDateSchema.safeParse('2024-04-31').success).toBe(false);
    expect(() => addCalendarDays('2024-02-30', 1)).toThrow(RangeError);
    expect(() => weekdayOfDate('June 3')).toThrow(RangeError);
  });
});

describe('zonedParts', () => {
  it('reads the wall clock in the zone', () => {
    expect(zonedParts(Date.UTC(2024, 5, 1, 12, 34, 56), SHANGHAI)).toEqual({
      year: 2024,
      month: 6,
      day: 1,
      hour: 20,
      minute: 34,
      second: 56,
      weekday: 6,
      minuteOfDay: 20 * 60 + 34,
    });
    expect(zonedParts(Date.UTC(2024, 6, 1, 12), LONDON).hour).toBe(13);
    expect(zonedParts(Date.UTC(2024, 0, 1, 12), LONDON).hour).toBe(12);
  });

  it('gives the weekday in the zone, not the UTC weekday, near midnight', () => {
    const sundayEveningUtc = Date.UTC(2024, 5, 2, 17, 0); // Sunday 17:00Z
    expect(new Date(sundayEveningUtc).getUTCDay()).toBe(0);
    expect(zonedParts(sundayEveningUtc, SHANGHAI)).toMatchObject({ day: 3, weekday: 1, hour: 1 });
    const mondayEarlyUtc = Date.UTC(2024, 5, 3, 2, 0); // Monday 02:00Z
    expect(zonedParts(mondayEarlyUtc, NEW_YORK)).toMatchObject({ day: 2, weekday: 7, hour: 22 });
  });

  it('agrees with a fresh Intl formatter in zones with odd offsets and DST steps', () => {
    const zones = ['Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Lord_Howe'];
    for (const zone of [...zones, NEW_YORK, LONDON]) {
      const reference = new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        hourCycle: 'h23',
        dateStyle: 'short',
        timeStyle: 'medium',
      });
      // Every 7 min 13 s across 2024 lands on each transition's neighbourhood at several offsets.
      for (
        let epochMs = Date.UTC(2024, 0, 1);
        epochMs < Date.UTC(2025, 0, 1);
        epochMs += 433_000 * 11
      ) {
        const p = zonedParts(epochMs, zone);
        const pad = (n: number) => String(n).padStart(2, '0');
        const ours = `${pad(p.day)}/${pad(p.month)}/${p.year}, ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
        expect(ours).toBe(reference.format(epochMs));
      }
    }
  });

  it('reads every minute around a change that falls mid-hour in UTC', () => {
    // St John's springs forward at 02:00 NST (UTC-3:30), 05:30Z on 10 March 2024.
    const reference = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'America/St_Johns',
      hourCycle: 'h23',
      timeStyle: 'short',
    });
    const changeMs = Date.UTC(2024, 2, 10, 5, 30);
    expect(zonedParts(changeMs - 60_000, 'America/St_Johns')).toMatchObject({
      hour: 1,
      minute: 59,
    });
    expect(zonedParts(changeMs, 'America/St_Johns')).toMatchObject({ hour: 3, minute: 0 });
    for (let epochMs = changeMs - HOUR_MS; epochMs < changeMs + HOUR_MS; epochMs += 60_000) {
      const p = zonedParts(epochMs, 'America/St_Johns');
      const pad = (n: number) => String(n).padStart(2, '0');
      expect(`${pad(p.hour)}:${pad(p.minute)}`).toBe(reference.format(epochMs));
    }
    const gap = { year: 2024, month: 3, day: 10, hour: 2, minute: 15 };
    expect(zonedTimeToEpoch(gap, 'America/St_Johns')).toBe(changeMs);
  });

  it('throws on an invalid instant or zone', () => {
    expect(() => zonedParts(Number.NaN, SHANGHAI)).toThrow(RangeError);
    expect(() => zonedParts(0, 'Mars/Olympus')).toThrow(RangeError);
  });

  it('reads midnight as hour 0, never 24', () => {
    expect(zonedParts(Date.UTC(2024, 5, 1, 16, 0), SHANGHAI)).toMatchObject({
      day: 2,
      hour: 0,
      minuteOfDay: 0,
    });
  });
});

describe('zonedTimeToEpoch', () => {
  it('finds ordinary wall-clock times', () => {
    const local = { year: 2024, month: 6, day: 1, hour: 20, minute: 34 };
    expect(zonedTimeToEpoch(local, SHANGHAI)).toBe(Date.UTC(2024, 5, 1, 12, 34));
    expect(zonedTimeToEpoch({ year: 2024, month: 1, day: 1 }, NEW_YORK)).toBe(
      Date.UTC(2024, 0, 1, 5),
    );
    expect(zonedTimeToEpoch({ ...local, month: 7 }, LONDON)).toBe(Date.UTC(2024, 6, 1, 19, 34));
  });

  it('moves a time in a spring-forward gap to the moment of the jump', () => {
    const newYorkGap = { year: 2024, month: 3, day: 10, hour: 2, minute: 30 };
    expect(zonedTimeToEpoch(newYorkGap, NEW_YORK)).toBe(Date.UTC(2024, 2, 10, 7));
    const londonGap = { year: 2024, month: 3, day: 31, hour: 1, minute: 0 };
    expect(zonedTimeToEpoch(londonGap, LONDON)).toBe(Date.UTC(2024, 2, 31, 1));
    // Samoa skipped 30 December 2011 entirely, jumping from UTC-10 to UTC+14.
    const apiaGap = { year: 2011, month: 12, day: 30, hour: 12 };
    expect(zonedTimeToEpoch(apiaGap, 'Pacific/Apia')).toBe(Date.UTC(2011, 11, 30, 10));
  });

  it('picks the earlier instant for a time repeated by a fall-back', () => {
    const newYork = { year: 2024, month: 11, day: 3, hour: 1, minute: 30 };
    expect(zonedTimeToEpoch(newYork, NEW_YORK)).toBe(Date.UTC(2024, 10, 3, 5, 30));
    const london = { year: 2024, month: 10, day: 27, hour: 1, minute: 30 };
    expect(zonedTimeToEpoch(london, LONDON)).toBe(Date.UTC(2024, 9, 27, 0, 30));
  });

  it('round-trips every quarter hour through the DST switches', () => {
    for (const zone of [SHANGHAI, NEW_YORK, LONDON]) {
      for (const startMs of [Date.UTC(2024, 2, 9), Date.UTC(2024, 2, 30), Date.UTC(2024, 9, 26)]) {
        for (let epochMs = startMs; epochMs < startMs + 10 * 24 * HOUR_MS; epochMs += HOUR_MS / 4) {
          const p = zonedParts(epochMs, zone);
          const back = zonedTimeToEpoch(p, zone);
          // Only the second pass of a repeated hour maps to the earlier pass, an hour before.
          expect([epochMs, epochMs - HOUR_MS]).toContain(back);
          expect(zonedParts(back, zone)).toMatchObject({ day: p.day, minuteOfDay: p.minuteOfDay });
        }
      }
    }
  });

  it('refuses impossible dates and times', () => {
    expect(() => zonedTimeToEpoch({ year: 2024, month: 2, day: 30 }, SHANGHAI)).toThrow(RangeError);
    expect(() => zonedTimeToEpoch({ year: 2024, month: 1, day: 1, hour: 24 }, SHANGHAI)).toThrow(
      RangeError,
    );
    expect(() => zonedTimeToEpoch({ year: 2024, month: 1, day: 1 }, 'Mars/Olympus')).toThrow(
      RangeError,
    );
  });
});

describe('business days', () => {
  it('puts a bar open until 02:00 on the previous business day', () => {
    // 01:30 on Sunday 2 June in Shanghai is 17:30Z on Saturday 1 June.
    const lateOrderMs = Date.UTC(2024, 5, 1, 17, 30);
    expect(businessDate(lateOrderMs, SHANGHAI, CUTOFF_0400)).toBe('2024-06-01');
    expect(businessDate(Date.UTC(2024, 5, 1, 19, 59), SHANGHAI, CUTOFF_0400)).toBe('2024-06-01');
    expect(businessDate(Date.UTC(2024, 5, 1, 20, 0), SHANGHAI, CUTOFF_0400)).toBe('2024-06-02');
    expect(businessDate(lateOrderMs, SHANGHAI, 0)).toBe('2024-06-02');
  });

  it('starts days at the cut-off in Asia/Shanghai, 24 hours apart', () => {
    expect(businessDayStart('2024-06-01', SHANGHAI, CUTOFF_0400)).toBe(Date.UTC(2024, 4, 31, 20));
    expect(nextBusinessDayStart(Date.UTC(2024, 5, 1, 17, 30), SHANGHAI, CUTOFF_0400)).toBe(
      Date.UTC(2024, 5, 1, 20),
    );
    expect(nextBusinessDayStart(Date.UTC(2024, 5, 1, 20), SHANGHAI, CUTOFF_0400)).toBe(
      Date.UTC(2024, 5, 2, 20),
    );
  });

  it('has a 23-hour day at New York spring-forward and a 25-hour day at fall-back', () => {
    expect(businessDayRange('2024-03-09', NEW_YORK, CUTOFF_0400)).toEqual({
      startMs: Date.UTC(2024, 2, 9, 9), // 04:00 EST
      endMs: Date.UTC(2024, 2, 10, 8), // 04:00 EDT
    });
    expect(businessDayStart('2024-03-10', NEW_YORK, CUTOFF_0400)).toBe(Date.UTC(2024, 2, 10, 8));
    expect(nextBusinessDayStart(Date.UTC(2024, 2, 10, 7, 30), NEW_YORK, CUTOFF_0400)).toBe(
      Date.UTC(2024, 2, 10, 8),
    );
    expect(businessDayRange('2024-11-02', NEW_YORK, CUTOFF_0400)).toEqual({
      startMs: Date.UTC(2024, 10, 2, 8), // 04:00 EDT
      endMs: Date.UTC(2024, 10, 3, 9), // 04:00 EST
    });
    expect(nextBusinessDayStart(Date.UTC(2024, 10, 3, 8, 59), NEW_YORK, CUTOFF_0400)).toBe(
      Date.UTC(2024, 10, 3, 9),
    );
  });

  it('follows Europe/London across both switches', () => {
    expect(businessDayStart('2024-03-31', LONDON, CUTOFF_0400)).toBe(Date.UTC(2024, 2, 31, 3));
    expect(businessDayStart('2024-04-01', LONDON, CUTOFF_0400)).toBe(
      Date.UTC(2024, 2, 31, 3) + 24 * HOUR_MS,
    );
    expect(businessDayStart('2024-10-27', LONDON, CUTOFF_0400)).toBe(Date.UTC(2024, 9, 27, 4));
    expect(businessDayStart('2024-10-26', LONDON, CUTOFF_0400)).toBe(Date.UTC(2024, 9, 26, 3));
    // 00:30 BST on 27 October, before the cut-off and before the switch.
    expect(businessDate(Date.UTC(2024, 9, 26, 23, 30), LONDON, CUTOFF_0400)).toBe('2024-10-26');
    expect(businessDate(Date.UTC(2024, 9, 27, 3, 59), LONDON, CUTOFF_0400)).toBe('2024-10-26');
    expect(businessDate(Date.UTC(2024, 9, 27, 4), LONDON, CUTOFF_0400)).toBe('2024-10-27');
  });

  it('starts the day at the jump when the cut-off falls in a DST gap', () => {
    const cutoff0230 = 2 * 60 + 30; // 02:30 does not exist in New York on 10 March 2024
    expect(businessDayStart('2024-03-10', NEW_YORK, cutoff0230)).toBe(Date.UTC(2024, 2, 10, 7));
    expect(businessDate(Date.UTC(2024, 2, 10, 6, 59), NEW_YORK, cutoff0230)).toBe('2024-03-09');
    expect(businessDate(Date.UTC(2024, 2, 10, 7), NEW_YORK, cutoff0230)).toBe('2024-03-10');
    const cutoff0130 = 90; // 01:30 does not exist in London on 31 March 2024
    expect(businessDayStart('2024-03-31', LONDON, cutoff0130)).toBe(Date.UTC(2024, 2, 31, 1));
    expect(nextBusinessDayStart(Date.UTC(2024, 2, 31, 0, 59), LONDON, cutoff0130)).toBe(
      Date.UTC(2024, 2, 31, 1),
    );
  });

  it('keeps a repeated cut-off hour on the new day once the first pass reached it', () => {
    const cutoff0130 = 90; // 01:30 happens twice in New York on 3 November 2024
    expect(businessDayStart('2024-11-03', NEW_YORK, cutoff0130)).toBe(Date.UTC(2024, 10, 3, 5, 30));
    expect(businessDate(Date.UTC(2024, 10, 3, 5, 15), NEW_YORK, cutoff0130)).toBe('2024-11-02');
    expect(businessDate(Date.UTC(2024, 10, 3, 5, 30), NEW_YORK, cutoff0130)).toBe('2024-11-03');
    // 01:15 EST, the second pass: the wall clock is before the cut-off, the day has begun.
    expect(businessDate(Date.UTC(2024, 10, 3, 6, 15), NEW_YORK, cutoff0130)).toBe('2024-11-03');
  });

  it('is consistent with its starts at every quarter hour through the switches', () => {
    for (const [zone, cutoff] of [
      [NEW_YORK, 90],
      [NEW_YORK, 150],
      [LONDON, 60],
      [LONDON, 90],
      [SHANGHAI, 0],
    ] as const) {
      for (const startMs of [Date.UTC(2024, 2, 8), Date.UTC(2024, 9, 25)]) {
        for (let epochMs = startMs; epochMs < startMs + 12 * 24 * HOUR_MS; epochMs += HOUR_MS / 4) {
          const date = businessDate(epochMs, zone, cutoff);
          const { startMs: dayStartMs, endMs } = businessDayRange(date, zone, cutoff);
          expect(dayStartMs).toBeLessThanOrEqual(epochMs);
          expect(endMs).toBeGreaterThan(epochMs);
          expect(nextBusinessDayStart(epochMs, zone, cutoff)).toBe(endMs);
        }
      }
    }
  });

  it('refuses a cut-off outside the day', () => {
    expect(() => businessDate(0, SHANGHAI, 1440)).toThrow(RangeError);
    expect(() => businessDayStart('2024-06-01', SHANGHAI, -1)).toThrow(RangeError);
  });
});
