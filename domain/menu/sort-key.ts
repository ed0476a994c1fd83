/**
 * Fractional indexing for user-ordered lists (categories, items in a category, dayparts, tags).
 * A key is a base-36 fraction written without "0." and without trailing zeros; moving a record
 * between two neighbours writes one new key, so a drag never rewrites the whole list and two
 * devices reordering different records do not conflict.
 */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;

function digitAt(key: string, index: number): number {
  const char = key[index];
  return char === undefined ? 0 : DIGITS.indexOf(char);
}

/** A key strictly between a and b; b === null means "after everything". */
function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let common = 0;
    while (common < b.length && (a[common] ?? '0') === b[common]) common += 1;
    if (common > 0) return b.slice(0, common) + midpoint(a.slice(common), b.slice(common));
  }
  const low = digitAt(a, 0);
  const high = b === null ? BASE : digitAt(b, 0);
  if (high - low > 1) return DIGITS[Math.round((low + high) / 2)]!;
  // Neighbouring first digits: b's first digit alone still sorts below b when b goes on.
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return DIGITS[low]! + midpoint(a.slice(1), null);
}

function assertKey(key: string | null): void {
  if (key !== null && !/^[0-9a-z]*[1-9a-z]$/.test(key))
    throw new RangeError(`bad sort key "${key}"`);
}

/** Compares two sort keys the way the store does (code-unit order). */
export function compareSortKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A key after `before` and before `after` (null: the start or end of the list). */
export function keyBetween(before: string | null, after: string | null): string {
  assertKey(before);
  assertKey(after);
  if (before !== null && after !== null && before >= after) {
    throw new RangeError(`sort keys out of order: "${before}" >= "${after}"`);
  }
  return midpoint(before ?? '', after);
}

/**
 * `count` ascending keys between two neighbours, spread evenly so an import of 10,000 rows gets
 * short keys (bisecting, not appending one after another).
 */
export function keysBetween(before: string | null, after: string | null, count: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return [keyBetween(before, after)];
  const middleIndex = Math.floor(count / 2);
  const middle = keyBetween(before, after);
  return [
    ...keysBetween(before, middle, middleIndex),
    middle,
    ...keysBetween(middle, after, count - middleIndex - 1),
  ];
}

/** The key that puts a record at `index` of an already sorted list of keys (without the record). */
export function keyForIndex(sortedKeys: readonly string[], index: number): string {
  const clamped = Math.max(0, Math.min(index, sortedKeys.length));
  return keyBetween(sortedKeys[clamped - 1] ?? null, sortedKeys[clamped] ?? null);
}
