/**
 * Text that can be stored: PostgreSQL's text and jsonb refuse NUL, and a lone UTF-16 surrogate
 * has no UTF-8 form (node-pg would silently turn it into U+FFFD). Refusing both at the zod
 * boundary gives the sender a 400 or an `invalid_args` naming the field, not a 500 from the
 * database.
 */
import { z } from 'zod';

// NUL is exactly what this pattern is for.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** A string without NUL or lone surrogates; chain .min/.max before or after as usual. */
export const storableTextSchema = z
  .string()
  .refine(isStorableText, { error: 'validation.text.unstorable' });

/** A value still to look at, and how it was reached (the path is built only for a find). */
interface Visit {
  value: unknown;
  key: string | null;
  parent: Visit | null;
  depth: number;
}

function pathOf(visit: Visit): string[] {
  const path: string[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * The path of the first unstorable string or key inside `value` (a parsed JSON value), or null
 * when every string is storable. Used on mutation arguments, whose schemas are many. Iterative,
 * because a body may nest deeper than the call stack; below MAX_DEPTH it stops looking, as no
 * argument schema nests that deep and so the schema refuses such a value anyway. Paths are not
 * copied per value: a 20,000-item import is walked in a few milliseconds, not a hundred.
 */
const MAX_DEPTH = 64;

export function findUnstorableText(value: unknown): string[] | null {
  const pending: Visit[] = [{ value, key: null, parent: null, depth: 0 }];
  for (let visit = pending.pop(); visit; visit = pending.pop()) {
    const inner = visit.value;
    if (typeof inner === 'string') {
      if (!isStorableText(inner)) return pathOf(visit);
    } else if (typeof inner === 'object' && inner !== null && visit.depth < MAX_DEPTH) {
      for (const key of Object.keys(inner)) {
        const child: Visit = {
          value: (inner as Record<string, unknown>)[key],
          key,
          parent: visit,
          depth: visit.depth + 1,
        };
        if (!isStorableText(key)) return pathOf(child);
        pending.push(child);
      }
    }
  }
  return null;
}
