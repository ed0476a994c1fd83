import { describe, expect, it } from 'vitest';
import { importCalendar } from '../mutations';
import { zonedTimeToEpoch } from '../../time';
import { calendarImportArgs, importWindow, parseCalendar, type CalendarEvent } from './import';

import broken from './fixtures/broken.ics?raw';
import exchangeBerlin from './fixtures/exchange-berlin.ics?raw';
import holidaysCn from './fixtures/holidays-cn.ics?raw';
import notACalendar from './fixtures/not-a-calendar.ics?raw';
import staffOutlook from './fixtures/staff-outlook.ics?raw';

const fixtures: Record<string, string> = {
  'broken.ics': broken,
  'exchange-berlin.ics': exchangeBerlin,
  'holidays-cn.ics': holidaysCn,
  'not-a-calendar.ics': notACalendar,
  'staff-outlook.ics': staffOutlook,
};
const fixture = (name: string) => fixtures[name]!;
const SHANGHAI = 'Asia/Shanghai';
const BERLIN = 'Europe/Berlin';
// 2026-12-02 12:00 in Shanghai: the window runs 2026-11-02 to 2028-01-02.
const now = zonedTimeToEpoch({ year: 2026, month: 12, day: 2, hour: 12 }, SHANGHAI);
const at = (timeZone: string, month: number, day: number, hour: number, minute = 0, year = 2026) =>
  zonedTimeToEpoch({ year, month, day, hour, minute }, timeZone);
const calendarId = '0193a000-0000-7000-8000-0000000000ca';
const stylist = '0193a000-0000-7000-8000-000000000051';

function parsed(name: string, timeZone = SHANGHAI): CalendarEvent[] {
  const result = parseCalendar(fixture(name), { timeZone, ...importWindow(now, timeZone) });
  if (!result.ok) throw new Error(result.error);
  return result.events;
}

