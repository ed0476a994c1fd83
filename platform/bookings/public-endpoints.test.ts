/**
 * The public booking endpoints over HTTP against a real platform on loopback: validation, the
 * rate limit, scope (nothing of shop B through shop A's codes, one 404 for a wrong phone and an
 * unknown code), phone codes through the sandbox SMS outbox, cancellation originated to the desks,
 * and payment callbacks through the sandbox's control route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newBookingArgs } from '../../domain/bookings/build';
import { newId } from '../../domain/ids';
import { sampleResource } from '../../domain/test-support/bookings';
import { sampleVendorProfile } from '../../domain/test-support/vendor-profile';
import { publicBookingPaths as paths } from '../http/routes-public-bookings';
import { PaymentOrders } from '../payments/orders';
import { SandboxPaymentProvider } from '../payments/sandbox-payments';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { bookingSettings } from '../test/bookings';
import { newCustomer } from '../test/customers';
import { PulledRows, pullToEnd } from '../test/pull-client';
import {
  outboxEntry,
  pushAccepted,
  startTestPlatform,
  type Device,
  type TestPlatform,
} from '../test/server';
import { MemoryTokenBuckets } from './rate-limit';

const HOUR = 3_600_000;
let clock = Date.UTC(2026, 11, 1, 2);

interface Shop {
  vendorId: string;
  device: Device;
  code: string;
  bookingId: string;
  tableId: string;
}

describe.each(backends)('the public booking endpoints on %s', (backend) => {
  let platform: TestPlatform;
  let sandbox: SandboxPaymentProvider;
  let shopA: Shop;
  let shopB: Shop;

  async function shop(name: string, phone: string): Promise<Shop> {
    const { vendorId, device } = await platform.vendor(name);
    const tableId = newId();
    const guest = newCustomer({ phone, note: '' });
    const booking = newBookingArgs(
      {
        startsAt: clock + 72 * HOUR,
        endsAt: clock + 73.5 * HOUR,
        resourceIds: [tableId],
        partySize: 4,
        status: 'confirmed',
        source: 'desk',
        by: 'desk',
        at: clock,
        newCustomer: guest,
        note: '靠窗',
      },
      { timeZone: 'Asia/Shanghai', businessDayCutoff: '04:00' },
    );
    await pushAccepted(platform, vendorId, device, [
      outboxEntry(device, 'vendorProfile.create', sampleVendorProfile({ id: vendorId, name })),
      outboxEntry(device, 'bookingSettings.put', {
        settings: bookingSettings(vendorId, { updatedAt: clock }),
      }),
      outboxEntry(device, 'resource.put', {
        resource: sampleResource({ id: tableId, area: '大厅', maxParty: 6, createdAt: clock }),
      }),
      outboxEntry(device, 'booking.create', booking),
    ]);
    return { vendorId, device, code: booking.booking.code, bookingId: booking.booking.id, tableId };
  }

  beforeAll(async () => {
    sandbox = new SandboxPaymentProvider();
    platform = await startTestPlatform(backend, {
      publicBookings: {
        sandbox: true,
        now: () => clock,
        paymentProvider: sandbox,
        limiter: new MemoryTokenBuckets({
          read: { capacity: 1000, perMinute: 1000 },
          code: { capacity: 1000, perMinute: 1000 },
          write: { capacity: 1000, perMinute: 1000 },
          callback: { capacity: 1000, perMinute: 1000 },
        }),
      },
    });
    shopA = await shop('老王面馆', '13811112222');
    shopB = await shop('Hotpot House', '13933334444');
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform?.close());

  it('lists what a shop books, and an unknown shop is a 404; a malformed id a 400', async () => {
    const options = await platform.call('GET', paths.options(shopA.vendorId));
    expect(options.status).toBe(200);
    expect(options.body).toMatchObject({
      shop: { name: '老王面馆', timeZone: 'Asia/Shanghai' },
      partySizes: { min: 1, max: 6 },
      deposit: { required: false },
    });
    expect(JSON.stringify(options.body)).not.toContain(shopA.tableId);
    expect((await platform.call('GET', paths.options(newId()))).body.code).toBe('shop_not_found');
    const bad = await platform.call('GET', paths.options('not-a-shop'));
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].path).toBe('params.shopId');
  });

  it('names the bad field of a bad body', async () => {
    const result = await platform.call('POST', paths.lookup(shopA.vendorId), {
      body: { code: shopA.code, phone: 'call me' },
    });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('invalid_request');
    expect(result.body.issues.map((issue: { path: string }) => issue.path)).toEqual(['body.phone']);
    const extra = await platform.call('POST', paths.lookup(shopA.vendorId), {
      body: { code: shopA.code, phone: '13811112222', shopId: shopB.vendorId },
    });
    expect(extra.status).toBe(400);
  });

  it('shows a guest their booking by code and phone, and nothing through another shop or phone', async () => {
    const mine = await platform.call('POST', paths.lookup(shopA.vendorId), {
      body: { code: shopA.code, phone: '138 1111 2222' },
    });
    expect(mine.status).toBe(200);
    expect(mine.body.booking).toMatchObject({
      code: shopA.code,
      status: 'confirmed',
      partySize: 4,
    });
    expect(JSON.stringify(mine.body)).not.toMatch(/靠窗|13811112222|王小明/);

    const unknown = await platform.call('POST', paths.lookup(shopA.vendorId), {
      body: { code: 'ZZZZ2222', phone: '13811112222' },
    });
    const wrongPhone = await platform.call('POST', paths.lookup(shopA.vendorId), {
      body: { code: shopA.code, phone: '13933334444' },
    });
    // Shop B's code and its guest's own phone, asked of shop A.
    const otherShop = await platform.call('POST', paths.lookup(shopA.vendorId), {
      body: { code: shopB.code, phone: '13933334444' },
    });
    for (const refused of [unknown, wrongPhone, otherShop]) {
      expect(refused.status).toBe(404);
      expect(refused.body).toEqual(unknown.body);
    }
    const cancelOther = await platform.call('POST', paths.cancel(shopA.vendorId), {
      body: { code: shopB.code, phone: '13933334444' },
    });
    expect(cancelOther.body).toEqual(unknown.body);
  });

  it('verifies a phone by a code the sandbox SMS recorded, in development only', async () => {
    const sent = await platform.call('POST', paths.phoneCodes(shopA.vendorId), {
      body: { phone: '13700001111' },
    });
    expect(sent.status).toBe(202);
    const again = await platform.call('POST', paths.phoneCodes(shopA.vendorId), {
      body: { phone: '13700001111' },
    });
    expect(again.status).toBe(429);
    expect(again.body.code).toBe('code_cooldown');
    const outbox = await platform.call('GET', `${paths.sandboxSms}?phone=13700001111`);
    expect(outbox.body.messages).toHaveLength(1);
    const [message] = outbox.body.messages;
    expect(message.body).toContain('【老王面馆】');
    const wrong = await platform.call('POST', paths.verifyPhone(shopA.vendorId), {
      body: { phone: '13700001111', code: message.params.code === '000000' ? '111111' : '000000' },
    });
    expect(wrong.body.code).toBe('code_wrong');
    const right = await platform.call('POST', paths.verifyPhone(shopA.vendorId), {
      body: { phone: '13700001111', code: message.params.code },
    });
    expect(right.status).toBe(200);
    expect(right.body.verificationToken).toEqual(expect.any(String));
  });

  it('cancels by code and phone as a change the desk pulls', async () => {
    const cancelled = await platform.call('POST', paths.cancel(shopA.vendorId), {
      body: { code: shopA.code, phone: '13811112222', reason: '改天再来' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.booking.status).toBe('cancelled');
    const desk = new PulledRows();
    await pullToEnd(platform, shopA.vendorId, shopA.device, desk);
    expect(desk.tables.get('booking')?.get(shopA.bookingId)).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'customer',
      cancelReason: '改天再来',
    });
    // Asked again, the same answer, and still one cancellation.
    const again = await platform.call('POST', paths.cancel(shopA.vendorId), {
      body: { code: shopA.code, phone: '13811112222' },
    });
    expect(again.body.booking.status).toBe('cancelled');
    const events = await platform.db.query(
      `select 1 from ledger_entries where vendor_id = $1 and tbl = 'bookingEvent' and data ->> 'to' = 'cancelled'`,
      [shopA.vendorId],
    );
    expect(events).toHaveLength(1);
  });

  async function verified(shopId: string, phone: string): Promise<string> {
    await platform.call('POST', paths.phoneCodes(shopId), { body: { phone } });
    const outbox = await platform.call('GET', `${paths.sandboxSms}?phone=${phone}`);
    const code = outbox.body.messages.at(-1).params.code;
    const verify = await platform.call('POST', paths.verifyPhone(shopId), {
      body: { phone, code },
    });
    return verify.body.verificationToken;
  }

  /** A guest's request to book, as the booking page sends it: a party of two unless told. */
  const book = (
    shopId: string,
    body: {
      name: string;
      phone: string;
      verificationToken: string;
      startsAt: number;
      partySize?: number;
      note?: string;
    },
  ) => platform.call('POST', paths.book(shopId), { body: { partySize: 2, ...body } });

  it('books a verified guest on a free table, files them by phone, and the desk pulls it', async () => {
    const startsAt = clock + 96 * HOUR; // 10:00 in Shanghai, on a slot
    const zhang = { name: '张三', phone: '13755556666' };
    const unverified = await book(shopA.vendorId, { ...zhang, verificationToken: 'x', startsAt });
    expect(unverified.status).toBe(403);
    expect(unverified.body.code).toBe('phone_not_verified');
    const noParty = await platform.call('POST', paths.book(shopA.vendorId), {
      body: { ...zhang, verificationToken: 'x', startsAt },
    });
    expect(noParty.body.issues[0].path).toBe('body.partySize');

    const slotsOfDay = async () => {
      const day = await platform.call(
        'GET',
        `${paths.availability(shopA.vendorId)}?date=2026-12-05&party=2`,
      );
      expect(day.status).toBe(200);
      expect(JSON.stringify(day.body)).not.toContain(shopA.tableId);
      return day.body.slots.map((slot: { startsAt: number }) => slot.startsAt);
    };
    expect(await slotsOfDay()).toContain(startsAt);
    const badQuery = await platform.call(
      'GET',
      `${paths.availability(shopA.vendorId)}?date=2026-12-05`,
    );
    expect(badQuery.body.issues[0].path).toBe('query.party');

    const token = await verified(shopA.vendorId, '13755556666');
    // The token vouches for its shop only.
    const elsewhere = await book(shopB.vendorId, { ...zhang, verificationToken: token, startsAt });
    expect(elsewhere.status).toBe(403);
    const booked = await book(shopA.vendorId, {
      ...zhang,
      verificationToken: token,
      startsAt,
      note: '生日',
    });
    expect(booked.status).toBe(201);
    expect(booked.body.booking).toMatchObject({ status: 'confirmed', partySize: 2, startsAt });
    const desk = new PulledRows();
    await pullToEnd(platform, shopA.vendorId, shopA.device, desk);
    const pulled = [...(desk.tables.get('booking')?.values() ?? [])].find(
      (b) => b.code === booked.body.booking.code,
    );
    expect(pulled).toMatchObject({
      source: 'customer',
      resourceIds: [shopA.tableId],
      note: '生日',
    });
    expect(desk.tables.get('customerPersonal')?.get(String(pulled!.customerId))).toMatchObject({
      phone: '13755556666',
      name: '张三',
    });

    // The only table is taken at that time now: no longer offered, and a second guest is told so.
    expect(await slotsOfDay()).not.toContain(startsAt);
    const other = await verified(shopA.vendorId, '13755557777');
    const full = await book(shopA.vendorId, {
      name: '李四',
      phone: '13755557777',
      verificationToken: other,
      startsAt,
    });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('slot_unavailable');
    // The same guest again is filed under the same customer.
    const again = await book(shopA.vendorId, {
      ...zhang,
      verificationToken: token,
      startsAt: startsAt + 3 * HOUR,
    });
    expect(again.status).toBe(201);
    await pullToEnd(platform, shopA.vendorId, shopA.device, desk);
    const second = [...desk.tables.get('booking')!.values()].find(
      (b) => b.code === again.body.booking.code,
    );
    expect(second!.customerId).toBe(pulled!.customerId);
  });

  it('holds a slot pending its deposit and confirms it when the payment arrives, once', async () => {
    const shopC = await shop('Deposit Bistro', '13600000000');
    await pushAccepted(platform, shopC.vendorId, shopC.device, [
      outboxEntry(shopC.device, 'bookingSettings.put', {
        settings: bookingSettings(shopC.vendorId, {
          updatedAt: clock,
          depositRules: [
            {
              id: newId(),
              minParty: 4,
              weekdays: [],
              daypart: null,
              serviceIds: [],
              amountFen: 10_000,
            },
          ],
        }),
      }),
    ]);
    const token = await verified(shopC.vendorId, '13688889999');
    const booked = await book(shopC.vendorId, {
      name: 'Ann',
      phone: '13688889999',
      verificationToken: token,
      partySize: 4,
      startsAt: clock + 120 * HOUR,
    });
    expect(booked.status).toBe(201);
    expect(booked.body.booking).toMatchObject({
      status: 'requested',
      deposit: { amountFen: 10_000, state: 'pending' },
    });
    expect(booked.body.booking.holdUntil).toBeGreaterThan(clock);
    const [paymentId] = [...sandbox.created.values()]
      .filter((p) => p.vendorId === shopC.vendorId)
      .map((p) => p.paymentId);
    for (const eventId of ['paid-1', 'paid-1', 'paid-2']) {
      await platform.call('POST', paths.sandboxPaymentCallback(paymentId!), {
        body: { kind: 'paid', eventId },
      });
    }
    const looked = await platform.call('POST', paths.lookup(shopC.vendorId), {
      body: { code: booked.body.booking.code, phone: '13688889999' },
    });
    expect(looked.body.booking).toMatchObject({ status: 'confirmed', deposit: { state: 'paid' } });
    const events = await platform.db.query(
      `select data ->> 'to' as "to" from ledger_entries where vendor_id = $1 and tbl = 'bookingEvent' order by seq`,
      [shopC.vendorId],
    );
    expect(events.map((e) => e.to)).toEqual(['confirmed', 'requested', 'confirmed']);
  });

  it('takes payment callbacks twice and out of order through the sandbox control route', async () => {
    const orders = new PaymentOrders(platform.db, sandbox);
    const { payment } = await orders.create(
      {
        orderId: 'booking:x',
        amountFen: 5_000,
        vendorId: shopB.vendorId,
        description: 'deposit',
        expiresAt: clock + 600_000,
      },
      clock,
    );
    const callback = (kind: string, eventId: string) =>
      platform.call('POST', paths.sandboxPaymentCallback(payment.id), { body: { kind, eventId } });
    expect((await callback('refunded', 'r1')).body.outcome).toBe('applied');
    expect((await callback('refunded', 'r1')).body.outcome).toBe('duplicate');
    expect((await callback('paid', 'p1')).body.outcome).toBe('ignored');
    expect((await orders.get(payment.id))?.state).toBe('refunded');
    // A forged callback at the provider's public address is refused.
    const forged = await platform.call('POST', paths.paymentCallback('sandbox'), {
      body: { eventId: 'f', paymentId: payment.id, kind: 'paid', at: 1 },
    });
    expect(forged.status).toBe(400);
    expect(forged.body.code).toBe('invalid_callback');
  });
});

describe.each(backends)('the public endpoints rate limit on %s', (backend) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform(backend, {
      publicBookings: {
        limiter: new MemoryTokenBuckets({ read: { capacity: 3, perMinute: 1 } }),
        now: () => clock,
      },
    });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform?.close());

  it('answers 429 with retry-after once an address used its burst, and registers no dev route', async () => {
    const shopId = newId();
    const statuses = [];
    for (let i = 0; i < 4; i += 1)
      statuses.push((await platform.call('GET', paths.options(shopId))).status);
    expect(statuses).toEqual([404, 404, 404, 429]);
    const limited = await platform.call('GET', paths.options(shopId));
    expect(limited.body.code).toBe('too_many_requests');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    clock += 60_000;
    expect((await platform.call('GET', paths.options(shopId))).status).toBe(404);
    expect((await platform.call('GET', paths.sandboxSms)).status).toBe(404);
    expect(platform.app.registeredRoutes.some((route) => route.url.startsWith('/dev/'))).toBe(
      false,
    );
  });
});
