/**
 * When a shop can take a booking, and on what. Pure: the console's calendar and booking form, the
 * platform's public booking page and the booking rules (invariants/) all call these with what
 * they hold, so a desk offline and the platform offer the same slots.
 *
 * Every day, slot and opening hour is read in the SHOP's zone. A business `date` is the day the
 * shop counts (its cut-off: with '04:00', 01:30 on the 2nd is the 1st's): an opening period that
 * opens before the cut-off ('00:30–03:00' on a Friday) is the small hours after that business
 * date, and a period whose close is at or before its open ('18:00–02:00') runs past midnight.
 * A day's exception replaces the weekly hours (closed, or special hours); a staff member's own
 * working hours narrow the shop's (null works the shop's hours).
 *
 * A slot starts on the shop's wall-clock grid of `slotMinutes` and its booking must end by the
 * close of the period it starts in (the buffer after may run past it). A resource is free for
 * [start, end + buffer) when no holding booking (HOLDING_STATUSES, heldSpan) and no busy block
 * overlaps it, except that a class (service.capacity > 1) lets bookings of the same sitting (same
 * service, same start) share its staff or room up to the capacity. Pacing caps the bookings and
 * covers starting in one slot. Lead time and the days ahead bind customers only: the desk may book
 * anything open, even a moment ago (the walk-in who sat down ten minutes before it was typed in).
 */
import {
  addCalendarDays,
  businessDate,
  parseCalendarDate,
  parseClock,
  weekdayOfDate,
  zonedParts,
  zonedTimeToEpoch,
} from '../time';
import type { OpeningHours, VendorProfile } from '../vendor/schema';
import {
  HOLDING_STATUSES,
  type Booking,
  type BookingException,
  type BookingSettings,
  type BusyBlock,
  type Resource,
  type Service,
} from './schema';
import { heldSpan } from './tables';

const MINUTE_MS = 60_000;

export interface Span {
  start: number;
  end: number;
}

export interface BookingContext {
  profile: Pick<VendorProfile, 'timeZone' | 'businessDayCutoff' | 'openingHours'>;
  settings: BookingSettings;
  resources: Resource[];
  services: Service[];
  exceptions: BookingException[];
  /** Holding bookings near the day (others are ignored anyway). */
  bookings: Booking[];
  busyBlocks: BusyBlock[];
}

export type AvailabilityRequest =
  | { kind: 'party'; partySize: number }
  /** A service; `resourceId` null is "anyone free"; `partySize` (default 1) counts against a class. */
  | { kind: 'service'; serviceId: string; resourceId: string | null; partySize?: number };

export interface AvailabilityInput {
  date: string;
  ctx: BookingContext;
  request: AvailabilityRequest;
  now: number;
  audience: 'customer' | 'desk';
}

export interface Slot {
  startsAt: number;
  endsAt: number;
  /** Each a set of free resource ids that can take it, best first (combined tables too). */
  resourceSets: string[][];
}

export interface DayAvailability {
  closed: boolean;
  slots: Slot[];
}

/** At most this many combinations of tables are offered for one slot. */
const MAX_COMBINATIONS = 5;

