/**
 * Issue 13: the front desk's day view of a busy shop (40 tables, 2,000 bookings in the week, 36,000
 * in the year in the store). Switching the day (the toolbar's next/previous day): time from the
 * click to the new day's blocks all drawn, and the longest main-thread task meanwhile; and the
 * store's read of one day's bookings (the `days` index the calendar reads) beside a raw Dexie range
 * query on `startsAt` over the same business day, interleaved in one run. Runs against the web
 * build (dist-web).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { addCalendarDays } from '../../domain/time';
import { webBuildDir } from '../lib/harness';
import { callBench } from '../lib/page-call';
import { compared, diagnostic, measured } from '../lib/stats';
import type { Suite } from '../lib/types';

const SUITE = 'bookings-calendar';
const RESOURCES = 40;
const WEEK = 2_000;
const YEAR = 36_000;

/**
 * The page's side of one switch, as source text: tsx would wrap a function's named helpers in a
 * __name() the page lacks. Clicks the toolbar's button and waits for the frame where the new
 * day's grid holds all its blocks; long tasks meanwhile from a PerformanceObserver.
 */
function switchDay(label: string, target: string, blocks: number): string {
  return `(async () => {
    const tasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const button = [...document.querySelectorAll('button')].find(
      (b) => (b.textContent || '').trim() === ${JSON.stringify(label)},
    );
    if (!button) throw new Error('no button ' + ${JSON.stringify(label)});
    const started = performance.now();
    button.click();
    const ms = await new Promise((done) => {
      const check = () => {
        const grid = document.querySelector('[data-date="${target}"]');
        if (grid && grid.querySelectorAll('[role="button"]').length >= ${blocks})
          done(performance.now() - started);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await new Promise((r) => setTimeout(r, 200));
    observer.disconnect();
    return { ms, longestTask: Math.max(0, ...tasks) };
  })()`;
}

const suite: Suite = {
  name: SUITE,
  issue: 13,
  description: 'day view switch with 40 tables and 36,000 bookings; a day’s read vs a raw range',
  async run(ctx) {
    if (!existsSync(resolve(webBuildDir, 'index.html'))) {
      return { rows: [], notes: [], skipped: 'no web build (dist-web); run `npm run build:web`' };
    }
    const seedPage = await ctx.benchPage();
    ctx.log(`seeding ${RESOURCES} tables and ${YEAR} bookings (${WEEK} this week)`);
    const seed = await callBench(seedPage, 'seedBookings', {
      resources: RESOURCES,
      weekBookings: WEEK,
      yearBookings: YEAR,
    });
    const week = Object.keys(seed.perDay).sort();
    const query = await callBench(seedPage, 'bookingsDayQuery', {
      vendorId: seed.vendorId,
      dates: week,
      runs: ctx.quick ? 20 : 200,
      warmup: 10,
    });

    const page = await seedPage.context().newPage();
    await page.goto(`${ctx.origin}/#/bookings`);
    await page.waitForSelector(`[data-date="${seed.today}"] [role="button"]`, { timeout: 120_000 });
    const switches = ctx.quick ? 4 : 20;
    const drawn: number[] = [];
    const longest: number[] = [];
    let date = seed.today;
    for (let i = 0; i < switches + 2; i += 1) {
      // Forth and back around today, inside the busy week.
      const forward = i % 2 === 0;
      const next = addCalendarDays(date, forward ? 1 : -1);
      const outcome = (await page.evaluate(
        switchDay(forward ? '后一天' : '前一天', next, seed.perDay[next] ?? 0),
      )) as { ms: number; longestTask: number };
      if (i >= 2) {
        drawn.push(outcome.ms);
        longest.push(outcome.longestTask);
      }
      date = next;
    }
    await page.close();
    const perDay = seed.perDay[seed.today] ?? 0;
    return {
      rows: [
        diagnostic(
          SUITE,
          `day view switch, ${RESOURCES} tables, ~${perDay} bookings a day`,
          measured('click → the new day’s blocks all drawn', drawn),
          { bookingsPerDay: perDay, storeBookings: YEAR },
        ),
        diagnostic(
          SUITE,
          'day view switch: longest main-thread task',
          measured('longest task (PerformanceObserver longtask; 0 = none over 50 ms)', longest),
        ),
        compared(
          SUITE,
          `one day's bookings of ${YEAR.toLocaleString('en')} in the store`,
          measured("store: where('days').equals(date)", query.samples.daysIndex),
          measured("raw Dexie: where('startsAt').between(day)", query.samples.rawRange),
          { rowsDaysIndex: query.rows.daysIndex, rowsRawRange: query.rows.rawRange },
        ),
      ],
      notes: [
        'The shop is seeded straight into the store (no outbox): 40 tables, 2,000 bookings over ' +
          'the seven days around today, the other 34,000 spread over the rest of the year. The ' +
          'switch is timed in the page from the click on the toolbar’s next/previous day to the ' +
          'first animation frame where the new day’s grid holds all its blocks; the first two ' +
          'switches are warm-up. The raw range is what a reader without the days index would ' +
          'write; it misses bookings that began the day before.',
      ],
    };
  },
};

export default suite;
