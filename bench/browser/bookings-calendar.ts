/**
 * The bookings calendar's bench page side: a busy shop seeded on this origin (40 tables, 2,000
 * bookings in the week around today, 36,000 over the year), and the store's read of one day's
 * bookings (the `days` index, as the calendar reads it) beside a raw Dexie range query on
 * `startsAt` over the same business day, interleaved in one run.
 */
import { defaultBookingSettings } from '@domain/bookings/days';
import { newBookingArgs } from '@domain/bookings/build';
import type { Booking, Resource } from '@domain/bookings/schema';
import { newId } from '@domain/ids';
import { sampleVendorProfile } from '@domain/test-support/vendor-profile';
import {
  addCalendarDays,
  businessDate,
  businessDayRange,
  zonedTimeToEpoch,
  parseCalendarDate,
} from '@domain/time';
import { createVendorProfile } from '@domain/vendor/mutations';
import { loadBookingsOnDays } from '../../renderer/src/bookings/data/use-bookings';
import { markProfileOpened, recordProfile } from '../../renderer/src/db/directory';
import { mutate } from '../../renderer/src/db/mutate';
import { VendorDb } from '../../renderer/src/db/vendor-db';
import type { Samples } from './api';
import { openBenchDb } from './store';
import { interleave } from './timing';

export interface BookingsSeedOptions {
  resources: number;
  weekBookings: number;
  yearBookings: number;
}

export interface BookingsSeed {
  vendorId: string;
  today: string;
  /** Bookings starting on each date of the busy week (today - 3 … today + 3). */
  perDay: Record<string, number>;
}

const TIME_ZONE = 'Asia/Shanghai';
const CUTOFF = 240;

function bookingOn(date: string, index: number, resources: Resource[], now: number): Booking {
  const day = parseCalendarDate(date)!;
  // Starts from 10:00 to 20:45 on the quarter hour, 60–150 minutes, spread over the tables.
  const quarter = (index * 7) % 44;
  const startsAt = zonedTimeToEpoch(
    { ...day, hour: 10 + Math.floor(quarter / 4), minute: (quarter % 4) * 15 },
    TIME_ZONE,
  );
  const minutes = 60 + (index % 7) * 15;
  return newBookingArgs(
    {
      startsAt,
      endsAt: startsAt + minutes * 60_000,
      resourceIds: [resources[index % resources.length]!.id],
      partySize: 1 + (index % 6),
      status: index % 11 === 0 ? 'requested' : 'confirmed',
      source: 'desk',
      by: 'desk',
      at: now,
    },
    { timeZone: TIME_ZONE, businessDayCutoff: '04:00' },
  ).booking;
}

export async function seedBookings(options: BookingsSeedOptions): Promise<BookingsSeed> {
  const profile = sampleVendorProfile({
    openingHours: Object.fromEntries(
      [1, 2, 3, 4, 5, 6, 7].map((d) => [d, [{ open: '10:00', close: '22:00' }]]),
    ) as ReturnType<typeof sampleVendorProfile>['openingHours'],
  });
  const db = await openBenchDb(profile.id);
  const now = Date.now();
  const today = businessDate(now, TIME_ZONE, CUTOFF);
  try {
    await mutate(db, createVendorProfile, profile);
    const resources: Resource[] = Array.from({ length: options.resources }, (_, i) => ({
      id: newId(),
      kind: 'table',
      name: `${i < 30 ? 'A' : 'B'}${(i % 30) + 1}`,
      area: i < 30 ? '大厅' : '包间',
      minParty: 1,
      maxParty: i < 30 ? 4 : 12,
      combinable: true,
      serviceIds: [],
      workingHours: null,
      sort: i,
      archived: false,
      createdAt: now,
    }));
    // Seeding only, untimed: rows written straight into the store (no outbox), as a synced
    // year of bookings would lie there.
    await db.resource.bulkPut(resources);
    await db.bookingSettings.put(defaultBookingSettings(profile.id, 'restaurant', now));
    const week = Array.from({ length: 7 }, (_, i) => addCalendarDays(today, i - 3));
    const perDay: Record<string, number> = {};
    let batch: Booking[] = [];
    const flush = async () => {
      await db.booking.bulkPut(batch);
      batch = [];
    };
    for (let i = 0; i < options.weekBookings; i += 1) {
      const date = week[i % 7]!;
      perDay[date] = (perDay[date] ?? 0) + 1;
      batch.push(bookingOn(date, Math.floor(i / 7), resources, now));
      if (batch.length >= 2_000) await flush();
    }
    const rest = options.yearBookings - options.weekBookings;
    const others = Array.from({ length: 365 }, (_, i) => addCalendarDays(today, i - 182)).filter(
      (date) => !week.includes(date),
    );
    for (let i = 0; i < rest; i += 1) {
      batch.push(
        bookingOn(others[i % others.length]!, Math.floor(i / others.length), resources, now),
      );
      if (batch.length >= 2_000) await flush();
    }
    await flush();
    await recordProfile({
      vendorId: profile.id,
      name: profile.name,
      createdAt: now,
      lastOpenedAt: now,
    });
    await markProfileOpened(profile.id);
    return { vendorId: profile.id, today, perDay };
  } finally {
    db.close();
  }
}

export interface BookingsDayQueryOptions {
  vendorId: string;
  dates: string[];
  runs: number;
  warmup: number;
}

export interface BookingsDayQueryResult {
  samples: Samples<'daysIndex' | 'rawRange'>;
  /** Rows each read returned for the first date (they must agree). */
  rows: { daysIndex: number; rawRange: number };
}

/** One day's bookings: the console's read (the days index) vs a raw range on startsAt. */
export async function bookingsDayQuery(
  options: BookingsDayQueryOptions,
): Promise<BookingsDayQueryResult> {
  const db = new VendorDb(options.vendorId);
  await db.open();
  const rows = { daysIndex: 0, rawRange: 0 };
  try {
    const samples = await interleave(
      {
        daysIndex: async (i) => {
          const found = await loadBookingsOnDays(db, [options.dates[i % options.dates.length]!]);
          if (i === 0) rows.daysIndex = found.length;
        },
        rawRange: async (i) => {
          const range = businessDayRange(
            options.dates[i % options.dates.length]!,
            TIME_ZONE,
            CUTOFF,
          );
          const found = await db.booking
            .where('startsAt')
            .between(range.startMs, range.endMs, true, false)
            .toArray();
          if (i === 0) rows.rawRange = found.length;
        },
      },
      { runs: options.runs, warmup: options.warmup },
    );
    return { samples, rows };
  } finally {
    db.close();
  }
}