export function cutoffMinutesOf(ctx: Pick<BookingContext, 'profile'>): number {
  return parseClock(ctx.profile.businessDayCutoff) ?? 0;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function wallAt(date: string, minutes: number, timeZone: string): number {
  const day = parseCalendarDate(date);
  if (!day) throw new RangeError(`not a 'YYYY-MM-DD' date: ${date}`);
  return zonedTimeToEpoch(
    { ...day, hour: Math.floor(minutes / 60), minute: minutes % 60 },
    timeZone,
  );
}

/** Clock periods ('HH:MM' pairs) of a business date as instants, past midnight and cut-off read. */
function periodsToSpans(
  periods: ReadonlyArray<{ open: string; close: string }>,
  date: string,
  timeZone: string,
  cutoff: number,
): Span[] {
  const spans: Span[] = [];
  for (const period of periods) {
    const open = parseClock(period.open);
    const close = parseClock(period.close);
    if (open === null || close === null || open === close) continue;
    // A period opening before the cut-off is the small hours after the business date.
    const openDate = open < cutoff ? addCalendarDays(date, 1) : date;
    const closeDate = close <= open ? addCalendarDays(openDate, 1) : openDate;
    const start = wallAt(openDate, open, timeZone);
    const end = wallAt(closeDate, close, timeZone);
    if (end > start) spans.push({ start, end });
  }
  return mergeSpans(spans);
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function intersectSpans(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  for (const x of a) {
    for (const y of b) {
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      if (end > start) out.push({ start, end });
    }
  }
  return mergeSpans(out);
}

function weeklyPeriods(hours: OpeningHours, date: string) {
  return hours[weekdayOfDate(date) as keyof OpeningHours] ?? [];
}

/**
 * The times a business date is open (epoch ms, oldest first): the exception of that date if any
 * (closed: none; special hours), else the weekly hours; for a resource with its own working hours,
 * only when both the shop is open and they work.
 */
export function openPeriods(
  date: string,
  ctx: Pick<BookingContext, 'profile' | 'exceptions'>,
  resource?: Pick<Resource, 'workingHours'> | null,
): Span[] {
  const { timeZone } = ctx.profile;
  const cutoff = cutoffMinutesOf(ctx);
  const exception = ctx.exceptions.find((candidate) => candidate.date === date);
  if (exception?.kind === 'closed') return [];
  const shopHours = exception ? exception.hours : weeklyPeriods(ctx.profile.openingHours, date);
  const shop = periodsToSpans(shopHours, date, timeZone, cutoff);
  if (!resource?.workingHours) return shop;
  const own = periodsToSpans(weeklyPeriods(resource.workingHours, date), date, timeZone, cutoff);
  return intersectSpans(shop, own);
}

/** The turn time for a party (the first band that holds it; the last holds larger ones). */
export function turnMinutes(settings: Pick<BookingSettings, 'turnTimes'>, partySize: number) {
  const band = settings.turnTimes.find((turn) => partySize <= turn.maxParty);
  return (band ?? settings.turnTimes[settings.turnTimes.length - 1])?.minutes ?? 90;
}

/** How long a booking of this request lasts, in minutes: a table's turn time, a service's length. */
export function durationFor(
  settings: Pick<BookingSettings, 'turnTimes'>,
  request: AvailabilityRequest,
  services: Service[],
): number {
  if (request.kind === 'party') return turnMinutes(settings, request.partySize);
  const service = services.find((candidate) => candidate.id === request.serviceId);
  return service?.durationMin ?? 60;
}

export function bufferFor(request: AvailabilityRequest, services: Service[]): number {
  if (request.kind === 'party') return 0;
  return services.find((candidate) => candidate.id === request.serviceId)?.bufferAfterMin ?? 0;
}

/** The resource kind a party books in this shop: rooms in a hotel, tables elsewhere. */
export function partyKind(settings: Pick<BookingSettings, 'mode'>): Resource['kind'] {
  return settings.mode === 'rooms' ? 'room' : 'table';
}

/** The start of the pacing slot an instant falls in, on the shop's wall-clock grid. */
export function slotStartOf(epochMs: number, slotMinutes: number, timeZone: string): number {
  const offset = wallOffset(epochMs, timeZone);
  const wall = epochMs + offset;
  const slotMs = slotMinutes * MINUTE_MS;
  return Math.floor(wall / slotMs) * slotMs - offset;
}

/** The pacing window a start falls in: [slot start, slot start + slotMinutes). */
export function pacingWindow(
  startsAt: number,
  settings: Pick<BookingSettings, 'slotMinutes'>,
  timeZone: string,
): Span {
  const start = slotStartOf(startsAt, settings.slotMinutes, timeZone);
  return { start, end: start + settings.slotMinutes * MINUTE_MS };
}

function wallOffset(epochMs: number, timeZone: string): number {
  const p = zonedParts(epochMs, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (epochMs - (((epochMs % 1000) + 1000) % 1000));
}

const holds = (booking: Pick<Booking, 'status'>) => HOLDING_STATUSES.includes(booking.status);

/** What a booking candidate is, for the free checks. */
export interface Candidate {
  id?: string;
  startsAt: number;
  endsAt: number;
  bufferAfterMin: number;
  partySize: number;
  serviceId?: string | null;
}

/**
 * Bookings indexed by resource for one pass over many slots: each resource's holding bookings,
 * oldest first.
 */
export class ResourceLoad {
  private readonly byResource = new Map<string, Booking[]>();
  private readonly blocks = new Map<string, BusyBlock[]>();
  constructor(bookings: readonly Booking[], busyBlocks: readonly BusyBlock[]) {
    for (const booking of bookings) {
      if (!holds(booking)) continue;
      for (const resourceId of booking.resourceIds) {
        let list = this.byResource.get(resourceId);
        if (!list) this.byResource.set(resourceId, (list = []));
        list.push(booking);
      }
    }
    for (const block of busyBlocks) {
      let list = this.blocks.get(block.resourceId);
      if (!list) this.blocks.set(block.resourceId, (list = []));
      list.push(block);
    }
  }

  /** Holding bookings on a resource whose held time overlaps the candidate's, but itself. */
  bookingsOver(resourceId: string, candidate: Candidate): Booking[] {
    const span = heldSpan(candidate);
    return (this.byResource.get(resourceId) ?? []).filter(
      (booking) => booking.id !== candidate.id && overlaps(heldSpan(booking), span),
    );
  }

  blocksOver(resourceId: string, candidate: Candidate): BusyBlock[] {
    const span = heldSpan(candidate);
    return (this.blocks.get(resourceId) ?? []).filter((block) =>
      overlaps({ start: block.startsAt, end: block.endsAt }, span),
    );
  }

  /**
   * The bookings that keep a resource from taking the candidate: every overlapping one, except a
   * class's sitting it may join (same service and start, room left for its party).
   */
  blockers(resourceId: string, candidate: Candidate, services: readonly Service[]): Booking[] {
    const over = this.bookingsOver(resourceId, candidate);
    if (over.length === 0) return over;
    const service = candidate.serviceId
      ? services.find((candidateService) => candidateService.id === candidate.serviceId)
      : undefined;
    if (service && service.capacity > 1) {
      const sameSitting = over.every(
        (booking) =>
          booking.serviceId === service.id &&
          booking.startsAt === candidate.startsAt &&
          booking.endsAt === candidate.endsAt,
      );
      const taken = over.reduce((sum, booking) => sum + booking.partySize, 0);
      if (sameSitting && taken + candidate.partySize <= service.capacity) return [];
    }
    return over;
  }

  isFree(resourceId: string, candidate: Candidate, services: readonly Service[]): boolean {
    return (
      this.blockers(resourceId, candidate, services).length === 0 &&
      this.blocksOver(resourceId, candidate).length === 0
    );
  }
}

/** Bookings and covers starting in each pacing window, counted once. */
export function pacingCount(
  bookings: readonly Booking[],
  window: Span,
  exceptId?: string,
): { bookings: number; covers: number } {
  let count = 0;
  let covers = 0;
  for (const booking of bookings) {
    if (booking.id === exceptId || !holds(booking)) continue;
    if (booking.startsAt >= window.start && booking.startsAt < window.end) {
      count += 1;
      covers += booking.partySize;
    }
  }
  return { bookings: count, covers };
}

/** Whether one more booking of `partySize` still fits the pacing of a window. */
export function withinPacing(
  settings: Pick<BookingSettings, 'pacing'>,
  counted: { bookings: number; covers: number },
  partySize: number,
): boolean {
  const { maxBookings, maxCovers } = settings.pacing;
  if (maxBookings !== null && counted.bookings + 1 > maxBookings) return false;
  if (maxCovers !== null && counted.covers + partySize > maxCovers) return false;
  return true;
}

/** The resources that may take a request, in the calendar's order. */
export function candidateResources(ctx: BookingContext, request: AvailabilityRequest): Resource[] {
  const live = ctx.resources
    .filter((resource) => !resource.archived)
    .sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name));
  if (request.kind === 'party') {
    const kind = partyKind(ctx.settings);
    return live.filter((resource) => resource.kind === kind);
  }
  const service = ctx.services.find((candidate) => candidate.id === request.serviceId);
  if (!service) return [];
  const serving = live.filter(
    (resource) =>
      service.resourceIds.includes(resource.id) ||
      (resource.kind === 'staff' && resource.serviceIds.includes(service.id)),
  );
  return request.resourceId === null
    ? serving
    : serving.filter((resource) => resource.id === request.resourceId);
}

function requestParty(request: AvailabilityRequest): number {
  return request.kind === 'party' ? request.partySize : (request.partySize ?? 1);
}

/**
 * The sets of free tables for a party, best first: single tables that seat it (fewest empty
 * seats first), then, only when none does, combinable tables of one area pushed together
 * (fewest tables, then fewest empty seats), each combination minimal (no table in it spare).
 */
export function tableSets(free: readonly Resource[], partySize: number): string[][] {
  const singles = free
    .filter((table) => table.minParty <= partySize && partySize <= table.maxParty)
    .sort((a, b) => a.maxParty - b.maxParty || a.sort - b.sort);
  if (singles.length > 0) return singles.map((table) => [table.id]);
  const byArea = new Map<string, Resource[]>();
  for (const table of free) {
    if (!table.combinable) continue;
    let list = byArea.get(table.area);
    if (!list) byArea.set(table.area, (list = []));
    list.push(table);
  }
  const combos: Resource[][] = [];
  for (const tables of byArea.values()) {
    const sorted = [...tables].sort((a, b) => b.maxParty - a.maxParty || a.sort - b.sort);
    // Small searches exactly (pairs and triples); beyond, greedily from the largest.
    const n = Math.min(sorted.length, 24);
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) {
        const pair = [sorted[i]!, sorted[j]!];
        if (isMinimalFit(pair, partySize)) combos.push(pair);
        for (let k = j + 1; k < n; k += 1) {
          const triple = [sorted[i]!, sorted[j]!, sorted[k]!];
          if (isMinimalFit(triple, partySize)) combos.push(triple);
        }
      }
    }
    if (!combos.some((combo) => combo[0]!.area === sorted[0]?.area)) {
      const greedy: Resource[] = [];
      for (const table of sorted) {
        if (greedy.length >= 12) break;
        greedy.push(table);
        if (seats(greedy) >= partySize) break;
      }
      if (greedy.length > 3 && seats(greedy) >= partySize) combos.push(greedy);
    }
  }
  return combos
    .sort(
      (a, b) =>
        a.length - b.length ||
        seats(a) - seats(b) ||
        Math.min(...a.map((t) => t.sort)) - Math.min(...b.map((t) => t.sort)),
    )
    .slice(0, MAX_COMBINATIONS)
    .map((combo) => combo.map((table) => table.id).sort(bySort(combo)));
}

