/**
 * Issue 3: time to first render of the menu page with 5,000 items, beside the dashboard of the
 * same shop as the baseline, alternating page loads in one browser context. Runs against the web
 * build (dist-web) with service workers blocked, as the desktop app has none.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import zhCommon from '../../renderer/src/i18n/locales/zh-CN/common';
import { timeFirstRender, xpathText, type RenderProbe } from '../lib/first-render';
import { webBuildDir } from '../lib/harness';
import { callBench } from '../lib/page-call';
import { compared, measured } from '../lib/stats';
import type { Suite } from '../lib/types';

const SUITE = 'menu-render';
const ITEMS = 5_000;
const SHOP_NAME = '老王黄焖鸡';

const suite: Suite = {
  name: SUITE,
  issue: 3,
  description: 'time to first render of the menu page with 5,000 items vs the dashboard',
  async run(ctx) {
    if (!existsSync(resolve(webBuildDir, 'index.html'))) {
      return { rows: [], notes: [], skipped: 'no web build (dist-web); run `npm run build:web`' };
    }
    const seedPage = await ctx.benchPage();
    ctx.log(`seeding a shop with ${ITEMS} items`);
    const seed = await callBench(seedPage, 'seedMenu', { items: ITEMS });
    const context = seedPage.context();
    const notBuilt = zhCommon.notBuilt.title.replace('{{page}}', zhCommon.nav.menu);
    const menu: RenderProbe = {
      xpath: `//main//*[contains(text(), ${xpathText(seed.firstItemNames[0]!)})]`,
      otherwise: `//*[contains(text(), ${xpathText(notBuilt)})]`,
    };
    const dashboard: RenderProbe = {
      xpath: `//main//h1[contains(., ${xpathText(zhCommon.dashboard.welcome.replace('{{name}}', SHOP_NAME))})]`,
    };
    const probe = await timeFirstRender(context, `${ctx.origin}/#/menu`, menu);
    if ('other' in probe) {
      return { rows: [], notes: [], skipped: 'the web build shows the menu page as not built yet' };
    }
    const runs = ctx.quick ? 2 : 5;
    const samples = { menu: [] as number[], dashboard: [] as number[] };
    for (let i = 0; i < runs + 1; i += 1) {
      const order =
        i % 2 === 0 ? (['menu', 'dashboard'] as const) : (['dashboard', 'menu'] as const);
      for (const page of order) {
        const outcome = await timeFirstRender(
          context,
          `${ctx.origin}/#/${page}`,
          page === 'menu' ? menu : dashboard,
        );
        if ('ms' in outcome && i > 0) samples[page].push(outcome.ms);
      }
    }
    return {
      rows: [
        compared(
          SUITE,
          `first render, ${ITEMS.toLocaleString('en')} items`,
          measured('menu page: first item visible', samples.menu),
          measured('dashboard: heading visible', samples.dashboard),
        ),
      ],
      notes: [
        'Each load is a new page (a new document) on the same origin and IndexedDB, timed in the ' +
          'page from navigation start to the first animation frame where the element is laid out; ' +
          'the first pair of loads is discarded as warm-up. The ratio is what 5,000 items add ' +
          'to booting the console.',
      ],
    };
  },
};

export default suite;
