/**
 * Sample booking rows for tests, console and platform alike: a plain table that seats one to
 * eight, a 45-minute cut with 15 minutes kept after, and a confirmed desk booking of two with no deposit. Pass overrides for what a test is about.
 */
import { newId } from '../ids';
import { NO_DEPOSIT, type Booking, type Resource, type Service } from '../bookings/schema';

export function sampleResource(overrides: Partial<Resource> = {}): Resource {
  return {
    id: newId(),
    kind: 'table',
    name: 'A1',
    area: '',
    minParty: 1,
    maxParty: 8,
    combinable: false,
    serviceIds: [],
    workingHours: null,
    sort: 0,
    archived: false,
    createdAt: 0,
    ...overrides,
  };
}

export function sampleService(overrides: Partial<Service> = {}): Service {
  return {
    id: newId(),
    name: { zh: '剪发', en: 'Cut' },
    durationMin: 45,
    priceFen: 8000,
    bufferAfterMin: 15,
    resourceIds: [],
    capacity: 1,
    sort: 0,
    archived: false,
    createdAt: 0,
    ...overrides,
  };
}

export function sampleBooking(overrides: Partial<Booking> = {}): Booking {
  return {
    id: newId(),
    code: 'ABCDEFGH',
    customerId: null,
    resourceIds: [],
    serviceId: null,
    partySize: 2,
    startsAt: 0,
    endsAt: 0,
    bufferAfterMin: 0,
    days: ['2026-12-05'],
    status: 'confirmed',
    statusAt: 0,
    source: 'desk',
    note: '',
    deposit: NO_DEPOSIT,
    cancelledBy: null,
    cancelReason: null,
    holdUntil: null,
    createdAt: 0,
    ...overrides,
  };
}
