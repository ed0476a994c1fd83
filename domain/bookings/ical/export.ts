/**
 * The shop's bookings (and busy times) as a calendar file other apps read: a staff member's phone
 * calendar, the owner's Outlook. What a booking says there is the party size or the service and
 * the tables or staff it holds; never the guest's phone, and their name only when asked for (a
 * feed URL can be forwarded; a file the desk downloads stays in the shop). Cancelled bookings are
 * left out; a requested one is TENTATIVE.
 */
import type { Booking, BusyBlock, Resource, Service } from '../schema';
import { writeCalendar, type IcsEvent } from './writer';

export interface ExportLabels {
  /** 'Party of 4' / '4 位'. */
  party: (size: number) => string;
  /** The word before a busy time's label: 'Busy' / '忙碌'. */
  busy: string;
  /** The calendar's name in the reader's list. */
  calendarName: string;
}

export interface BookingsCalendarInput {
  timeZone: string;
  now: number;
  bookings: readonly Booking[];
  busyBlocks: readonly BusyBlock[];
  resources: readonly Resource[];
  services: readonly Service[];
  /** Which name of a service to write. */
  lang: 'zh' | 'en';
  labels: ExportLabels;
  /** Guests' names by customer id, when they should show; null leaves every name out. */
  customerNames?: ReadonlyMap<string, string> | null;
}

/** The events a calendar file holds for these bookings and blocks, oldest first. */
export function bookingEvents(input: BookingsCalendarInput): IcsEvent[] {
  const resources = new Map(input.resources.map((resource) => [resource.id, resource.name]));
  const services = new Map(input.services.map((service) => [service.id, service.name]));
  const events: IcsEvent[] = [];
  for (const booking of input.bookings) {
    if (booking.status === 'cancelled') continue;
    const service = booking.serviceId ? services.get(booking.serviceId) : undefined;
    const what = service ? (input.lang === 'en' && service.en ? service.en : service.zh) : null;
    const guest = booking.customerId ? input.customerNames?.get(booking.customerId)?.trim() : '';
    const parts = [
      guest,
      what,
      !what || booking.partySize > 1 ? input.labels.party(booking.partySize) : null,
      booking.resourceIds
        .map((id) => resources.get(id))
        .filter(Boolean)
        .join(', '),
    ].filter((part): part is string => Boolean(part));
    events.push({
      uid: booking.id,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      summary: parts.join(' · '),
      status: booking.status === 'requested' ? 'TENTATIVE' : 'CONFIRMED',
    });
  }
  for (const block of input.busyBlocks) {
    const parts = [
      block.label ? `${input.labels.busy}: ${block.label}` : input.labels.busy,
      resources.get(block.resourceId),
    ].filter((part): part is string => Boolean(part));
    events.push({
      uid: block.id,
      startsAt: block.startsAt,
      endsAt: block.endsAt,
      summary: parts.join(' · '),
    });
  }
  return events.sort((a, b) => a.startsAt - b.startsAt || (a.uid < b.uid ? -1 : 1));
}

/** The whole .ics text for these bookings and blocks, in the shop's zone with its VTIMEZONE. */
export function bookingsCalendar(input: BookingsCalendarInput): string {
  return writeCalendar({
    timeZone: input.timeZone,
    name: input.labels.calendarName,
    now: input.now,
    events: bookingEvents(input),
  });
}

/** The labels a feed writes when no one's language is known: the shop's own, Chinese. */
export const zhExportLabels = (calendarName: string): ExportLabels => ({
  party: (size) => `${size} 位`,
  busy: '忙碌',
  calendarName,
});

export const enExportLabels = (calendarName: string): ExportLabels => ({
  party: (size) => `Party of ${size}`,
  busy: 'Busy',
  calendarName,
});
