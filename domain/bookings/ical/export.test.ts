import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { zonedTimeToEpoch } from '../../time';
import { sampleBooking, sampleResource } from '../../test-support/bookings';
import type { Booking, BusyBlock, Resource, Service } from '../schema';
import { bookingsCalendar, enExportLabels, zhExportLabels } from './export';
import { parseCalendar } from './import';
import { foldLine, writeCalendar } from './writer';

const BERLIN = 'Europe/Berlin';
const at = (zone: string, month: number, day: number, hour: number, minute = 0, year = 2027) =>
  zonedTimeToEpoch({ year, month, day, hour, minute }, zone);
const id = (n: number) => `0193a000-0000-7000-8000-${String(n).padStart(12, '0')}`;

const resource = (n: number, name: string, kind: Resource['kind'] = 'table'): Resource =>
  sampleResource({ id: id(n), kind, name, sort: n });
const service: Service = {
  id: id(50),
  name: { zh: '剪发', en: 'Haircut' },
  durationMin: 45,
  priceFen: 8800,
  bufferAfterMin: 0,
  resourceIds: [id(3)],
  capacity: 1,
  sort: 0,
  archived: false,
  createdAt: 0,
};
const booking = (n: number, fields: Partial<Booking>): Booking =>
  sampleBooking({
    id: id(n),
    customerId: id(90),
    resourceIds: [id(1)],
    partySize: 4,
    days: ['2027-01-01'],
    note: 'call 13800138000 first',
    ...fields,
  });

const resources = [resource(1, 'A1'), resource(2, '包间 3'), resource(3, '王师傅', 'staff')];
const bookings = [
  booking(10, { startsAt: at(BERLIN, 3, 27, 19), endsAt: at(BERLIN, 3, 27, 21) }),
  // After the spring change: the same wall time is an hour earlier in UTC.
  booking(11, {
    startsAt: at(BERLIN, 3, 29, 19),
    endsAt: at(BERLIN, 3, 29, 21, 30),
    resourceIds: [id(1), id(2)],
    partySize: 10,
    status: 'requested',
  }),
  booking(12, {
    startsAt: at(BERLIN, 3, 30, 10),
    endsAt: at(BERLIN, 3, 30, 10, 45),
    resourceIds: [id(3)],
    serviceId: id(50),
    partySize: 1,
  }),
  // The second 02:30 of the autumn night: written in UTC so no reader takes the first.
  booking(13, { startsAt: Date.UTC(2027, 9, 31, 1, 30), endsAt: Date.UTC(2027, 9, 31, 3) }),
  booking(14, {
    startsAt: at(BERLIN, 4, 1, 12),
    endsAt: at(BERLIN, 4, 1, 13),
    status: 'cancelled',
  }),
];
const blocks: BusyBlock[] = [
  {
    id: id(20),
    resourceId: id(3),
    startsAt: at(BERLIN, 3, 31, 9),
    endsAt: at(BERLIN, 3, 31, 10),
    label: 'Zahnarzt; bitte, nicht \\ stören',
    source: 'manual',
    calendarId: null,
    createdAt: 0,
  },
];
const now = at(BERLIN, 3, 1, 12);

function write(customerNames: Map<string, string> | null = null) {
  return bookingsCalendar({
    timeZone: BERLIN,
    now,
    bookings,
    busyBlocks: blocks,
    resources,
    services: [service],
    lang: 'zh',
    labels: zhExportLabels('店铺预约'),
    customerNames,
  });
}

/** What ical.js reads from the text, registering the file's zones as a calendar app would. */
function readBack(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  try {
    const reread = new ICAL.Component(ICAL.parse(text));
    return reread.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        startsAt: event.startDate.toUnixTime() * 1000,
        endsAt: event.endDate.toUnixTime() * 1000,
        summary: event.summary,
        zone: event.startDate.zone?.tzid,
      };
    });
  } finally {
    for (const zone of zones)
      ICAL.TimezoneService.remove(zone.getFirstPropertyValue('tzid') as string);
  }
}

/** The event ical.js should read back for a booking or busy block of the fixtures. */
const event = (
  row: Pick<Booking, 'id' | 'startsAt' | 'endsAt'>,
  summary: string,
  zone: string = BERLIN,
) => ({ uid: row.id, startsAt: row.startsAt, endsAt: row.endsAt, summary, zone });

describe('writing bookings as a calendar file', () => {
  it('reads back through ical.js with the same instants and summaries, in any process zone', () => {
    const text = write();
    const events = readBack(text);
    expect(events).toEqual([
      event(bookings[0]!, '4 位 · A1'),
      event(bookings[1]!, '10 位 · A1, 包间 3'),
      event(bookings[2]!, '剪发 · 王师傅'),
      event(blocks[0]!, '忙碌: Zahnarzt; bitte, nicht \\ stören · 王师傅'),
      event(bookings[3]!, '4 位 · A1', 'UTC'),
    ]);
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20270329T190000\r\n');
    expect(text).toContain('STATUS:TENTATIVE');
  });

  it('is read back identically by the importer, and leaves out cancelled bookings and phones', () => {
    const text = write(new Map([[id(90), '王先生']]));
    const result = parseCalendar(text, {
      timeZone: 'Asia/Shanghai',
      from: 0,
      to: Date.UTC(2030, 0),
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.events.map((e) => e.uid)).toEqual([id(10), id(11), id(12), id(20), id(13)]);
    expect(result.events[0]!.summary).toBe('王先生 · 4 位 · A1');
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain(id(14));
    expect(write()).not.toContain('王先生');
  });

  it('emits a VTIMEZONE with the zone’s real changes, CRLF lines and folds of at most 75 octets', () => {
    const text = write();
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Berlin\r\n/);
    expect(text).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200',
    );
    expect(text).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20271031T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100',
    );
    expect(
      text
        .split('\r\n')
        .slice(0, -1)
        .every((line) => line.length > 0 && !line.includes('\n')),
    ).toBe(true);
    const encoder = new TextEncoder();
    const long = foldLine(`SUMMARY:${'预约'.repeat(60)}`);
    expect(long.split('\r\n').every((line) => encoder.encode(line).length <= 75)).toBe(true);
    expect(long.replace(/\r\n /g, '')).toBe(`SUMMARY:${'预约'.repeat(60)}`);
  });

  it('writes a zone without changes (Shanghai) and English labels', () => {
    const text = writeCalendar({
      timeZone: 'Asia/Shanghai',
      name: 'Shop',
      now,
      events: [
        {
          uid: id(1),
          startsAt: at('Asia/Shanghai', 5, 1, 10),
          endsAt: at('Asia/Shanghai', 5, 1, 11),
          summary: 'x',
        },
      ],
    });
    expect(text).toContain('TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800');
    expect(readBack(text)[0]!.startsAt).toBe(at('Asia/Shanghai', 5, 1, 10));
    expect(enExportLabels('Shop').party(2)).toBe('Party of 2');
  });
});
