/**
 * Issue 13: what the booking rules' arithmetic and reads cost on a busy day. A restaurant with 40
 * tables and about 300 bookings that day:
 * - availability for one day (dayAvailability, a party of 2 and one of 7) beside a naive loop over
 *   the same data (every booking of the day tested against every table at every slot), which must
 *   find the same slots;
 * - the platform's push of one booking.create with the product's rules (booking.resourceTaken and
 *   booking.overPacing read the table's held spans and the slot's starts from the lookups) beside
 *   the same push with no invariant rules (the plain write of the row, its lookups and its
 *   result), and, as a one-off figure, a push the rule turns down, which also reads the day and
 *   works out the alternatives.
 * PGlite in memory, as `npm start` embeds it. Runs in Node: no IndexedDB is involved.
 */
import {
  dayAvailability,
  fitsIn,
  openPeriods,
  tableSets,
  type AvailabilityRequest,
  type BookingContext,
} from '../../domain/bookings/availability';
import { newBookingArgs } from '../../domain/bookings/build';
import { defaultBookingSettings } from '../../domain/bookings/days';
import {
  HOLDING_STATUSES,
  type Booking,
  type BookingSettings,
  type Resource,
} from '../../domain/bookings/schema';
import { heldSpan } from '../../domain/bookings/tables';
import { newId } from '../../domain/ids';
import type { OutboxEntry } from '../../domain/outbox';
import { InvariantRegistry } from '../../domain/sync/invariants';
import { sampleVendorProfile } from '../../domain/test-support/vendor-profile';
import { zonedTimeToEpoch } from '../../domain/time';
import type { OpeningHours, VendorProfile } from '../../domain/vendor/schema';
import { createVendor } from '../../platform/accounts/store';
import { migrate } from '../../platform/db/migrate';
import { openPglite } from '../../platform/db/pglite';
import { applyPush } from '../../platform/sync/push';
import { defaultSyncRules, type SyncRules } from '../../platform/sync/rules';
import { compared, diagnostic, measured } from '../lib/stats';
import type { Suite } from '../lib/types';

const SUITE = 'bookings-availability';
const TABLES = 40;
/** Tables left empty for the timed pushes, one per push. */
const SPARE = 16;
const TARGET_BOOKINGS = 300;
const DATE = '2026-12-05';
const ZONE = 'Asia/Shanghai';
const MIN = 60_000;
const noRules: SyncRules = { ...defaultSyncRules, invariants: new InvariantRegistry([]) };

const at = (hour: number, minute = 0) =>
  zonedTimeToEpoch({ year: 2026, month: 12, day: 5, hour, minute }, ZONE);