describe('reading a calendar file', () => {
  it('reads all-day and multi-day holidays through a BOM, CRLF and folded lines, inside the window', () => {
    const events = parsed('holidays-cn.ics');
    expect(events.map((e) => [e.summary, e.allDay, e.dates])).toEqual([
      ['元旦', true, ['2027-01-01']],
      [
        '春节假期（农历新年，全国法定节假日，商户可按需调整营业时间并提前通知顾客）',
        true,
        ['2027-02-06', '2027-02-07', '2027-02-08'],
      ],
    ]);
    expect(events[0]).toMatchObject({
      startsAt: at(SHANGHAI, 1, 1, 0, 0, 2027),
      endsAt: at(SHANGHAI, 1, 2, 0, 0, 2027),
      recurrence: null,
    });
  });

  it('keeps an all-day date the same date in any shop zone (dates are not instants)', () => {
    const events = parsed('holidays-cn.ics', 'America/New_York');
    expect(events.map((e) => e.dates[0])).toEqual(['2027-01-01', '2027-02-06']);
  });

  it('expands a weekly series in its non-ASCII VTIMEZONE, without the EXDATE, the cancelled one, and with the moved one', () => {
    const events = parsed('staff-outlook.ics');
    const training = events.filter((e) => e.uid === 'weekly-training@outlook.test');
    expect(training.map((e) => [e.summary, e.startsAt, e.endsAt])).toEqual([
      ['培训', at(SHANGHAI, 12, 7, 14), at(SHANGHAI, 12, 7, 15, 30)],
      ['培训（改期）', at(SHANGHAI, 12, 22, 9), at(SHANGHAI, 12, 22, 10)],
      ['培训', at(SHANGHAI, 1, 4, 14, 0, 2027), at(SHANGHAI, 1, 4, 15, 30, 2027)],
    ]);
    // The moved one keeps the occurrence it replaces as its key.
    expect(training[1]!.recurrence).toBe(new Date(at(SHANGHAI, 12, 21, 14)).toISOString());
  });

  it('reads UTC times, floating times in the shop’s zone and an undefined IANA TZID through Intl', () => {
    const events = parsed('staff-outlook.ics');
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(byUid.get('dentist@outlook.test')).toMatchObject({
      startsAt: Date.UTC(2026, 11, 10, 2),
      dates: ['2026-12-10'],
    });
    expect(byUid.get('floating@outlook.test')!.startsAt).toBe(at(SHANGHAI, 12, 11, 18));
    expect(byUid.get('berlin@outlook.test')!.startsAt).toBe(at(BERLIN, 12, 12, 10));
  });

  it('drops an Exchange all-day EXDATE written as a date-time, and follows the file’s DST rules', () => {
    const events = parsed('exchange-berlin.ics', BERLIN);
    const inventory = events.filter((e) => e.uid === 'inventory@exchange.test');
    expect(inventory.map((e) => e.dates[0])).toEqual([
      '2026-12-15',
      '2027-01-15',
      '2027-03-15',
      '2027-04-15',
      '2027-05-15',
    ]);
    const standup = events.filter((e) => e.uid === 'standup@exchange.test');
    // 10:00 Berlin on both sides of 2027-03-28: 09:00 UTC, then 08:00 UTC.
    expect(standup.map((e) => e.startsAt)).toEqual([
      Date.UTC(2027, 2, 22, 9),
      Date.UTC(2027, 2, 29, 8),
    ]);
  });

  it('does not leave the file’s zones registered: a second file may name a zone alike', () => {
    parsed('staff-outlook.ics');
    const other = fixture('staff-outlook.ics').replace(/TZOFFSETTO:\+0800/, 'TZOFFSETTO:+0900');
    const result = parseCalendar(other, { timeZone: SHANGHAI, ...importWindow(now, SHANGHAI) });
    if (!result.ok) throw new Error(result.error);
    const first = result.events.find((e) => e.uid === 'weekly-training@outlook.test')!;
    expect(first.startsAt).toBe(Date.UTC(2026, 11, 7, 5));
  });

  it('reads LF files and files folded with tabs alike', () => {
    const text = `\uFEFF${fixture('holidays-cn.ics').replace(/^\uFEFF/, '')}`
      .replace(/\r\n/g, '\n')
      .replace(/\n /g, '\n\t');
    const result = parseCalendar(text, { timeZone: SHANGHAI, ...importWindow(now, SHANGHAI) });
    expect(result.ok && result.events.map((e) => e.summary)).toEqual(
      parsed('holidays-cn.ics').map((e) => e.summary),
    );
  });

  it('says clearly what is wrong with a file that is not a calendar', () => {
    const read = (text: string) =>
      parseCalendar(text, { timeZone: SHANGHAI, ...importWindow(now, SHANGHAI) });
    expect(read(fixture('not-a-calendar.ics'))).toEqual({ ok: false, error: 'notCalendar' });
    expect(read('<html><body>Not found</body></html>')).toEqual({
      ok: false,
      error: 'notCalendar',
    });
    expect(read('')).toEqual({ ok: false, error: 'notCalendar' });
    expect(read(fixture('broken.ics'))).toEqual({ ok: false, error: 'unreadable' });
    expect(read(`BEGIN:VCALENDAR\r\n${'X'.repeat(2 * 1024 * 1024)}`)).toEqual({
      ok: false,
      error: 'tooLarge',
    });
  });

  it('stops an endless fine-grained rule at the cap instead of running for minutes', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:flood',
      'DTSTART:20261201T000000Z',
      'DTEND:20261201T000100Z',
      'RRULE:FREQ=MINUTELY',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(parseCalendar(text, { timeZone: SHANGHAI, ...importWindow(now, SHANGHAI) })).toEqual({
      ok: false,
      error: 'tooMany',
    });
  });
});

