/**
 * A small shop's bookings for the booking rules' tests (domain and platform): its profile and
 * booking settings, tables and staff, and builders for bookings and busy blocks as they are stored.
 */
import { newBookingArgs, type CreateBookingArgs } from '../bookings/build';
import { defaultBookingSettings } from '../bookings/days';
import type { Booking, BookingSettings, BusyBlock, Resource, Service } from '../bookings/schema';
import { newId } from '../ids';
import type { EntityRow } from '../mutations/row-ops';
import type { MemoryState } from '../sync/test-support/memory-loader';
import { zonedTimeToEpoch } from '../time';
import type { OpeningHours, VendorProfile } from '../vendor/schema';
import { sampleResource } from './bookings';
import { sampleVendorProfile } from './vendor-profile';

export const MIN = 60_000;

export function everyDay(open: string, close: string): OpeningHours {
  const day = [{ open, close }];
  return { 1: day, 2: day, 3: day, 4: day, 5: day, 6: day, 7: day };
}

export interface TestShop {
  vendorId: string;
  profile: VendorProfile;
  settings: BookingSettings;
  resources: Resource[];
  services: Service[];
  /** Wall-clock time in the shop's zone as epoch ms. */
  at: (month: number, day: number, hour: number, minute?: number) => number;
}

export function testShop(
  options: {
    /** The vendor's id (a platform test's signed-up vendor); a new one by default. */
    vendorId?: string;
    timeZone?: string;
    hours?: OpeningHours;
    settings?: Partial<BookingSettings>;
    resources?: Resource[];
    services?: Service[];
  } = {},
): TestShop {
  const vendorId = options.vendorId ?? newId();
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const profile = sampleVendorProfile({
    id: vendorId,
    timeZone,
    openingHours: options.hours ?? everyDay('11:00', '22:00'),
  });
  return {
    vendorId,
    profile,
    settings: {
      ...defaultBookingSettings(vendorId, 'restaurant', 0),
      slotMinutes: 30,
      turnTimes: [{ maxParty: 200, minutes: 90 }],
      ...options.settings,
    },
    resources: options.resources ?? [
      testTable('A1', 0, 2, 4),
      testTable('A2', 1, 2, 4),
      testTable('A3', 2, 1, 2, { combinable: true, area: '包间' }),
      testTable('A4', 3, 1, 2, { combinable: true, area: '包间' }),
    ],
    services: options.services ?? [],
    at: (month, day, hour, minute = 0) =>
      zonedTimeToEpoch({ year: 2026, month, day, hour, minute }, timeZone),
  };
}

export function testTable(
  name: string,
  sort: number,
  minParty: number,
  maxParty: number,
  extra: Partial<Resource> = {},
): Resource {
  return sampleResource({ name, area: '大厅', sort, minParty, maxParty, ...extra });
}

/** A new booking's arguments as a desk makes them (confirmed, 90 minutes by default). */
export function bookingArgs(
  shop: TestShop,
  startsAt: number,
  resources: readonly Resource[],
  extra: {
    minutes?: number;
    partySize?: number;
    serviceId?: string;
    bufferAfterMin?: number;
  } & Partial<Pick<Booking, 'status' | 'source'>> = {},
): CreateBookingArgs {
  return newBookingArgs(
    {
      startsAt,
      endsAt: startsAt + (extra.minutes ?? 90) * MIN,
      resourceIds: resources.map((r) => r.id),
      partySize: extra.partySize ?? 2,
      serviceId: extra.serviceId ?? null,
      bufferAfterMin: extra.bufferAfterMin ?? 0,
      status: extra.status ?? 'confirmed',
      source: extra.source ?? 'desk',
      by: 'desk',
      at: startsAt - 86_400_000,
    },
    shop.profile,
  );
}

export function busyBlock(resource: Resource, startsAt: number, endsAt: number): BusyBlock {
  return {
    id: newId(),
    resourceId: resource.id,
    startsAt,
    endsAt,
    label: '牙医',
    source: 'manual',
    calendarId: null,
    createdAt: 0,
  };
}

const rows = (list: readonly object[]) => list as unknown as EntityRow[];

/** The platform's state for the memory loader: the shop's set-up with these bookings and blocks. */
export function shopState(
  shop: TestShop,
  bookings: readonly Booking[],
  blocks: readonly BusyBlock[] = [],
): MemoryState {
  return {
    entities: {
      vendorProfile: rows([shop.profile]),
      bookingSettings: rows([shop.settings]),
      resource: rows(shop.resources),
      service: rows(shop.services),
      booking: rows(bookings),
      busyBlock: rows(blocks),
      bookingException: [],
    },
  };
}
