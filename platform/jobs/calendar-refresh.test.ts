import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarSubscription } from '../../domain/bookings/schema';
import { newId } from '../../domain/ids';
import {
  CalendarFetchError,
  checkedLookup,
  DEFAULT_FETCH_LIMITS,
  fetchCalendarText,
  isBlockedAddress,
  type FetchLimits,
} from '../bookings/calendar-fetch';
import { subscriptionStates } from '../bookings/calendar-subscriptions';
import type { Database } from '../db/database';
import { originate } from '../sync/originate';
import { defaultSyncRules } from '../sync/rules';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { openShopDatabase, type ShopDatabase } from '../test/shop-database';
import { calendarRefreshJob } from './calendar-refresh';
import { JobRunner } from './runner';

const holidays = readFileSync(
  new URL('../../domain/bookings/ical/fixtures/holidays-cn.ics', import.meta.url),
  'utf8',
);

/** A plain-http server on loopback, reachable only through the allowlist. */
let server: Server;
let origin: string;
let served = holidays;
beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/holidays.ics') {
      response.writeHead(200, { 'content-type': 'text/calendar' }).end(served);
    } else if (path === '/to-loopback') {
      response.writeHead(302, { location: 'https://127.0.0.1/holidays.ics' }).end();
    } else if (path === '/to-http') {
      response.writeHead(301, { location: 'http://calendar.example/holidays.ics' }).end();
    } else if (path === '/to-holidays') {
      response.writeHead(302, { location: '/holidays.ics' }).end();
    } else if (path === '/large') {
      response.writeHead(200, { 'content-length': String(3 * 1024 * 1024) });
      response.end('x'.repeat(3 * 1024 * 1024));
    } else if (path === '/large-chunked') {
      response.writeHead(200, { 'content-type': 'text/calendar' });
      const chunk = 'y'.repeat(64 * 1024);
      let sent = 0;
      const more = () => {
        while (sent < 40 && response.write(chunk)) sent += 1;
        if (sent >= 40) response.end();
        else response.once('drain', more);
      };
      more();
    } else if (path === '/slow') {
      response.writeHead(200, { 'content-type': 'text/calendar' });
      response.write('BEGIN:VCALENDAR\r\n');
      // Never ends: only the fetch's time cap finishes it.
      const timer = setInterval(() => response.write('X-WAIT:1\r\n'), 50);
      response.on('close', () => clearInterval(timer));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const allowed = (): FetchLimits => ({ ...DEFAULT_FETCH_LIMITS, allowOrigins: [origin] });

async function refused(url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS) {
  try {
    await fetchCalendarText(url, limits);
  } catch (error) {
    if (error instanceof CalendarFetchError) return error.code;
    throw error;
  }
  return 'fetched';
}

describe('fetching a subscribed calendar', () => {
  it('fetches from an allowed test origin, following a redirect', async () => {
    // The BOM is read as the file's encoding mark, not text.
    expect(await fetchCalendarText(`${origin}/to-holidays`, allowed())).toBe(
      holidays.replace(/^\uFEFF/, ''),
    );
  });

  it('refuses http, and loopback, private, link-local and reserved addresses', async () => {
    expect(await refused(`${origin}/holidays.ics`)).toBe('not_https');
    expect(await refused('http://calendar.example/a.ics')).toBe('not_https');
    expect(await refused('ftp://calendar.example/a.ics')).toBe('not_https');
    expect(await refused('https://user:pw@calendar.example/a.ics')).toBe('not_https');
    for (const host of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '[::1]',
      '[::]',
      '[fe80::1]',
      '[fd00::1]',
      '[::ffff:127.0.0.1]',
      '[::ffff:a9fe:a9fe]',
      'localhost',
    ]) {
      expect(await refused(`https://${host}/calendar.ics`), host).toBe('blocked_address');
    }
    expect(isBlockedAddress('8.8.8.8')).toBe(false);
    expect(isBlockedAddress('2606:4700:4700::1111')).toBe(false);
  });

  it('checks every address a name resolves to, and connects only to a checked one', async () => {
    const error = await new Promise<Error | null>((resolve) =>
      checkedLookup('localhost', { all: true }, (lookupError) => resolve(lookupError)),
    );
    expect(error).toBeInstanceOf(CalendarFetchError);
    expect((error as CalendarFetchError).code).toBe('blocked_address');
  });

  it('checks redirects the same way', async () => {
    expect(await refused(`${origin}/to-loopback`, allowed())).toBe('blocked_address');
    expect(await refused(`${origin}/to-http`, allowed())).toBe('not_https');
  });

  it('cuts off a body over the size cap, declared or not, and a body that never ends', async () => {
    expect(await refused(`${origin}/large`, allowed())).toBe('too_large');
    expect(await refused(`${origin}/large-chunked`, allowed())).toBe('too_large');
    expect(await refused(`${origin}/slow`, { ...allowed(), timeoutMs: 300 })).toBe('timeout');
    expect(await refused(`${origin}/missing.ics`, allowed())).toBe('http_status');
  });
});

