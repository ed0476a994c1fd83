/**
 * What the pre-publish checks find in a document, as the publish dialog lists them: errors block
 * publishing, warnings are shown and may be published anyway.
 *
 * TODO(lead, on merging the checks): return `storefrontProblems(document, …)` from
 * domain/storefront/checks.ts mapped to this shape (its severity, the block it is at, and a code
 * whose words live under `storefront:versions.problems.<code>` — or pass the checks' own text
 * key through `textKey`). Until then nothing is checked and every draft may be published.
 */
import type { StorefrontDocument } from '@domain/storefront/schema';

export interface PublishProblem {
  severity: 'error' | 'warning';
  /** The block the problem is at, or null for the page (the theme). */
  blockId: string | null;
  /** The check's code, e.g. 'empty_block', 'missing_image', 'offer_ended', 'low_contrast'. */
  code: string;
  /** A full i18n key (any namespace, e.g. 'storefront:checks.emptyBlock') to word it; else the code's. */
  textKey?: string;
  params?: Record<string, string | number>;
}

export function problemsOf(_document: StorefrontDocument): PublishProblem[] {
  return [];
}

/** Whether the problems let the document be published. */
export const blocksPublishing = (problems: readonly PublishProblem[]): boolean =>
  problems.some((problem) => problem.severity === 'error');