function bySort(tables: Resource[]) {
  const order = new Map(tables.map((table) => [table.id, table.sort]));
  return (a: string, b: string) => order.get(a)! - order.get(b)! || a.localeCompare(b);
}

function seats(tables: readonly Resource[]): number {
  return tables.reduce((sum, table) => sum + table.maxParty, 0);
}

function isMinimalFit(tables: Resource[], partySize: number): boolean {
  const total = seats(tables);
  if (total < partySize) return false;
  return tables.every((table) => total - table.maxParty < partySize);
}

/** The wall-clock slot starts within a span: the first grid step at or after its start. */
function slotStartsIn(span: Span, slotMinutes: number, timeZone: string): number[] {
  const slotMs = slotMinutes * MINUTE_MS;
  let start = slotStartOf(span.start, slotMinutes, timeZone);
  if (start < span.start) start += slotMs;
  const starts: number[] = [];
  for (; start < span.end; start += slotMs) starts.push(start);
  return starts;
}

/**
 * The slots of one business date for a request, oldest first, each with the free resource sets
 * that can take it (a slot nobody can take is left out). `closed` when the shop is not open that
 * day at all.
 */
export function dayAvailability(input: AvailabilityInput): DayAvailability {
  const { date, ctx, request, now, audience } = input;
  const { settings } = ctx;
  const { timeZone } = ctx.profile;
  const shopPeriods = openPeriods(date, ctx);
  if (shopPeriods.length === 0) return { closed: true, slots: [] };

  if (audience === 'customer') {
    const today = businessDate(now, timeZone, cutoffMinutesOf(ctx));
    if (date > addCalendarDays(today, settings.maxDaysAhead)) return { closed: false, slots: [] };
  }
  const earliest = audience === 'customer' ? now + settings.leadMinutes * MINUTE_MS : -Infinity;
  const durationMs = durationFor(settings, request, ctx.services) * MINUTE_MS;
  const bufferAfterMin = bufferFor(request, ctx.services);
  const partySize = requestParty(request);
  const serviceId = request.kind === 'service' ? request.serviceId : null;
  const resources = candidateResources(ctx, request);
  const load = new ResourceLoad(ctx.bookings, ctx.busyBlocks);
  const pacingBookings = ctx.bookings.filter(holds).sort((a, b) => a.startsAt - b.startsAt);

  // Each resource's own open periods: staff keep their working hours, tables the shop's.
  const periodsOf = new Map<string, Span[]>();
  for (const resource of resources) {
    periodsOf.set(
      resource.id,
      resource.workingHours ? openPeriods(date, ctx, resource) : shopPeriods,
    );
  }
  const starts = new Set<number>();
  for (const span of shopPeriods) {
    for (const start of slotStartsIn(span, settings.slotMinutes, timeZone)) starts.add(start);
  }

  const slots: Slot[] = [];
  for (const startsAt of [...starts].sort((a, b) => a - b)) {
    if (startsAt < earliest) continue;
    const endsAt = startsAt + durationMs;
    const window = { start: startsAt, end: startsAt + settings.slotMinutes * MINUTE_MS };
    if (!withinPacing(settings, countIn(pacingBookings, window), partySize)) continue;
    const candidate: Candidate = { startsAt, endsAt, bufferAfterMin, partySize, serviceId };
    const free = resources.filter(
      (resource) =>
        fitsIn(periodsOf.get(resource.id)!, startsAt, endsAt) &&
        load.isFree(resource.id, candidate, ctx.services),
    );
    if (free.length === 0) continue;
    const resourceSets =
      request.kind === 'party' ? tableSets(free, partySize) : free.map((resource) => [resource.id]);
    if (resourceSets.length > 0) slots.push({ startsAt, endsAt, resourceSets });
  }
  return { closed: false, slots };
}

