/**
 * Times in the shop's zone for the versions screens: a moment shown as the shop's wall clock, and
 * the date and time a schedule's fields name read in the shop's zone (not the computer's).
 */
import { zonedParts, zonedTimeToEpoch } from '@domain/time';

/** A moment as the shop's wall clock reads it, in the console's language. */
export function formatShopTime(epochMs: number, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(epochMs);
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The instant a wall time happens in the shop's zone; null for an impossible one. */
export function shopWallTimeToEpoch(wall: WallTime, timeZone: string): number | null {
  try {
    return zonedTimeToEpoch(wall, timeZone);
  } catch {
    return null;
  }
}

/** The shop's wall clock at an instant, minute precision. */
export function shopWallTime(epochMs: number, timeZone: string): WallTime {
  const { year, month, day, hour, minute } = zonedParts(epochMs, timeZone);
  return { year, month, day, hour, minute };
}

/** The shop's calendar date at an instant, 'YYYY-MM-DD'. */
export function shopDate(epochMs: number, timeZone: string): string {
  const { year, month, day } = zonedParts(epochMs, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
