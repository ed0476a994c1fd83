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

/**
 * The path of the first unstorable string or key inside `value` (a parsed JSON value), or null
 * when every string is storable. Used on mutation arguments, whose schemas are many. Iterative,
 * because a body may nest deeper than the call stack; below MAX_DEPTH it stops looking, as no
 * argument schema nests that deep and so the schema refuses such a value anyway.
 */
const MAX_DEPTH = 64;

export function findUnstorableText(value: unknown): string[] | null {
  const pending: [unknown, string[]][] = [[value, []]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [inner, path] = next;
    if (typeof inner === 'string') {
      if (!isStorableText(inner)) return path;
    } else if (typeof inner === 'object' && inner !== null && path.length < MAX_DEPTH) {
      for (const [key, child] of Object.entries(inner)) {
        if (!isStorableText(key)) return [...path, key];
        pending.push([child, [...path, key]]);
      }
    }
  }
  return null;
}