function countIn(sortedBookings: readonly Booking[], window: Span) {
  let bookings = 0;
  let covers = 0;
  let lo = 0;
  let hi = sortedBookings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedBookings[mid]!.startsAt < window.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sortedBookings.length && sortedBookings[i]!.startsAt < window.end; i += 1) {
    bookings += 1;
    covers += sortedBookings[i]!.partySize;
  }
  return { bookings, covers };
}

/** Whether [start, end) lies within one of the spans. */
export function fitsIn(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => start >= span.start && end <= span.end);
}

/**
 * The open periods around an instant's business date (the day before too: its late hours may
 * run into this one), for checking a booking that does not come from a slot list.
 */
export function openPeriodsAround(
  epochMs: number,
  ctx: Pick<BookingContext, 'profile' | 'exceptions'>,
  resource?: Pick<Resource, 'workingHours'> | null,
): Span[] {
  const date = businessDate(epochMs, ctx.profile.timeZone, cutoffMinutesOf(ctx));
  return mergeSpans([
    ...openPeriods(addCalendarDays(date, -1), ctx, resource),
    ...openPeriods(date, ctx, resource),
  ]);
}

export interface NextFreeStartInput {
  ctx: BookingContext;
  request: AvailabilityRequest;
  /** The first start considered (inclusive). */
  after: number;
  now: number;
  audience: 'customer' | 'desk';
  /** Only a slot these very resources can take (moving a booking later on its own table). */
  resourceIds?: readonly string[];
  /** How many business days to look through (default 14). */
  days?: number;
  /** The booking being moved: it frees what it holds now. */
  exceptBookingId?: string;
}