describe.each(backends)('the calendar refresh job on %s', (backend) => {
  let test: ShopDatabase;
  let db: Database;
  let vendorId: string;
  let clock = Date.UTC(2026, 11, 2, 4);

  beforeAll(async () => {
    test = await openShopDatabase(backend, { timeZone: 'Asia/Shanghai' });
    db = test.db;
    vendorId = test.vendorId;
  }, SETUP_TIMEOUT_MS);
  afterAll(() => test.drop());

  const subscribe = (url: string, active = true): Promise<CalendarSubscription> => {
    const subscription: CalendarSubscription = {
      id: newId(),
      url,
      target: { kind: 'closedDays' },
      label: 'Holidays',
      active,
      createdAt: clock,
    };
    return originate(db, defaultSyncRules, vendorId, {
      name: 'calendarSubscription.put',
      args: { subscription },
    }).then(() => subscription);
  };
  const runner = () =>
    new JobRunner({
      db,
      rules: defaultSyncRules,
      kinds: [calendarRefreshJob({ limits: allowed() })],
      now: () => clock,
    });
  const closedDays = (calendarId: string) =>
    db
      .query<{ date: string; label: string }>(
        `select data ->> 'date' as date, data ->> 'label' as label from entities
         where vendor_id = $1 and tbl = 'bookingException' and not deleted
           and data ->> 'calendarId' = $2 order by 1`,
        [vendorId, calendarId],
      )
      .then((rows) => rows.map((row) => row.date));

  it('imports an active subscription as closed days, replaces them on a later fetch and records failures', async () => {
    const good = await subscribe(`${origin}/holidays.ics`);
    const refusedOne = await subscribe('https://127.0.0.1/calendar.ics');
    const off = await subscribe(`${origin}/holidays.ics`, false);
    expect(await runner().tick()).toBe(1);
    expect(await closedDays(good.id)).toEqual([
      '2027-01-01',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
    ]);
    expect(await closedDays(off.id)).toEqual([]);
    const states = new Map(
      (await subscriptionStates(db, vendorId)).map((s) => [s.subscriptionId, s]),
    );
    expect(states.get(good.id)).toMatchObject({ error: null, okAt: clock });
    expect(states.get(refusedOne.id)).toMatchObject({ error: 'blocked_address', okAt: null });
    expect(states.has(off.id)).toBe(false);

    // An hour later the calendar no longer has New Year's Day: it goes, in one change.
    served = holidays.replace(/BEGIN:VEVENT\r\nUID:newyear[\s\S]*?END:VEVENT\r\n/, '');
    clock += 60 * 60_000;
    const before = await db.query<{ n: number }>(
      `select count(*)::int as n from mutation_results where vendor_id = $1`,
      [vendorId],
    );
    expect(await runner().tick()).toBe(1);
    expect(await closedDays(good.id)).toEqual(['2027-02-06', '2027-02-07', '2027-02-08']);
    const after = await db.query<{ n: number }>(
      `select count(*)::int as n from mutation_results where vendor_id = $1`,
      [vendorId],
    );
    expect(after[0]!.n - before[0]!.n).toBe(1);

    // Unchanged the next hour: nothing new is written.
    clock += 60 * 60_000;
    expect(await runner().tick()).toBe(1);
    const unchanged = await db.query<{ n: number }>(
      `select count(*)::int as n from mutation_results where vendor_id = $1`,
      [vendorId],
    );
    expect(unchanged[0]!.n).toBe(after[0]!.n);
    served = holidays;
  });
});
