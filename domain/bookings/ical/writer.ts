/**
 * A small RFC 5545 writer: CRLF line ends, lines folded at 75 octets (never inside a character),
 * TEXT values escaped, and a VTIMEZONE for the zone built from its transitions as Intl knows
 * them, so a reader never guesses the zone (Outlook shifts a TZID it has no VTIMEZONE for). Times
 * are written as the zone's wall clock from epoch ms through domain/time.ts, never through the
 * computer's own zone.
 */
import { zonedParts, zonedTimeToEpoch } from '../../time';

/** One event as written: times in epoch ms, written as the zone's wall clock. */
export interface IcsEvent {
  uid: string;
  startsAt: number;
  endsAt: number;
  summary: string;
  description?: string;
  status?: 'TENTATIVE' | 'CONFIRMED';
}

export interface IcsCalendar {
  /** The zone every DTSTART/DTEND is written in (the shop's). */
  timeZone: string;
  /** X-WR-CALNAME: what a calendar app shows as the calendar's name. */
  name: string;
  /** DTSTAMP of every event. */
  now: number;
  events: IcsEvent[];
}

const PRODID = '-//Vendor Console//Bookings//ZH';

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line so no line is longer than 75 octets, continuing with one space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
    limit = 75;
  }
  out.push(current);
  return out.join('\r\n');
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/** 'YYYYMMDDTHHMMSS' of the zone's wall clock at an instant. */
export function wallTime(epochMs: number, timeZone: string): string {
  const p = zonedParts(epochMs, timeZone);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

function utcStamp(epochMs: number): string {
  return wallTime(epochMs, 'UTC') + 'Z';
}

/** The zone's UTC offset at an instant, in seconds, as Intl reports it. */
function offsetSeconds(epochMs: number, timeZone: string): number {
  const p = zonedParts(epochMs, timeZone);
  const wall = new Date(0);
  wall.setUTCFullYear(p.year, p.month - 1, p.day);
  wall.setUTCHours(p.hour, p.minute, p.second, 0);
  return Math.round((wall.getTime() - Math.floor(epochMs / 1000) * 1000) / 1000);
}

function formatOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  const hours = Math.floor(abs / 3600);
  const minutes = Math.floor((abs % 3600) / 60);
  const secs = abs % 60;
  return `${sign}${pad(hours)}${pad(minutes)}${secs ? pad(secs) : ''}`;
}

const HOUR_MS = 3_600_000;

/** The instants in [from, to) at which the zone's offset changes, found hourly then to the second. */
export function zoneTransitions(
  timeZone: string,
  from: number,
  to: number,
): Array<{ at: number; from: number; to: number }> {
  const transitions: Array<{ at: number; from: number; to: number }> = [];
  const start = Math.floor(from / HOUR_MS) * HOUR_MS;
  let previous = offsetSeconds(start, timeZone);
  // Every zone keeps an offset for far longer than 6 hours, so probing 6-hourly misses none.
  for (let probe = start + 6 * HOUR_MS; probe < to + 6 * HOUR_MS; probe += 6 * HOUR_MS) {
    const offset = offsetSeconds(probe, timeZone);
    if (offset === previous) continue;
    let lo = (probe - 6 * HOUR_MS) / 1000;
    let hi = probe / 1000;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetSeconds(mid * 1000, timeZone) === previous) lo = mid;
      else hi = mid;
    }
    transitions.push({ at: hi * 1000, from: previous, to: offset });
    previous = offset;
  }
  return transitions;
}

/**
 * The VTIMEZONE lines for a zone over [from, to): the offset in force at `from`, then each change
 * as its own observance (DTSTART in the wall time before the change, as RFC 5545 asks).
 */
export function vtimezoneLines(timeZone: string, from: number, to: number): string[] {
  const first = offsetSeconds(from, timeZone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', at: number, before: number, after: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${localStart(at, before)}`,
    `TZOFFSETFROM:${formatOffset(before)}`,
    `TZOFFSETTO:${formatOffset(after)}`,
    `END:${kind}`,
  ];
  lines.push(...observance('STANDARD', from, first, first));
  for (const change of zoneTransitions(timeZone, from, to)) {
    lines.push(
      ...observance(
        change.to > change.from ? 'DAYLIGHT' : 'STANDARD',
        change.at,
        change.from,
        change.to,
      ),
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** 'YYYYMMDDTHHMMSS' of an instant read at a fixed offset. */
function localStart(epochMs: number, offset: number): string {
  return wallTime(epochMs + offset * 1000, 'UTC');
}

/**
 * ';TZID=zone:wall' for an instant, or ':…Z' in UTC for the rare instant whose wall time names
 * another one (the second 01:30 of a fall-back night reads as the first).
 */
function dateTimeValue(epochMs: number, timeZone: string): string {
  const p = zonedParts(epochMs, timeZone);
  const back = zonedTimeToEpoch(
    { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute },
    timeZone,
  );
  if (back + p.second * 1000 !== Math.floor(epochMs / 1000) * 1000) return `:${utcStamp(epochMs)}`;
  return `;TZID=${timeZone}:${wallTime(epochMs, timeZone)}`;
}

/** The whole calendar file, CRLF-terminated. */
export function writeCalendar(calendar: IcsCalendar): string {
  const { timeZone, events, now } = calendar;
  const starts = events.map((event) => event.startsAt);
  const ends = events.map((event) => event.endsAt);
  const from = Math.min(now, ...starts) - 86_400_000;
  const to = Math.max(now, ...ends) + 86_400_000;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${timeZone}`,
    ...vtimezoneLines(timeZone, from, to),
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART${dateTimeValue(event.startsAt, timeZone)}`,
      `DTEND${dateTimeValue(event.endsAt, timeZone)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.status) lines.push(`STATUS:${event.status}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
