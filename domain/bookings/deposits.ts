/**
 * The deposit a booking is asked for (定金): the shop's rules in order, the first that matches
 * applies. A rule matches a party of at least `minParty`, starting on one of its weekdays (the
 * shop's calendar weekday of the start; none listed: every day), within its daypart on the shop's
 * clock (`from` inclusive, `to` exclusive; a `to` at or before `from` runs past midnight; null:
 * any time), booking one of its services (none listed: any, tables included).
 */
import { isInClockRange, parseClock, zonedParts } from '../time';
import type { BookingSettings } from './schema';

export function depositFor(
  settings: Pick<BookingSettings, 'depositRules'>,
  booking: { partySize: number; startsAt: number; serviceId: string | null },
  timeZone: string,
): { ruleId: string; amountFen: number } | null {
  const local = zonedParts(booking.startsAt, timeZone);
  for (const rule of settings.depositRules) {
    if (booking.partySize < rule.minParty) continue;
    if (rule.weekdays.length > 0 && !rule.weekdays.includes(local.weekday)) continue;
    if (rule.daypart) {
      const start = parseClock(rule.daypart.from);
      const end = parseClock(rule.daypart.to);
      if (start === null || end === null) continue;
      if (!isInClockRange(local.minuteOfDay, { start, end })) continue;
    }
    if (
      rule.serviceIds.length > 0 &&
      (booking.serviceId === null || !rule.serviceIds.includes(booking.serviceId))
    ) {
      continue;
    }
    return { ruleId: rule.id, amountFen: rule.amountFen };
  }
  return null;
}
