/**
 * The calendars panel's changes, through the mutation layer (which asks a manager's approval
 * when the member at the desk lacks bookings.settings). An imported file replaces what the last
 * file imported for the same purpose wrote: the shop's closed days have one calendar id, each
 * staff member's busy times another, both derived so every desk uses the same.
 */
import {
  calendarImportArgs,
  type CalendarEvent,
  type IcalError,
  type ImportTarget,
} from '@domain/bookings/ical/import';
import { importCalendar, putCalendarSubscription } from '@domain/bookings/mutations';
import type { CalendarSubscription } from '@domain/bookings/schema';
import { derivedId, newId } from '@domain/ids';
import { mutate } from '../../../db/mutate';
import type { VendorDb } from '../../../db/vendor-db';

/** The calendar id a file import writes under: one for closed days, one per staff member. */
export function fileCalendarId(vendorId: string, target: ImportTarget): string {
  return target.kind === 'closedDays'
    ? derivedId(vendorId, 'ics.closedDays')
    : derivedId(target.resourceId, 'ics.busy');
}

/** The change's arguments for a parsed file, against what the store holds from the last import. */
export async function fileImportArgs(
  db: VendorDb,
  vendorId: string,
  target: ImportTarget,
  events: CalendarEvent[],
  now = Date.now(),
) {
  const calendarId = fileCalendarId(vendorId, target);
  const [exceptionIds, blockIds] = await Promise.all([
    db.bookingException.where('calendarId').equals(calendarId).primaryKeys(),
    db.busyBlock.where('calendarId').equals(calendarId).primaryKeys(),
  ]);
  return calendarImportArgs({
    calendarId,
    events,
    target,
    existing: { exceptionIds, blockIds },
    now,
  });
}

export async function importFile(
  db: VendorDb,
  vendorId: string,
  target: ImportTarget,
  events: CalendarEvent[],
): Promise<{ ok: true } | { ok: false; error: IcalError }> {
  const built = await fileImportArgs(db, vendorId, target, events);
  if (!built.ok) return built;
  await mutate(db, importCalendar, built.args);
  return { ok: true };
}

/** A calendar app's webcal:// link is its https:// one. */
export function subscriptionUrl(text: string): string {
  return text.trim().replace(/^webcals?:\/\//i, 'https://');
}

/** Whether a subscription URL may be saved: https only (the platform checks the rest). */
export function isSubscribableUrl(text: string): boolean {
  try {
    const url = new URL(subscriptionUrl(text));
    return url.protocol === 'https:' && !url.username && !url.password && url.hostname !== '';
  } catch {
    return false;
  }
}

export async function addSubscription(
  db: VendorDb,
  input: Pick<CalendarSubscription, 'url' | 'target' | 'label'>,
): Promise<void> {
  await mutate(db, putCalendarSubscription, {
    subscription: {
      id: newId(),
      url: subscriptionUrl(input.url),
      target: input.target,
      label: input.label.trim(),
      active: true,
      createdAt: Date.now(),
    },
  });
}

export const setSubscriptionActive = (
  db: VendorDb,
  subscription: CalendarSubscription,
  active: boolean,
) => mutate(db, putCalendarSubscription, { subscription: { ...subscription, active } });
