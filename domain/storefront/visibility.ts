/**
 * Which blocks show at a moment. A block's visibility (schema.ts) holds when every condition it
 * gives holds, judged on one day: the day the matching daypart's occurrence started when the
 * block names dayparts (Saturday 01:00 inside 夜宵 21:30–02:00 is Friday night: a weekday), else
 * the business day (with a 04:00 cut-off, Saturday 01:00 is still Friday). Unknown daypart ids (a
 * daypart since deleted) match nothing, so a block limited only to deleted dayparts never shows
 * — the pre-publish checks say so at the block.
 */
import { daypartStartDate, shopMomentAt } from '../menu/dayparts';
import type { Daypart } from '../menu/schema';
import type { ShopClock } from '../menu/shop-clock';
import { weekdayOfDate } from '../time';
import type { StorefrontData } from './page-data';
import type { Block, Visibility } from './schema';

export type Moment = Pick<StorefrontData, 'businessDate' | 'daypartsNow'>;

const isWeekend = (date: string) => weekdayOfDate(date) >= 6;

/** The day the rule is judged on, or null when it names dayparts and none of them is now. */
function dayOfRule(visibility: Visibility, moment: Moment): string | null {
  if (visibility.dayparts.length === 0) return moment.businessDate;
  const now = moment.daypartsNow.find((daypart) => visibility.dayparts.includes(daypart.id));
  return now ? now.startDate : null;
}

export function isVisibleAt(visibility: Visibility, moment: Moment): boolean {
  const day = dayOfRule(visibility, moment);
  if (day === null) return false;
  if (visibility.days === 'weekdays' && isWeekend(day)) return false;
  if (visibility.days === 'weekends' && !isWeekend(day)) return false;
  if (visibility.from !== null && day < visibility.from) return false;
  if (visibility.until !== null && day > visibility.until) return false;
  return true;
}

/** The blocks that show at the moment, in the document's order. */
export function visibleBlocks<B extends Pick<Block, 'visibility'>>(
  blocks: readonly B[],
  moment: Moment,
): B[] {
  return blocks.filter((block) => isVisibleAt(block.visibility, moment));
}

/** Whether a block has any condition at all (the editor marks such blocks). */
export function isAlwaysVisible(visibility: Visibility): boolean {
  return (
    visibility.dayparts.length === 0 &&
    visibility.days === 'all' &&
    visibility.from === null &&
    visibility.until === null
  );
}

/**
 * The moment as visibility rules read it, from the menu's dayparts: the business date and the
 * dayparts whose time contains the moment, each with the date its occurrence started.
 */
export function storefrontMoment(
  dayparts: readonly Pick<Daypart, 'id' | 'start' | 'end'>[],
  at: number,
  clock: ShopClock,
): Moment {
  const moment = shopMomentAt(at, clock);
  const daypartsNow: Moment['daypartsNow'] = [];
  for (const daypart of dayparts) {
    const startDate = daypartStartDate(daypart, moment);
    if (startDate !== null) daypartsNow.push({ id: daypart.id, startDate });
  }
  return { businessDate: moment.businessDate, daypartsNow };
}
