import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Fails on a placeholder left unfilled in the visible text ("{{found}}"), in either language, and
 * on serious or critical accessibility violations, listing them. Checks once dialogs and
 * drawers have finished animating in: mid-fade, text is paler than it will be and fails contrast.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  what: string,
  /** Only this part of the page (a drawer over a masked page: what is under the mask is dimmed). */
  include?: string,
): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getComputedTiming().endTime === Infinity,
      ),
  );
  // innerText is only what is rendered, so a key in a hidden template does not count.
  const unfilled = await page.evaluate(() =>
    document.body.innerText.split('\n').filter((line) => line.includes('{{')),
  );
  expect({ page: what, unfilled }).toEqual({ page: what, unfilled: [] });
  // A frame sandboxed without scripts (the storefront's phone preview) cannot run axe: injecting
  // it there never returns. The page it shows is checked where it is served (storefront-served).
  const builder = new AxeBuilder({ page }).exclude('iframe[sandbox=""]');
  const results = await (include ? builder.include(include) : builder).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      page: what,
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  expect(serious).toEqual([]);
}
