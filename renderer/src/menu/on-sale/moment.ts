/** A moment picked on the shop's wall clock ('YYYY-MM-DD' and 'HH:MM' in its zone) and back. */
import { parseCalendarDate, parseClock, zonedParts, zonedTimeToEpoch } from '@domain/time';

export interface WallMoment {
  date: string;
  time: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function wallMomentOf(epochMs: number, timeZone: string): WallMoment {
  const p = zonedParts(epochMs, timeZone);
  return {
    date: `${p.year}-${pad(p.month)}-${pad(p.day)}`,
    time: `${pad(p.hour)}:${pad(p.minute)}`,
  };
}

/** The instant of the wall moment in the zone; null while the inputs are incomplete. */
export function epochOfWallMoment(moment: WallMoment, timeZone: string): number | null {
  const day = parseCalendarDate(moment.date);
  const minutes = parseClock(moment.time);
  if (!day || minutes === null) return null;
  return zonedTimeToEpoch(
    { ...day, hour: Math.floor(minutes / 60), minute: minutes % 60 },
    timeZone,
  );
}
