/** Typed calls from the runner into the bench page's `window.vcBench`. */
import type { Page } from '@playwright/test';
import type { BenchApi } from '../browser/api';

export async function callBench<Name extends keyof BenchApi>(
  page: Page,
  name: Name,
  ...args: Parameters<BenchApi[Name]>
): Promise<Awaited<ReturnType<BenchApi[Name]>>> {
  return page.evaluate(
    ([fn, fnArgs]) => {
      const api = window.vcBench;
      if (!api) throw new Error('the bench page did not load (window.vcBench is missing)');
      // The tuple type is checked at the call site above; inside the page it is just data.
      return (api[fn] as (...a: unknown[]) => unknown)(...fnArgs);
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<BenchApi[Name]>>>;
}
