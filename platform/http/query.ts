/**
 * One reading of a query string for the whole platform: the routes see it, the token is taken
 * from it and the logs redact by it. Reading it twice two ways is how `?%74oken=` once passed
 * the redaction (the log matched the raw text, the router the decoded name).
 */
import { isStorableText } from '../../domain/text';

export type ParsedQuery = Record<string, string | string[]>;

/** Names whose values are credentials: never logged, whatever their case or encoding. */
const SECRET_NAMES = new Set(['token']);

export function parseQuery(search: string): ParsedQuery {
  const query: ParsedQuery = Object.create(null) as ParsedQuery;
  for (const [name, value] of new URLSearchParams(search)) {
    const previous = query[name];
    if (previous === undefined) query[name] = value;
    else query[name] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return query;
}

/** The URL as it may be logged: the path, and the parsed query with every secret value hidden. */
export function redactedUrl(url: string): string {
  const mark = url.indexOf('?');
  if (mark < 0) return url;
  const parts: string[] = [];
  for (const [name, value] of new URLSearchParams(url.slice(mark + 1))) {
    const secret = SECRET_NAMES.has(name.toLowerCase());
    const shown = secret ? '[redacted]' : isStorableText(value) ? value : '[unprintable]';
    parts.push(`${encodeURIComponent(name)}=${secret ? shown : encodeURIComponent(shown)}`);
  }
  return `${url.slice(0, mark)}?${parts.join('&')}`;
}
