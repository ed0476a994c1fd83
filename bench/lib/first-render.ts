/**
 * Time to first render of a console page: a new page (a new document, no warm React tree) opens
 * the URL, and the page itself notes performance.now() — ms since navigation start — on the first
 * animation frame where the wanted element is in the DOM with a non-zero size. Polling on frames
 * costs both pages the same ≤ 1 frame of granularity.
 */
import type { BrowserContext } from '@playwright/test';

export interface RenderProbe {
  /** XPath of the element whose appearance counts as "rendered". */
  xpath: string;
  /** XPath of an element that means the page is there but not the one we want (e.g. "not built"). */
  otherwise?: string;
}

export type RenderOutcome = { ms: number } | { other: true };

export async function timeFirstRender(
  context: BrowserContext,
  url: string,
  probe: RenderProbe,
  timeoutMs = 60_000,
): Promise<RenderOutcome> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    // No named helpers inside the page function: tsx would wrap them in a __name() the page lacks.
    const handle = await page.waitForFunction(
      (paths: string[]) => {
        for (let i = 0; i < paths.length; i += 1) {
          const node = document.evaluate(paths[i]!, document, null, 9, null).singleNodeValue;
          if (node instanceof Element && node.getBoundingClientRect().height > 0) {
            return { found: i, ms: performance.now() };
          }
        }
        return false;
      },
      probe.otherwise ? [probe.xpath, probe.otherwise] : [probe.xpath],
      { polling: 'raf', timeout: timeoutMs },
    );
    const { found, ms } = (await handle.jsonValue()) as { found: number; ms: number };
    return found === 0 ? { ms } : { other: true };
  } finally {
    await page.close();
  }
}

/** An XPath string literal for any text (XPath 1.0 has no escapes; concat() joins the pieces). */
export function xpathText(text: string): string {
  if (!text.includes('"')) return `"${text}"`;
  return `concat(${text
    .split('"')
    .map((part) => `"${part}"`)
    .join(", '\"', ")})`;
}