/** A fixed-seed generator, so every run books the same day. */
function lcg(seed: number) {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

function table(index: number, spare = false): Resource {
  const seats = [2, 4, 4, 6][index % 4]!;
  return {
    id: newId(),
    kind: 'table',
    name: `${spare ? 'S' : 'T'}${index + 1}`,
    area: index % 2 === 0 ? '大厅' : '包间',
    minParty: 1,
    maxParty: seats,
    combinable: index % 3 === 0,
    serviceIds: [],
    workingHours: null,
    sort: spare ? 1_000 + index : index,
    archived: false,
    createdAt: 0,
  };
}

interface BusyDay {
  profile: VendorProfile;
  settings: BookingSettings;
  busy: Resource[];
  spare: Resource[];
  bookings: Booking[];
}

/** 40 tables turned over from 10:00 to 23:00 with short gaps until about 300 bookings stand. */
function busyDay(vendorId: string): BusyDay {
  const hours: OpeningHours = Object.fromEntries(
    [1, 2, 3, 4, 5, 6, 7].map((day) => [day, [{ open: '10:00', close: '23:00' }]]),
  ) as OpeningHours;
  const profile = sampleVendorProfile({ id: vendorId, openingHours: hours, timeZone: ZONE });
  const settings: BookingSettings = {
    ...defaultBookingSettings(vendorId, 'restaurant', 0),
    slotMinutes: 15,
    turnTimes: [
      { maxParty: 2, minutes: 60 },
      { maxParty: 4, minutes: 75 },
      { maxParty: 200, minutes: 90 },
    ],
  };
  const random = lcg(13);
  const busy = Array.from({ length: TABLES }, (_, i) => table(i));
  const spare = Array.from({ length: SPARE }, (_, i) => table(i, true));
  const bookings: Booking[] = [];
  for (let round = 0; bookings.length < TARGET_BOOKINGS && round < 20; round += 1) {
    for (const resource of busy) {
      const last = bookings.filter((b) => b.resourceIds[0] === resource.id).at(-1);
      const startsAt = (last ? last.endsAt : at(10)) + Math.floor(random() * 3) * 15 * MIN;
      const minutes = resource.maxParty <= 2 ? 60 : resource.maxParty <= 4 ? 75 : 90;
      if (startsAt + minutes * MIN > at(23) || bookings.length >= TARGET_BOOKINGS) continue;
      const { booking } = newBookingArgs(
        {
          startsAt,
          endsAt: startsAt + minutes * MIN,
          resourceIds: [resource.id],
          partySize: Math.max(1, resource.maxParty - Math.floor(random() * 2)),
          status: random() < 0.1 ? 'cancelled' : 'confirmed',
          source: 'desk',
          by: 'desk',
          at: at(9),
        },
        profile,
      );
      bookings.push(booking);
    }
  }
  return { profile, settings, busy, spare, bookings };
}

/**
 * The same day's slots the plain way: at every 15-minute start in the open hours, every table
 * tested against every booking of the day, then the same table sets. No index, no early exits.
 */
function naiveSlots(ctx: BookingContext, request: Extract<AvailabilityRequest, { kind: 'party' }>) {
  const periods = openPeriods(DATE, ctx);
  const minutes = ctx.settings.turnTimes.find((t) => request.partySize <= t.maxParty)!.minutes;
  const slots: Array<{ startsAt: number; resourceSets: string[][] }> = [];
  for (const period of periods) {
    for (let startsAt = period.start; startsAt < period.end; startsAt += 15 * MIN) {
      const endsAt = startsAt + minutes * MIN;
      if (!fitsIn(periods, startsAt, endsAt)) continue;
      const free = ctx.resources.filter(
        (resource) =>
          resource.kind === 'table' &&
          !ctx.bookings.some((booking) => {
            if (!HOLDING_STATUSES.includes(booking.status)) return false;
            if (!booking.resourceIds.includes(resource.id)) return false;
            const held = heldSpan(booking);
            return held.start < endsAt && startsAt < held.end;
          }),
      );
      const resourceSets = tableSets(free, request.partySize);
      if (resourceSets.length > 0) slots.push({ startsAt, resourceSets });
    }
  }
  return slots;
}

function time<T>(work: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = work();
  return { ms: performance.now() - started, value };
}

function entry(deviceId: string, seq: number, name: string, args: unknown): OutboxEntry {
  return { id: newId(), name, version: 1, args, deviceId, seq, createdAt: 1 };
}

const suite: Suite = {
  name: SUITE,
  issue: 13,
  description:
    'one busy day (40 tables, ~300 bookings): availability vs a naive loop; a booking push with the booking rules vs none',
  async run({ quick, log }) {
    const rows = [];
    const vendorIdForData = newId();
    const day = busyDay(vendorIdForData);
    const ctx: BookingContext = {
      profile: day.profile,
      settings: day.settings,
      resources: day.busy,
      services: [],
      exceptions: [],
      bookings: day.bookings,
      busyBlocks: [],
    };
    const rounds = quick ? 10 : 60;
    for (const partySize of [2, 7]) {
      const request = { kind: 'party' as const, partySize };
      const samples = { pure: [] as number[], naive: [] as number[] };
      let offered = 0;
      for (let round = 0; round < rounds + 3; round += 1) {
        const pure = time(() =>
          dayAvailability({ date: DATE, ctx, request, now: 0, audience: 'desk' }),
        );
        const naive = time(() => naiveSlots(ctx, request));
        if (pure.value.slots.length !== naive.value.length) {
          throw new Error(
            `the naive loop found ${naive.value.length} slots, dayAvailability ${pure.value.slots.length}`,
          );
        }
        offered = pure.value.slots.length;
        if (round < 3) continue; // warm-up
        samples.pure.push(pure.ms);
        samples.naive.push(naive.ms);
      }
      rows.push(
        compared(
          SUITE,
          `availability of one day for a party of ${partySize}`,
          measured('dayAvailability', samples.pure),
          measured('naive loop over the day', samples.naive),
          { tables: TABLES, bookings: day.bookings.length, slots: offered },
        ),
      );
    }

    const db = await openPglite();
    try {
      await migrate(db);
      const vendorId = await createVendor(db, {
        name: '老王面馆',
        login: `bookings-${process.pid}@vendor.test`,
        password: 'bench-password',
      });
      const shop = busyDay(vendorId);
      const deviceId = newId();
      let seq = 0;
      const announce = async () => undefined;
      const push = (rules: SyncRules, name: string, args: unknown) =>
        applyPush(
          db,
          rules,
          { vendorId, deviceId, mutations: [entry(deviceId, (seq += 1), name, args)] },
          announce,
        );
      const seeded = await applyPush(
        db,
        noRules,
        {
          vendorId,
          deviceId,
          mutations: [
            entry(deviceId, (seq += 1), 'vendorProfile.create', shop.profile),
            entry(deviceId, (seq += 1), 'bookingSettings.put', { settings: shop.settings }),
            ...[...shop.busy, ...shop.spare].map((resource) =>
              entry(deviceId, (seq += 1), 'resource.put', { resource }),
            ),
            ...shop.bookings.map((booking) =>
              entry(deviceId, (seq += 1), 'booking.create', {
                booking,
                event: {
                  id: newId(),
                  bookingId: booking.id,
                  from: null,
                  to: booking.status,
                  at: at(9),
                  by: 'desk',
                  reason: null,
                  deposit: null,
                },
                newCustomer: null,
                waitlistId: null,
                storedValueEntry: null,
              }),
            ),
          ],
        },
        announce,
      );
      if (seeded.results.some((result) => result.status !== 'applied'))
        throw new Error('seeding the day failed');
      log(`seeded ${shop.bookings.length} bookings on ${TABLES} tables`);

      const pushes = quick ? 2 : SPARE / 2 - 1;
      const samples = { rule: [] as number[], none: [] as number[], rejected: [] as number[] };
      const onSpare = (index: number) =>
        newBookingArgs(
          {
            startsAt: at(19),
            endsAt: at(20, 30),
            resourceIds: [shop.spare[index]!.id],
            partySize: 2,
            status: 'confirmed',
            source: 'desk',
            by: 'desk',
            at: at(9),
          },
          shop.profile,
        );
      let spare = 0;
      for (let round = 0; round <= pushes; round += 1) {
        const order = round % 2 === 0 ? (['rule', 'none'] as const) : (['none', 'rule'] as const);
        for (const variant of order) {
          const args = onSpare(spare);
          spare += 1;
          const started = performance.now();
          const result = await push(
            variant === 'rule' ? defaultSyncRules : noRules,
            'booking.create',
            args,
          );
          const ms = performance.now() - started;
          if (result.results[0]?.status !== 'applied')
            throw new Error(`the booking was not applied: ${JSON.stringify(result.results[0])}`);
          if (round > 0) samples[variant].push(ms); // the first round warms up
        }
        // The same table and time as a booking already there: turned down, with the alternatives.
        const taken = shop.bookings.find((b) => b.status === 'confirmed' && b.startsAt >= at(18))!;
        const clash = newBookingArgs(
          {
            startsAt: taken.startsAt,
            endsAt: taken.endsAt,
            resourceIds: taken.resourceIds,
            partySize: 2,
            status: 'confirmed',
            source: 'desk',
            by: 'desk',
            at: at(9),
          },
          shop.profile,
        );
        const started = performance.now();
        const turnedDown = await push(defaultSyncRules, 'booking.create', clash);
        const ms = performance.now() - started;
        if (turnedDown.results[0]?.status !== 'rejected')
          throw new Error('the clashing booking was not turned down');
        if (round > 0) samples.rejected.push(ms);
      }
      rows.push(
        compared(
          SUITE,
          `push of one booking.create into a day of ${shop.bookings.length} bookings (PGlite)`,
          measured('with the booking rules', samples.rule),
          measured('no invariant rules', samples.none),
        ),
        diagnostic(
          SUITE,
          'push of one clashing booking.create, turned down with its alternatives (PGlite)',
          measured('booking.resourceTaken rejection', samples.rejected),
        ),
      );
    } finally {
      await db.close();
    }
    return {
      rows,
      notes: [
        'Availability: both variants compute the same slots (checked every round); dayAvailability indexes the bookings by table once (ResourceLoad), the naive loop tests every booking of the day at every table and slot.',
        `Push: both variants write the row, its lookups and its result; the difference is the rules' reads (held spans on the table, the booking settings, the slot's starts) and checks. n = ${quick ? 2 : SPARE / 2 - 1} per variant after one warm-up round, alternating order; each push books a different empty table at 19:00.`,
        'The rejected push reads the rest of the day too (settings, profile, tables, exceptions, the day’s bookings) to offer the free tables and the next free start; no row is written.',
      ],
    };
  },
};

export default suite;
