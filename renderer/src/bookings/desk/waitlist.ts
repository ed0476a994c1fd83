/**
 * The waitlist's arithmetic (排队取号): which queue a party joins, its number for the business
 * day ('A012'), the wait the desk tells them, the free tables a called party can be seated at
 * now, and the record of a guest not yet known (bookings taken at the desk make theirs here
 * too). Pure: the page hands in the rows it read.
 */
import type { NewCustomer } from '@domain/customers/mutations';
import { ResourceLoad, tableSets } from '@domain/bookings/availability';
import {
  type Booking,
  type BookingSettings,
  type QueueType,
  type Resource,
  type WaitlistEntry,
} from '@domain/bookings/schema';
import { newId } from '@domain/ids';

/** The queue a party of this size takes a number in; null when no queue takes it. */
export function queueFor(partySize: number, queueTypes: readonly QueueType[]): QueueType | null {
  return (
    queueTypes.find((queue) => partySize >= queue.minParty && partySize <= queue.maxParty) ?? null
  );
}

/** The next number in a queue on a business day: numbers are never given twice. */
export function nextNumber(
  entries: readonly WaitlistEntry[],
  date: string,
  prefix: string,
): number {
  const taken = entries
    .filter((entry) => entry.businessDate === date && entry.prefix === prefix)
    .map((entry) => entry.number);
  return Math.min(9999, Math.max(0, ...taken) + 1);
}

/** 'A' and 12 print as A012. */
export const formatQueueNumber = (entry: Pick<WaitlistEntry, 'prefix' | 'number'>) =>
  `${entry.prefix}${String(entry.number).padStart(3, '0')}`;

/** How long a party of this size keeps a table (the turn times, smallest first; the last covers more). */
export function turnMinutesFor(turnTimes: BookingSettings['turnTimes'], partySize: number): number {
  const sorted = [...turnTimes].sort((a, b) => a.maxParty - b.maxParty);
  return (sorted.find((turn) => partySize <= turn.maxParty) ?? sorted[sorted.length - 1])!.minutes;
}

const isOpen = (entry: WaitlistEntry) => entry.status === 'waiting' || entry.status === 'called';

/** The numbers still waiting (or called) in one queue, oldest first. */
export function queueLine(entries: readonly WaitlistEntry[], prefix: string): WaitlistEntry[] {
  return entries
    .filter((entry) => entry.prefix === prefix && isOpen(entry))
    .sort((a, b) => a.number - b.number);
}

/**
 * The wait told to a party: the parties ahead of it in its queue and itself, each keeping one of
 * the queue's tables for its turn time, spread over those tables, in steps of 5 minutes. 0 when a
 * table of the queue is free now and nobody is ahead.
 */
export function estimatedWaitMin(
  entry: WaitlistEntry,
  entries: readonly WaitlistEntry[],
  settings: Pick<BookingSettings, 'turnTimes' | 'queueTypes'>,
  tables: { fitting: number; freeNow: number },
): number {
  const ahead = queueLine(entries, entry.prefix).filter((other) => other.number < entry.number);
  if (ahead.length < tables.freeNow) return 0;
  const turn = turnMinutesFor(settings.turnTimes, entry.partySize);
  const waiting = ahead.length + 1 - tables.freeNow;
  const minutes = (waiting * turn) / Math.max(1, tables.fitting);
  return Math.ceil(minutes / 5) * 5;
}

/**
 * The tables a party can sit at from `start` for `minutes`, by the availability rules' own
 * choice (tableSets): single free tables that fit, smallest first; else combinable free tables
 * of one area pushed together.
 */
export function freeTableSets(
  partySize: number,
  start: number,
  minutes: number,
  resources: readonly Resource[],
  bookings: readonly Booking[],
): string[][] {
  const load = new ResourceLoad(bookings, []);
  const candidate = {
    startsAt: start,
    endsAt: start + minutes * 60_000,
    bufferAfterMin: 0,
    partySize,
  };
  const free = resources.filter(
    (resource) =>
      resource.kind === 'table' && !resource.archived && load.isFree(resource.id, candidate, []),
  );
  return tableSets(free, partySize);
}

/** A guest not yet known, as the desk takes them down: a name, a phone, or both. */
export function newGuest(name: string, phone: string | null, now: number): NewCustomer {
  const id = newId();
  return {
    customer: {
      id,
      source: 'shop',
      createdAt: now,
      consent: null,
      mergedInto: null,
      erasedAt: null,
    },
    personal: { id, name, phone, gender: null, birthday: null, tags: [], note: '' },
  };
}

/**
 * The customer a walk-in's name and phone belong to: the one already known by that phone, else
 * a new record made in the same change; none when they gave neither.
 */
export function guestCustomer(
  name: string,
  phone: string | null,
  known: { id: string } | undefined,
  now: number,
): { customerId: string | null; newCustomer: NewCustomer | null } {
  if (known) return { customerId: known.id, newCustomer: null };
  const trimmed = name.trim();
  if (!trimmed && !phone) return { customerId: null, newCustomer: null };
  const newCustomer = newGuest(trimmed, phone, now);
  return { customerId: newCustomer.customer.id, newCustomer };
}