/**
 * The next slot at or after `after` that fits the request: on the same resources when
 * `resourceIds` is given (its sets narrowed to that one), else on any. Null within `days`.
 */
export function nextFreeStart(input: NextFreeStartInput): Slot | null {
  const { request, after, now, audience } = input;
  const ctx = input.exceptBookingId
    ? { ...input.ctx, bookings: input.ctx.bookings.filter((b) => b.id !== input.exceptBookingId) }
    : input.ctx;
  const load = new ResourceLoad(ctx.bookings, ctx.busyBlocks);
  const wanted = input.resourceIds ? [...input.resourceIds].sort() : null;
  let date = businessDate(after, ctx.profile.timeZone, cutoffMinutesOf(ctx));
  // The day before may still be open after midnight.
  date = addCalendarDays(date, -1);
  const lastDate = addCalendarDays(date, (input.days ?? 14) + 1);
  for (; date <= lastDate; date = addCalendarDays(date, 1)) {
    const day = dayAvailability({ date, ctx, request, now, audience });
    for (const slot of day.slots) {
      if (slot.startsAt < after) continue;
      if (!wanted) return slot;
      const same = slot.resourceSets.find(
        (set) => set.length === wanted.length && [...set].sort().every((id, i) => id === wanted[i]),
      );
      if (same) return { ...slot, resourceSets: [same] };
      if (wanted.length > 1 && request.kind === 'party') {
        // A combination is offered only when no single table fits: check the set itself.
        const candidate: Candidate = {
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          bufferAfterMin: bufferFor(request, ctx.services),
          partySize: request.partySize,
        };
        if (wanted.every((id) => load.isFree(id, candidate, ctx.services))) {
          return { ...slot, resourceSets: [[...input.resourceIds!]] };
        }
      }
    }
  }
  return null;
}
