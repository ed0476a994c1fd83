/** The two settings every "which day is it for the shop" question needs, taken from its profile. */
import { parseClock } from '../time';
import type { VendorProfile } from '../vendor';

export interface ShopClock {
  /** The vendor's IANA zone ('Asia/Shanghai'). */
  timeZone: string;
  /** When the business day rolls over, minutes after local midnight (04:00 → 240). */
  cutoffMinutes: number;
}

export function shopClockOf(
  profile: Pick<VendorProfile, 'timeZone' | 'businessDayCutoff'>,
): ShopClock {
  const cutoffMinutes = parseClock(profile.businessDayCutoff);
  if (cutoffMinutes === null)
    throw new RangeError(`bad business-day cut-off ${profile.businessDayCutoff}`);
  return { timeZone: profile.timeZone, cutoffMinutes };
}
