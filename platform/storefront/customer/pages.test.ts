/**
 * The customer's pages on a real platform on loopback, as a browser uses them (HTML forms, its
 * cookie, no script): buying an offer with the sandbox SMS code and the sandbox payment through to
 * the voucher's QR; booking a table, its code, cancelling; "me" with vouchers, bookings and the
 * balance; topping up with a plan until the desk pulls the stored-value entry; and the bad paths:
 * a wrong code, an unknown offer or shop, a slot just taken, another guest's booking, a foreign
 * origin or a missing CSRF token, malformed forms, and the rate limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newBookingArgs } from '../../../domain/bookings/build';
import { newId } from '../../../domain/ids';
import { sampleResource } from '../../../domain/test-support/bookings';
import { sampleOffer } from '../../../domain/test-support/offers';
import { addCalendarDays, businessDate } from '../../../domain/time';
import { publicBookingPaths } from '../../http/routes-public-bookings';
import {
  DAY,
  offerShop,
  orderVouchersOnDesk,
  startOfferPlatform,
  type OfferPlatform,
  type OfferShop,
} from '../../offers/test-shop';
import { backends, SETUP_TIMEOUT_MS } from '../../test/backends';
import { bookingSettings } from '../../test/bookings';
import { newCustomer, topUpArgs } from '../../test/customers';
import { PulledRows, pullToEnd } from '../../test/pull-client';
import { outboxEntry, pushAccepted } from '../../test/server';
import { csrfOf, TestBrowser, textOf } from './test-browser';

const MEMBER = '13811112222';
const STRANGER = '13922223333';

describe.each(backends)('the customer pages on %s', (backend) => {
  let env: OfferPlatform;
  let shop: OfferShop;
  let other: OfferShop;
  const offer = sampleOffer({ status: 'onSale', firstOnSaleAt: Date.UTC(2026, 10, 30) });
  const ended = sampleOffer({ status: 'draft', title: { zh: '旧套餐', en: 'Old set' } });
  const otherOffer = sampleOffer({
    status: 'onSale',
    firstOnSaleAt: Date.UTC(2026, 10, 30),
    title: { zh: '火锅套餐', en: 'Hotpot set' },
  });
  const planId = newId();
  const memberId = newId();
  let otherGuestCode = '';

  async function signIn(browser: TestBrowser, slug: string, phone: string, next = `/s/${slug}/me`) {
    const asked = await browser.post(`/s/${slug}/sign-in/code`, { phone, next });
    expect(asked.status).toBe(200);
    expect(asked.text).toContain('name="code"');
    const outbox = await env.platform.call(
      'GET',
      `${publicBookingPaths.sandboxSms}?phone=${phone}`,
    );
    const code = (outbox.body.messages as Array<{ params: { code: string } }>).at(-1)!.params.code;
    const signedIn = await browser.post(`/s/${slug}/sign-in`, { phone, code, next });
    expect(signedIn.status).toBe(303);
    expect(signedIn.location).toBe(next);
    return signedIn;
  }

  beforeAll(async () => {
    env = await startOfferPlatform(backend);
    shop = await offerShop(env, '老王面馆', [offer, ended]);
    other = await offerShop(env, 'Hotpot House', [otherOffer]);
    const { device, vendorId } = shop;
    const clock = env.clock.now;
    const guest = newCustomer({ phone: '13700001111', name: '别人' });
    const tableId = newId();
    const desks = newBookingArgs(
      {
        startsAt: clock + 5 * DAY,
        endsAt: clock + 5 * DAY + 90 * 60_000,
        resourceIds: [tableId],
        partySize: 2,
        status: 'confirmed',
        source: 'desk',
        by: 'desk',
        at: clock,
        newCustomer: guest,
        note: '',
      },
      { timeZone: 'Asia/Shanghai', businessDayCutoff: '04:00' },
    );
    otherGuestCode = desks.booking.code;
    const member = newCustomer({ phone: MEMBER, name: '王小明' }, { id: memberId });
    await pushAccepted(env.platform, vendorId, device, [
      outboxEntry(device, 'bookingSettings.put', {
        settings: bookingSettings(vendorId, {
          updatedAt: clock,
          depositRules: [
            {
              id: newId(),
              minParty: 6,
              weekdays: [],
              daypart: null,
              serviceIds: [],
              amountFen: 10_000,
            },
          ],
        }),
      }),
      outboxEntry(device, 'resource.put', {
        resource: sampleResource({ id: tableId, maxParty: 6, createdAt: clock }),
      }),
      outboxEntry(device, 'booking.create', desks),
      outboxEntry(device, 'customer.create', member),
      outboxEntry(device, 'storedValue.topUp', topUpArgs(memberId, 10_000, 0)),
      outboxEntry(device, 'topUpPlan.put', {
        id: planId,
        payFen: 50_000,
        bonusFen: 5_000,
        active: true,
        createdAt: clock,
      }),
    ]);
    for (const [slug, vendorId] of [
      ['laowang', shop.vendorId],
      ['hotpot', other.vendorId],
    ] as const) {
      await env.platform.db.query(
        'insert into storefront_slugs (slug, vendor_id, claimed_at) values ($1, $2, $3)',
        [slug, vendorId, clock],
      );
    }
  }, SETUP_TIMEOUT_MS);
  afterAll(() => env?.platform.close());

  it('buys an offer on the pages: phone, code, sandbox payment, the voucher with its QR', async () => {
    const browser = new TestBrowser(env.platform.url);
    const before = await browser.get(`/s/laowang/offers/${offer.id}`);
    expect(before.status).toBe(200);
    expect(textOf(before.text)).toContain('双人套餐');
    expect(textOf(before.text)).toContain('¥88');
    expect(before.text).toContain('href="/s/laowang?lang=zh-CN"');
    expect(before.text).not.toContain('name="quantity"');

    const signedIn = await signIn(browser, 'laowang', STRANGER, `/s/laowang/offers/${offer.id}`);
    expect(signedIn.setCookie).toMatch(/HttpOnly/);
    expect(signedIn.setCookie).toMatch(/SameSite=Lax/);
    expect(signedIn.setCookie).toMatch(/Path=\/s\/laowang/);
    expect(signedIn.setCookie).not.toContain(STRANGER);

    const page = await browser.follow(signedIn);
    expect(page.text).toContain('name="quantity"');
    const ordered = await browser.post(`/s/laowang/offers/${offer.id}/orders`, {
      csrf: csrfOf(page.text),
      name: '李先生',
      quantity: 2,
    });
    expect(ordered.status).toBe(303);
    expect(ordered.location).toMatch(/^\/s\/laowang\/pay\/[\w-]+\?lang=zh-CN$/);
    const payPage = await browser.follow(ordered);
    expect(textOf(payPage.text)).toContain('¥176');
    const paid = await browser.post(`${ordered.location!.split('?')[0]}/sandbox`, {
      csrf: csrfOf(payPage.text),
    });
    const afterPay = await browser.follow(paid);
    expect(afterPay.status).toBe(303);
    expect(afterPay.location).toMatch(/^\/s\/laowang\/orders\//);
    const orderPage = await browser.follow(afterPay);
    expect(orderPage.status).toBe(200);
    const orderId = afterPay.location!.split('/')[4]!.split('?')[0]!;
    const onDesk = await orderVouchersOnDesk(env, shop, orderId);
    expect(onDesk).toHaveLength(2);
    for (const voucher of onDesk) expect(orderPage.text).toContain(voucher.code);
    expect(orderPage.text.match(/<svg/g)?.length).toBe(2);
    expect(textOf(orderPage.text)).toContain('可使用');
  });

  it('books a table, shows its code, cancels it; a slot just taken is told on the page', async () => {
    const browser = new TestBrowser(env.platform.url, 'en');
    await signIn(browser, 'laowang', STRANGER);
    const date = addCalendarDays(businessDate(env.clock.now, 'Asia/Shanghai', 240), 2);
    const page = await browser.get(`/s/laowang/book?date=${date}&party=2`);
    expect(page.status).toBe(200);
    const slots = [...page.text.matchAll(/name="startsAt" value="(\d+)"/g)].map((m) => m[1]!);
    expect(slots.length).toBeGreaterThan(1);
    const booked = await browser.post('/s/laowang/book', {
      csrf: csrfOf(page.text),
      party: 2,
      date,
      startsAt: slots[0]!,
      name: 'Li',
      note: '',
    });
    expect(booked.status).toBe(303);
    const code = /\/bookings\/([^?]+)/.exec(booked.location!)![1]!;
    const shown = await browser.follow(booked);
    expect(textOf(shown.text)).toContain(code);
    expect(textOf(shown.text)).toContain('Confirmed');

    // The one table is now taken at that time: the same slot again is told plainly.
    const again = await browser.post('/s/laowang/book', {
      csrf: csrfOf(page.text),
      party: 2,
      date,
      startsAt: slots[0]!,
    });
    expect(again.status).toBe(409);
    expect(textOf(again.text)).toContain('That time was just taken');
    expect(again.text).not.toContain(`value="${slots[0]}"`);

    const cancelled = await browser.post(`/s/laowang/bookings/${code}/cancel`, {
      csrf: csrfOf(shown.text),
    });
    const after = await browser.follow(cancelled);
    expect(textOf(after.text)).toContain('The booking is cancelled.');
    expect(textOf(after.text)).toContain('Cancelled');
    expect(after.text).not.toContain('/cancel"');
  });

  it('books a party that owes a deposit: the sandbox payment, then the confirmed booking', async () => {
    const browser = new TestBrowser(env.platform.url, 'en');
    await signIn(browser, 'laowang', STRANGER);
    const date = addCalendarDays(businessDate(env.clock.now, 'Asia/Shanghai', 240), 3);
    const page = await browser.get(`/s/laowang/book?date=${date}&party=6`);
    const slot = /name="startsAt" value="(\d+)"/.exec(page.text)![1]!;
    const booked = await browser.post('/s/laowang/book', {
      csrf: csrfOf(page.text),
      party: 6,
      date,
      startsAt: slot,
    });
    expect(booked.location).toMatch(/^\/s\/laowang\/pay\//);
    const pay = await browser.follow(booked);
    expect(textOf(pay.text)).toContain('To pay: ¥100');
    const paid = await browser.post(`${booked.location!.split('?')[0]}/sandbox`, {
      csrf: csrfOf(pay.text),
    });
    const toBooking = await browser.follow(paid);
    expect(toBooking.location).toMatch(/^\/s\/laowang\/bookings\/[A-Z0-9]+/);
    const shown = textOf((await browser.follow(toBooking)).text);
    expect(shown).toContain('Deposit ¥100');
    expect(shown).toContain('Confirmed');
    expect(shown).toContain('6 people');
  });

  it('shows a member their vouchers, bookings and balance, and tops up through the sandbox', async () => {
    const browser = new TestBrowser(env.platform.url);
    await signIn(browser, 'laowang', MEMBER);
    const me = await browser.get('/s/laowang/me');
    expect(me.status).toBe(200);
    expect(textOf(me.text)).toContain('¥100');
    expect(textOf(me.text)).toContain('充 ¥500 送 ¥50');

    const topUp = await browser.post('/s/laowang/me/top-ups', { csrf: csrfOf(me.text), planId });
    expect(topUp.status).toBe(303);
    const payPage = await browser.follow(topUp);
    expect(textOf(payPage.text)).toContain('¥500');
    const paid = await browser.post(`${topUp.location!.split('?')[0]}/sandbox`, {
      csrf: csrfOf(payPage.text),
    });
    const back = await browser.follow(paid);
    expect(back.location).toMatch(/^\/s\/laowang\/me/);
    const after = await browser.follow(back);
    expect(textOf(after.text)).toContain('¥650');
    expect(textOf(after.text)).toContain('本金 ¥600 · 赠送 ¥50');
    expect(textOf(after.text)).toContain('充值');

    const rows = new PulledRows();
    await pullToEnd(env.platform, shop.vendorId, shop.device, rows);
    const entries = [...(rows.tables.get('storedValueEntry')?.values() ?? [])] as Array<{
      customerId: string;
      planId: string | null;
      principalFen: number;
      bonusFen: number;
    }>;
    const online = entries.filter((entry) => entry.planId === planId);
    expect(online).toEqual([
      expect.objectContaining({ customerId: memberId, principalFen: 50_000, bonusFen: 5_000 }),
    ]);
  });

  it('shows a guest their own vouchers and bookings only, and a phone that is no customer an empty membership', async () => {
    const guest = new TestBrowser(env.platform.url, 'en');
    await signIn(guest, 'laowang', STRANGER);
    const mine = textOf((await guest.get('/s/laowang/me')).text);
    expect(mine.match(/Code \d{12}/g)).toHaveLength(2);
    expect(mine).toContain('My bookings');
    expect(mine).not.toContain(otherGuestCode);
    expect(mine).not.toContain('别人');
    expect(mine).not.toContain('Stored value ¥100');

    const newcomer = new TestBrowser(env.platform.url, 'en');
    await signIn(newcomer, 'laowang', '13633334444');
    const me = await newcomer.get('/s/laowang/me');
    const text = textOf(me.text);
    expect(text).toContain('You are not a member of this shop yet');
    expect(text).not.toContain('Top up');
    expect(text).toContain('No vouchers yet.');
    expect(text).toContain('No bookings yet.');
    expect(me.text).not.toContain('<svg');
  });

  it('answers bad input with a clear page in the customer’s language, never a leak', async () => {
    const browser = new TestBrowser(env.platform.url, 'en');
    const unknownShop = await browser.get(`/s/nowhere/offers/${offer.id}`);
    expect(unknownShop.status).toBe(404);
    expect(textOf(unknownShop.text)).toContain('There is no such shop.');
    for (const id of [ended.id, otherOffer.id, newId(), 'not-an-id']) {
      const page = await browser.get(`/s/laowang/offers/${id}`);
      expect(page.status).toBe(404);
      expect(textOf(page.text)).toContain('This deal does not exist');
      expect(page.text).not.toContain('Hotpot set');
    }
    const zh = await browser.get(`/s/laowang/offers/${newId()}?lang=zh-CN`);
    expect(textOf(zh.text)).toContain('这个团购不存在或已下架。');

    await browser.post('/s/laowang/sign-in/code', { phone: STRANGER, next: '/s/laowang/me' });
    const wrong = await browser.post('/s/laowang/sign-in', {
      phone: STRANGER,
      code: '000000',
      next: '/s/laowang/me',
    });
    const outbox = await env.platform.call(
      'GET',
      `${publicBookingPaths.sandboxSms}?phone=${STRANGER}`,
    );
    const sent = (outbox.body.messages as Array<{ params: { code: string } }>).at(-1)!.params.code;
    if (sent !== '000000') {
      expect(wrong.status).toBe(400);
      expect(textOf(wrong.text)).toMatch(/Wrong code; \d tries left/);
      expect(browser.signedIn).toBe(false);
    }
    const badPhone = await browser.post('/s/laowang/sign-in/code', {
      phone: '12',
      next: '/s/laowang/me',
    });
    expect(badPhone.status).toBe(400);
    expect(textOf(badPhone.text)).toContain('Enter a valid phone number.');

    await signIn(browser, 'laowang', STRANGER);
    const theirs = await browser.get(`/s/laowang/bookings/${otherGuestCode}`);
    const none = await browser.get('/s/laowang/bookings/ZZZZZZ');
    expect(theirs.status).toBe(404);
    expect(textOf(theirs.text)).toBe(textOf(none.text));
    const cancelTheirs = await browser.post(`/s/laowang/bookings/${otherGuestCode}/cancel`, {
      csrf: csrfOf((await browser.get('/s/laowang/me')).text),
    });
    expect(cancelTheirs.status).toBe(404);
    // Another shop's page does not know this shop's session.
    const elsewhere = await browser.get('/s/hotpot/me');
    expect(elsewhere.text).not.toContain('Signed in as');
  });

  it('refuses a foreign origin, a missing CSRF token and malformed forms; JSON clients get the error shape', async () => {
    const browser = new TestBrowser(env.platform.url, 'en');
    await signIn(browser, 'laowang', STRANGER);
    const page = await browser.get(`/s/laowang/offers/${offer.id}`);
    const csrf = csrfOf(page.text);
    const path = `/s/laowang/offers/${offer.id}/orders`;
    expect(
      (await browser.post(path, { csrf, name: 'x', quantity: 1 }, { origin: 'https://evil.test' }))
        .status,
    ).toBe(403);
    expect(
      (await browser.post(path, { csrf, name: 'x', quantity: 1 }, { origin: null })).status,
    ).toBe(403);
    expect((await browser.post(path, { name: 'x', quantity: 1 })).status).toBe(403);
    for (const form of [
      { csrf, name: '', quantity: 1 },
      { csrf, name: 'x', quantity: 'many' },
      { csrf, name: 'x', quantity: 0 },
      { csrf, name: 'x'.repeat(41), quantity: 1 },
    ]) {
      const refused = await browser.post(path, form);
      expect(refused.status).toBe(400);
      expect(textOf(refused.text)).toContain('Please check');
    }
    const badBook = await browser.post('/s/laowang/book', {
      csrf,
      party: 0,
      date: 'tomorrow',
      startsAt: 'x',
    });
    expect(badBook.status).toBe(400);
    const badTopUp = await browser.post('/s/laowang/me/top-ups', { csrf, planId: '' });
    expect(badTopUp.status).toBe(400);
    const badQuery = await browser.get('/s/laowang/book?party=999');
    expect(badQuery.status).toBe(400);

    const json = await fetch(`${env.platform.url}/s/nowhere/me`);
    expect(json.status).toBe(404);
    expect(await json.json()).toEqual({ code: 'not_found', message: expect.any(String) });
  });

  it('answers 429 past the rate limit', async () => {
    const browser = new TestBrowser(env.platform.url, 'en');
    env.limiter.tight = true;
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1)
        statuses.push((await browser.get(`/s/laowang/offers/${offer.id}`)).status);
      expect(statuses).toContain(429);
      const limited = await browser.get(`/s/laowang/offers/${offer.id}`);
      expect(limited.status).toBe(429);
      expect(textOf(limited.text)).toContain('Too many tries');
    } finally {
      env.limiter.tight = false;
    }
  });
});