describe('the import change', () => {
  it('makes one closed day per date with ids that stay the same, which the mutation accepts', () => {
    const events = parsed('holidays-cn.ics');
    const first = calendarImportArgs({
      calendarId,
      events,
      target: { kind: 'closedDays' },
      existing: { exceptionIds: [], blockIds: [] },
      now,
    });
    if (!first.ok) throw new Error(first.error);
    expect(importCalendar.args.parse(first.args)).toEqual(first.args);
    expect(first.args.exceptions.map((e) => [e.date, e.kind, e.source, e.calendarId])).toEqual([
      ['2027-01-01', 'closed', 'ics', calendarId],
      ['2027-02-06', 'closed', 'ics', calendarId],
      ['2027-02-07', 'closed', 'ics', calendarId],
      ['2027-02-08', 'closed', 'ics', calendarId],
    ]);
    expect(first.args.exceptions[1]!.label.length).toBeLessThanOrEqual(60);

    // The same file again writes the same rows; a file without New Year's Day removes it.
    const again = calendarImportArgs({
      calendarId,
      events: events.filter((e) => e.summary !== '元旦'),
      target: { kind: 'closedDays' },
      existing: { exceptionIds: first.args.exceptions.map((e) => e.id), blockIds: [] },
      now: now + 1000,
    });
    if (!again.ok) throw new Error(again.error);
    expect(again.args.exceptions.map((e) => e.id)).toEqual(
      first.args.exceptions.slice(1).map((e) => e.id),
    );
    expect(again.args.removeExceptionIds).toEqual([first.args.exceptions[0]!.id]);
  });

  it('skips short timed events as closed days but keeps a timed day-long one', () => {
    const events = parsed('staff-outlook.ics');
    const result = calendarImportArgs({
      calendarId,
      events: [
        ...events,
        {
          uid: 'x',
          recurrence: null,
          summary: 'Private event',
          allDay: false,
          startsAt: at(SHANGHAI, 12, 24, 0),
          endsAt: at(SHANGHAI, 12, 25, 0),
          dates: ['2026-12-24'],
        },
      ],
      target: { kind: 'closedDays' },
      existing: { exceptionIds: [], blockIds: [] },
      now,
    });
    expect(result.ok && result.args.exceptions.map((e) => e.date)).toEqual(['2026-12-24']);
  });

  it('makes busy blocks on one resource, one per occurrence, keyed by UID and occurrence', () => {
    const events = parsed('staff-outlook.ics');
    const result = calendarImportArgs({
      calendarId,
      events,
      target: { kind: 'busy', resourceId: stylist },
      existing: { exceptionIds: [], blockIds: [] },
      now,
    });
    if (!result.ok) throw new Error(result.error);
    expect(importCalendar.args.parse(result.args)).toEqual(result.args);
    expect(result.args.busyBlocks).toHaveLength(6);
    expect(new Set(result.args.busyBlocks.map((b) => b.id)).size).toBe(6);
    expect(result.args.busyBlocks.every((b) => b.resourceId === stylist)).toBe(true);
    const reparsed = calendarImportArgs({
      calendarId,
      events: parsed('staff-outlook.ics'),
      target: { kind: 'busy', resourceId: stylist },
      existing: { exceptionIds: [], blockIds: result.args.busyBlocks.map((b) => b.id) },
      now,
    });
    expect(reparsed.ok && reparsed.args.removeBlockIds).toEqual([]);
  });

  it('empties a calendar that no longer has events, and refuses an empty first import', () => {
    const empty = { calendarId, events: [], target: { kind: 'closedDays' } as const, now };
    expect(calendarImportArgs({ ...empty, existing: { exceptionIds: [], blockIds: [] } })).toEqual({
      ok: false,
      error: 'noEvents',
    });
    const id = '0193a000-0000-7000-8000-0000000000ee';
    const cleared = calendarImportArgs({
      ...empty,
      existing: { exceptionIds: [id], blockIds: [] },
    });
    expect(cleared.ok && cleared.args.removeExceptionIds).toEqual([id]);
  });
});
