import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newBookingArgs } from '../../domain/bookings/build';
import { newId } from '../../domain/ids';
import { sampleResource } from '../../domain/test-support/bookings';
import { sampleVendorProfile } from '../../domain/test-support/vendor-profile';
import { zonedParts, zonedTimeToEpoch } from '../../domain/time';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { newCustomer } from '../test/customers';
import {
  outboxEntry,
  pushAccepted,
  startTestPlatform,
  type Device,
  type TestPlatform,
} from '../test/server';

const BERLIN = 'Europe/Berlin';
const clock = { timeZone: BERLIN, businessDayCutoff: '04:00' };

/** Tomorrow (in Berlin) at this hour, so the feed's window has it whenever the test runs. */
function tomorrowAt(hour: number, minute = 0): number {
  const p = zonedParts(Date.now() + 86_400_000, BERLIN);
  return zonedTimeToEpoch({ year: p.year, month: p.month, day: p.day, hour, minute }, BERLIN);
}

function readFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  try {
    return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        startsAt: event.startDate.toUnixTime() * 1000,
        summary: event.summary,
      };
    });
  } finally {
    for (const zone of zones) {
      ICAL.TimezoneService.remove(String(zone.getFirstPropertyValue('tzid')));
    }
  }
}

describe.each(backends)('calendar feeds over HTTP, on %s', (backend) => {
  let platform: TestPlatform;
  let shopA: { vendorId: string; device: Device };
  let shopB: { vendorId: string; device: Device };
  const table = sampleResource({ name: 'A1' });
  const stylist = sampleResource({ name: '王师傅', kind: 'staff' });
  const ids = { dinner: newId(), haircut: newId(), cancelled: newId(), other: newId() };

  beforeAll(async () => {
    platform = await startTestPlatform(backend);
    shopA = await platform.vendor('老王面馆');
    shopB = await platform.vendor('Hotpot House');
    const at = Date.now();
    const guest = newCustomer({ name: '李四', phone: '13912345678' });
    const booking = (
      id: string,
      startsAt: number,
      resourceIds: string[],
      status = 'confirmed' as const,
    ) =>
      newBookingArgs(
        {
          id,
          startsAt,
          endsAt: startsAt + 90 * 60_000,
          resourceIds,
          partySize: 4,
          status,
          source: 'desk',
          by: 'desk',
          at,
          customerId: guest.customer.id,
        },
        clock,
      );
    const d = shopA.device;
    await pushAccepted(platform, shopA.vendorId, d, [
      outboxEntry(
        d,
        'vendorProfile.create',
        sampleVendorProfile({ id: shopA.vendorId, timeZone: BERLIN }),
      ),
      outboxEntry(d, 'customer.create', guest),
      outboxEntry(d, 'resource.put', { resource: table }),
      outboxEntry(d, 'resource.put', { resource: stylist }),
      outboxEntry(d, 'booking.create', {
        ...booking(ids.dinner, tomorrowAt(19), [table.id]),
        newCustomer: null,
      }),
      outboxEntry(d, 'booking.create', {
        ...booking(ids.haircut, tomorrowAt(10), [stylist.id]),
        newCustomer: null,
      }),
      outboxEntry(d, 'booking.create', {
        ...booking(ids.cancelled, tomorrowAt(12), [table.id]),
        newCustomer: null,
      }),
      outboxEntry(d, 'booking.transition', {
        id: ids.cancelled,
        from: 'confirmed',
        to: 'cancelled',
        at,
        cancelledBy: 'customer',
        reason: null,
        deposit: null,
        storedValueEntry: null,
        event: {
          id: newId(),
          bookingId: ids.cancelled,
          from: 'confirmed',
          to: 'cancelled',
          at,
          by: 'desk',
          reason: null,
          deposit: null,
        },
      }),
    ]).then((result) =>
      expect(
        result.results.every((r) => r.status === 'applied'),
        JSON.stringify(result),
      ).toBe(true),
    );
    const other = sampleResource({ name: 'B9' });
    await pushAccepted(platform, shopB.vendorId, shopB.device, [
      outboxEntry(shopB.device, 'resource.put', { resource: other }),
      outboxEntry(shopB.device, 'booking.create', {
        ...booking(ids.other, tomorrowAt(20), [other.id]),
        newCustomer: null,
      }),
    ]);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  const rotate = (shop: { vendorId: string; device: Device }, scope: string) =>
    platform.call('POST', `/v1/vendors/${shop.vendorId}/calendar-feeds/rotate`, {
      token: shop.device.token,
      body: { scope },
    });
  const feed = async (path: string) => {
    const response = await fetch(platform.url + path);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  };

  it('serves the shop’s feed as text/calendar that ical.js reads, without cancelled bookings or phones', async () => {
    const made = await rotate(shopA, 'shop');
    expect(made.status).toBe(200);
    expect(made.body.path).toMatch(/^\/ical\/v1\/[A-Za-z0-9_-]{43}\.ics$/);
    const got = await feed(made.body.path);
    expect(got.status).toBe(200);
    expect(got.type).toBe('text/calendar; charset=utf-8');
    const events = readFeed(got.text);
    expect(events).toEqual([
      { uid: ids.haircut, startsAt: tomorrowAt(10), summary: '4 位 · 王师傅' },
      { uid: ids.dinner, startsAt: tomorrowAt(19), summary: '4 位 · A1' },
    ]);
    expect(got.text).toContain(`DTSTART;TZID=${BERLIN}:`);
    expect(got.text).not.toContain('13912345678');
    expect(got.text).not.toContain('李四');
    const listed = await platform.call('GET', `/v1/vendors/${shopA.vendorId}/calendar-feeds`, {
      token: shopA.device.token,
    });
    expect(listed.body.feeds).toEqual([
      { scope: 'shop', createdAt: made.body.createdAt, rotatedAt: made.body.rotatedAt },
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(made.body.path.slice(9, 30));
  });

  it('gives a staff member’s feed only what they hold, and refuses a resource that is not staff', async () => {
    const made = await rotate(shopA, stylist.id);
    expect(readFeed((await feed(made.body.path)).text).map((e) => e.uid)).toEqual([ids.haircut]);
    expect((await rotate(shopA, table.id)).status).toBe(404);
    expect((await rotate(shopA, 'everyone')).status).toBe(400);
  });

  it('kills the old URL on rotation', async () => {
    const first = await rotate(shopA, 'shop');
    const second = await rotate(shopA, 'shop');
    expect(second.body.createdAt).toBe(first.body.createdAt);
    expect((await feed(first.body.path)).status).toBe(404);
    expect((await feed(second.body.path)).status).toBe(200);
  });

  it('never shows shop B’s bookings through shop A’s secret, nor A’s through B’s', async () => {
    const a = readFeed((await feed((await rotate(shopA, 'shop')).body.path)).text);
    const b = readFeed((await feed((await rotate(shopB, 'shop')).body.path)).text);
    expect(a.map((e) => e.uid)).not.toContain(ids.other);
    expect(b.map((e) => e.uid)).toEqual([ids.other]);
    // A's staff member is no scope of B's.
    expect((await rotate(shopB, stylist.id)).status).toBe(404);
  });

  it('answers 404 to a guessed or malformed secret', async () => {
    for (const path of [
      '/ical/v1/x.ics',
      `/ical/v1/${'A'.repeat(43)}.ics`,
      `/ical/v1/${'A'.repeat(43)}`,
      '/ical/v1/%00.ics',
    ]) {
      expect((await feed(path)).status, path).toBe(404);
    }
  });
});
