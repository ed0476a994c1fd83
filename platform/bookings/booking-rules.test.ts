/**
 * The booking rules on a real platform: booking.resourceTaken and booking.overPacing as the
 * bookings part declares them, judged inside the push transaction against what every desk and
 * every guest online has booked. Pushes race from several signed-in desks (Promise.all) and a
 * guest's booking through the public endpoint races a desk's: exactly one of each clash stands.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { moveToFreeResource, moveToNextSlot } from '../../domain/bookings/invariants/moves';
import { createBooking } from '../../domain/bookings/mutations';
import type { Booking, BookingSettings, Resource } from '../../domain/bookings/schema';
import { bookingArgs, testShop, type TestShop } from '../../domain/test-support/booking-shop';
import { publicBookingPaths as paths } from '../http/routes-public-bookings';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { PulledRows, pullToEnd } from '../test/pull-client';
import {
  outboxEntry,
  pushAccepted,
  resetSeqs,
  startTestPlatform,
  type Device,
  type TestPlatform,
} from '../test/server';
import { defaultSyncRules } from '../sync/rules';
import { originate } from '../sync/originate';
import { MemoryTokenBuckets } from './rate-limit';

const clock = Date.UTC(2026, 11, 1, 2);
const generous = { capacity: 100_000, perMinute: 100_000 };

describe.each(backends)('the booking rules on %s', (backend) => {
  let platform: TestPlatform;
  let shop: TestShop;
  let desks: Device[];

  beforeAll(async () => {
    platform = await startTestPlatform(backend, {
      signInLimit: { addressFailures: 100_000 },
      publicBookings: {
        sandbox: true,
        now: () => clock,
        limiter: new MemoryTokenBuckets({
          read: generous,
          code: generous,
          write: generous,
          callback: generous,
        }),
      },
    });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform?.close());

  const push = (as: Device, name: string, args: unknown) =>
    pushAccepted(platform, shop.vendorId, as, [outboxEntry(as, name, args)]);

  /** A shop with its profile, booking settings and tables, and four signed-in desks. */
  async function openShop(settings: Partial<BookingSettings> = {}, tables?: Resource[]) {
    resetSeqs();
    const { vendorId, device, login } = await platform.vendor('老王面馆');
    shop = testShop({ vendorId, settings: { online: true, ...settings }, resources: tables });
    desks = [device, ...(await Promise.all([1, 2, 3].map(() => platform.signIn(login))))];
    await pushAccepted(platform, vendorId, device, [
      outboxEntry(device, 'vendorProfile.create', shop.profile),
      outboxEntry(device, 'bookingSettings.put', { settings: shop.settings }),
      ...shop.resources.map((resource) => outboxEntry(device, 'resource.put', { resource })),
    ]);
  }

  /** The rules of the shop's Needs attention items. */
  const attentionRules = async () =>
    (
      await platform.db.query<{ rule: string }>(
        `select data ->> 'rule' as rule from entities
           where vendor_id = $1 and tbl = 'attentionItem' and not deleted`,
        [shop.vendorId],
      )
    ).map((row) => row.rule);

  /** The live bookings holding a table on the platform. */
  const holding = async (resourceId: string) =>
    (
      await platform.db.query<{ data: Booking }>(
        `select data from entities where vendor_id = $1 and tbl = 'booking' and not deleted
           and data -> 'resourceIds' ? $2 and data ->> 'status' in ('requested', 'confirmed', 'seated')`,
        [shop.vendorId, resourceId],
      )
    ).map((row) => row.data);

  describe('a table booked from four desks at once', () => {
    beforeEach(() => openShop());

    it('keeps exactly one booking; the others are turned down naming it, with the free tables', async () => {
      const [a1, a2, a3, a4] = shop.resources as [Resource, Resource, Resource, Resource];
      const seven = shop.at(12, 5, 19);
      const changes = desks.map(() => bookingArgs(shop, seven, [a1]));
      const answers = await Promise.all(
        desks.map((desk, i) => push(desk, createBooking.name, changes[i])),
      );
      const results = answers.map((answer) => answer.results[0]!);
      expect(results.filter((r) => r.status === 'applied')).toHaveLength(1);
      const winner = changes[results.findIndex((r) => r.status === 'applied')]!.booking;
      const losers = changes.filter((_, i) => results[i]!.status !== 'applied');
      for (const [i, result] of results.entries()) {
        if (result.status === 'applied') continue;
        expect(result).toMatchObject({
          status: 'rejected',
          reason: 'invariant_violated',
          rule: 'booking.resourceTaken',
          details: {
            bookingId: changes[i]!.booking.id,
            code: changes[i]!.booking.code,
            otherKind: 'booking',
            otherId: winner.id,
            otherCode: winner.code,
            clashNames: 'A1',
            freeSets: [[a3.id], [a4.id], [a2.id]],
            nextStartsAt: seven + 90 * 60_000,
          },
        });
      }
      expect((await holding(a1.id)).map((b) => b.id)).toEqual([winner.id]);

      // Each desk takes the one-click fix in turn: A3, then A4, then A2 — every one stands.
      for (const loser of losers) {
        const rejected = await push(desks[1]!, createBooking.name, loser);
        const details = rejected.results[0]!.details as Record<string, unknown>;
        const fixed = moveToFreeResource.fix({ name: createBooking.name, args: loser }, details)!;
        const again = await push(desks[1]!, fixed.name, fixed.args);
        expect(again.results[0]).toMatchObject({ status: 'applied' });
      }
      for (const table of [a1, a2, a3, a4]) expect(await holding(table.id)).toHaveLength(1);

      // Every desk pulls the same four bookings, none overlapping on a table.
      for (const desk of desks) {
        const rows = new PulledRows();
        await pullToEnd(platform, shop.vendorId, desk, rows);
        const tablesHeld = [...(rows.tables.get('booking')?.values() ?? [])].flatMap(
          (b) => b.resourceIds as string[],
        );
        expect(tablesHeld.sort()).toEqual([a1.id, a2.id, a3.id, a4.id].sort());
      }
    });

    it('moves a loser to the next free start when the desk takes that fix', async () => {
      const [a1] = shop.resources as [Resource];
      const seven = shop.at(12, 5, 19);
      await push(desks[0]!, createBooking.name, bookingArgs(shop, seven, [a1]));
      const later = bookingArgs(shop, seven + 30 * 60_000, [a1]);
      const rejected = await push(desks[2]!, createBooking.name, later);
      const details = rejected.results[0]!.details as Record<string, unknown>;
      const fixed = moveToNextSlot.fix({ name: createBooking.name, args: later }, details)!;
      expect((fixed.args as typeof later).booking.startsAt).toBe(seven + 90 * 60_000);
      expect((await push(desks[2]!, fixed.name, fixed.args)).results[0]).toMatchObject({
        status: 'applied',
      });
      expect(await holding(a1.id)).toHaveLength(2);
    });
  });

  describe('a desk and a guest online booking the same table', () => {
    // One table only, so the guest's booking takes the desk's table.
    const only = () => testShop().resources.slice(0, 1);
    beforeEach(() => openShop({ leadMinutes: 30 }, only()));

    let phones = 0;
    async function guestBooks(startsAt: number) {
      const phone = `1380000${String((phones += 1)).padStart(4, '0')}`;
      await platform.call('POST', paths.phoneCodes(shop.vendorId), { body: { phone } });
      const outbox = await platform.call('GET', `${paths.sandboxSms}?phone=${phone}`);
      const code = outbox.body.messages.at(-1).params.code;
      const verify = await platform.call('POST', paths.verifyPhone(shop.vendorId), {
        body: { phone, code },
      });
      return platform.call('POST', paths.book(shop.vendorId), {
        body: {
          name: '张三',
          phone,
          verificationToken: verify.body.verificationToken,
          partySize: 2,
          startsAt,
          note: '',
        },
      });
    }

    it('turns the guest away once the desk holds the table', async () => {
      const [a1] = shop.resources as [Resource];
      const seven = shop.at(12, 5, 19);
      await push(desks[0]!, createBooking.name, bookingArgs(shop, seven, [a1]));
      const guest = await guestBooks(seven);
      expect(guest.status).toBe(409);
      expect(await holding(a1.id)).toHaveLength(1);
    });

    it('turns the desk down once the guest holds the table, naming the guest’s booking', async () => {
      const [a1] = shop.resources as [Resource];
      const seven = shop.at(12, 5, 19);
      const guest = await guestBooks(seven);
      expect(guest.status).toBe(201);
      const desk = await push(desks[1]!, createBooking.name, bookingArgs(shop, seven, [a1]));
      expect(desk.results[0]).toMatchObject({
        status: 'rejected',
        rule: 'booking.resourceTaken',
        details: { otherCode: guest.body.booking.code, freeSets: [] },
      });
      expect((await holding(a1.id)).map((b) => b.code)).toEqual([guest.body.booking.code]);
    });

    it('leaves a guest’s booking the rules turn down off Needs attention, a desk’s on it', async () => {
      const [a1] = shop.resources as [Resource];
      const seven = shop.at(12, 5, 19);
      await push(desks[0]!, createBooking.name, bookingArgs(shop, seven, [a1]));
      // As the public path makes it (past its own availability check, as in a race).
      const guest = bookingArgs(shop, seven, [a1], { source: 'customer', status: 'requested' });
      const asGuest = { name: createBooking.name, args: guest, listRejection: false };
      const turnedDown = await originate(platform.db, defaultSyncRules, shop.vendorId, asGuest);
      expect(turnedDown).toMatchObject({ status: 'rejected', rule: 'booking.resourceTaken' });
      expect(await attentionRules()).toEqual([]);
      const again = bookingArgs(shop, seven, [a1]);
      await originate(platform.db, defaultSyncRules, shop.vendorId, {
        name: createBooking.name,
        args: again,
      });
      expect(await attentionRules()).toEqual(['booking.resourceTaken']);
    });

    it('keeps exactly one of the two when they arrive together', async () => {
      const [a1] = shop.resources as [Resource];
      const seven = shop.at(12, 5, 19, 30);
      // The guest's phone is verified first, so the two bookings race, not the verification.
      const phone = '13899990000';
      await platform.call('POST', paths.phoneCodes(shop.vendorId), { body: { phone } });
      const outbox = await platform.call('GET', `${paths.sandboxSms}?phone=${phone}`);
      const verify = await platform.call('POST', paths.verifyPhone(shop.vendorId), {
        body: { phone, code: outbox.body.messages.at(-1).params.code },
      });
      const [guest, desk] = await Promise.all([
        platform.call('POST', paths.book(shop.vendorId), {
          body: {
            name: '李四',
            phone,
            verificationToken: verify.body.verificationToken,
            partySize: 2,
            startsAt: seven,
            note: '',
          },
        }),
        push(desks[2]!, createBooking.name, bookingArgs(shop, seven, [a1])),
      ]);
      const guestStood = guest.status === 201;
      const deskStood = desk.results[0]!.status === 'applied';
      expect([guestStood, deskStood].filter(Boolean)).toHaveLength(1);
      if (!guestStood) expect(guest.status).toBe(409);
      else expect(desk.results[0]).toMatchObject({ rule: 'booking.resourceTaken' });
      // Only the desk's turned-down booking is the shop's to fix: the guest was told at once.
      expect(await attentionRules()).toEqual(deskStood ? [] : ['booking.resourceTaken']);
      expect(await holding(a1.id)).toHaveLength(1);
    });
  });

  describe('pacing', () => {
    beforeEach(() => openShop({ pacing: { maxBookings: 2, maxCovers: null } }));

    it('lets two of four bookings starting in one slot through, from four desks at once', async () => {
      const seven = shop.at(12, 5, 19);
      const changes = shop.resources.map((table, i) =>
        bookingArgs(shop, seven + i * 5 * 60_000, [table]),
      );
      const answers = await Promise.all(
        desks.map((desk, i) => push(desk, createBooking.name, changes[i])),
      );
      const results = answers.map((answer) => answer.results[0]!);
      expect(results.filter((r) => r.status === 'applied')).toHaveLength(2);
      for (const result of results.filter((r) => r.status !== 'applied')) {
        expect(result).toMatchObject({
          rule: 'booking.overPacing',
          details: {
            slotStartsAt: seven,
            slotEndsAt: seven + 30 * 60_000,
            limit: 'bookings',
            max: 2,
            count: 3,
            nextStartsAt: seven + 30 * 60_000,
          },
        });
      }
      const [row] = await platform.db.query<{ n: number }>(
        `select count(*)::int as n from entities where vendor_id = $1 and tbl = 'booking' and not deleted`,
        [shop.vendorId],
      );
      expect(row!.n).toBe(2);
    });
  });
});
