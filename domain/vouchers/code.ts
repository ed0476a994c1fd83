/**
 * Voucher codes (券码): 12 digits, 11 random ones and a Damm check digit, as the big local-life
 * platforms print them. The check digit catches every single wrong digit and every swap of two
 * neighbouring digits (Damm's quasigroup is weakly totally anti-symmetric), so a desk can tell a
 * mistyped code as it is typed, before any look-up.
 */
import { derivedId } from '../ids';

/** Digits in a voucher code, the check digit included. */
export const VOUCHER_CODE_LENGTH = 12;

// Damm's table: row = interim digit, column = next digit. Every row and column is a permutation
// of 0..9 and the diagonal is 0, which is what makes a valid code end on interim 0.
const DAMM_TABLE: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/** The table itself, for the test that proves its anti-symmetry over every digit triple. */
export const dammTable = DAMM_TABLE;

function dammInterim(digits: string): number {
  let interim = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = digits.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) throw new RangeError(`not a digit in ${JSON.stringify(digits)}`);
    interim = DAMM_TABLE[interim]![digit]!;
  }
  return interim;
}

/** The Damm check digit ('0'..'9') for a string of ASCII digits; throws on anything else. */
export function dammCheckDigit(digits: string): string {
  return String(dammInterim(digits));
}

/** Whether the text is exactly 12 ASCII digits whose last one is the Damm check of the rest. */
export function isValidVoucherCode(text: string): boolean {
  return /^\d{12}$/.test(text) && dammInterim(text) === 0;
}

// Spaces of any width and the dashes people and input methods put between digit groups.
const SEPARATORS = /[\s\-_\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\uFF3F]/g;
// Full-width digits ０..９, which a Chinese input method types in its full-width mode.
const FULL_WIDTH_DIGITS = /[\uFF10-\uFF19]/g;

/**
 * What is left of typed or scanned text once separators are dropped and full-width digits are
 * ASCII: '１２３４-5678 9012' → '123456789012'. Other characters stay, so a caller can tell a
 * letter from a missing digit.
 */
export function stripVoucherCodeSeparators(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGITS, (digit) => String(digit.charCodeAt(0) - 0xff10))
    .replace(SEPARATORS, '');
}

/**
 * The 12 ASCII digits of a code as typed, scanned or pasted ('1234 5678 9012', '1234-5678-9012',
 * full-width digits), or null when that is not 12 digits. The check digit is not checked here:
 * isValidVoucherCode or voucherCodeInputState do that.
 */
export function normalizeVoucherCode(text: string): string | null {
  const digits = stripVoucherCodeSeparators(text);
  return /^\d{12}$/.test(digits) ? digits : null;
}

/** A code for people to read: three groups of four, '1234 5678 9012'. Other text is returned as is. */
export function formatVoucherCode(code: string): string {
  const digits = normalizeVoucherCode(code);
  if (digits === null) return code;
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
}

/**
 * Where a code being typed stands, for the desk's input as each key arrives: 'incomplete' (fewer
 * than 12 digits, including nothing yet), 'valid', 'bad_check_digit' (12 digits that cannot be a
 * voucher: a digit is wrong or two are swapped), 'too_long', or 'not_digits' (a letter or sign
 * other than spaces and dashes).
 */
export type VoucherCodeInputState =
  'incomplete' | 'valid' | 'bad_check_digit' | 'too_long' | 'not_digits';

export function voucherCodeInputState(text: string): VoucherCodeInputState {
  const digits = stripVoucherCodeSeparators(text);
  if (!/^\d*$/.test(digits)) return 'not_digits';
  if (digits.length < VOUCHER_CODE_LENGTH) return 'incomplete';
  if (digits.length > VOUCHER_CODE_LENGTH) return 'too_long';
  return dammInterim(digits) === 0 ? 'valid' : 'bad_check_digit';
}

/** Fills the array with random bytes and returns it, as crypto.getRandomValues does. */
export type RandomSource = (bytes: Uint8Array) => Uint8Array;

const cryptoRandom: RandomSource = (bytes) => globalThis.crypto.getRandomValues(bytes);

/** `count` uniformly random digits: bytes of 250 and more are thrown away, so no digit is likelier. */
function randomDigits(count: number, random: RandomSource): string {
  let digits = '';
  const bytes = new Uint8Array(count + 8);
  for (let round = 0; digits.length < count; round += 1) {
    if (round > 100) throw new Error('the random source gives no usable bytes');
    random(bytes);
    for (const byte of bytes) {
      if (byte < 250 && digits.length < count) digits += String(byte % 10);
    }
  }
  return digits;
}

/**
 * How many slips turn one code into another of the same length: a slip is one wrong digit or one
 * swap of two neighbouring digits (the optimal-string-alignment distance without insertions).
 */
export function slipDistance(a: string, b: string): number {
  if (a.length !== b.length) throw new RangeError('codes of different lengths');
  let beforeLast = 0;
  let last = 0;
  for (let i = 0; i < a.length; i += 1) {
    let here = last + (a[i] === b[i] ? 0 : 1);
    if (i > 0 && a[i] !== b[i] && a[i - 1] === b[i] && a[i] === b[i - 1]) {
      here = Math.min(here, beforeLast + 1);
    }
    beforeLast = last;
    last = here;
  }
  return last;
}

/** Codes of one batch are at least this many slips apart (see generateVoucherCodes). */
export const MIN_SLIPS_APART = 3;

// Two slips change at most four digits, so they leave at least two of the code's six digit pairs
// untouched: codes within two slips share two whole pairs. Indexing every pair of pairs (15 of
// them) finds the few codes worth measuring without comparing against the whole batch.
const PAIR_OF_PAIRS = Array.from({ length: 6 }, (_, p) =>
  Array.from({ length: 6 - p - 1 }, (_, k) => [p, p + k + 1] as const),
).flat();

class NearCodeIndex {
  private readonly buckets = new Map<number, string[]>();

  /** The code's 15 keys: which two pairs (0..14), then their four digits. */
  static keys(code: string): number[] {
    const pairs = Array.from({ length: 6 }, (_, p) => Number(code.slice(2 * p, 2 * p + 2)));
    return PAIR_OF_PAIRS.map(([p, q], index) => index * 10_000 + pairs[p]! * 100 + pairs[q]!);
  }

  /** Whether a code fewer than MIN_SLIPS_APART slips away (the same code included) is in. */
  hasNear(code: string, keys: readonly number[]): boolean {
    return keys.some((key) =>
      (this.buckets.get(key) ?? []).some((other) => slipDistance(code, other) < MIN_SLIPS_APART),
    );
  }

  add(code: string, keys: readonly number[]): void {
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(code);
      else this.buckets.set(key, [code]);
    }
  }
}

/**
 * `count` new voucher codes, each 11 random digits (from crypto.getRandomValues unless a test
 * passes its own source) and the Damm check digit; random, so never sequential or guessable from
 * another code.
 *
 * The batch rule: no two codes of a batch are "adjacent", and more. One slip (a wrong digit, or
 * two neighbouring digits swapped) never turns a code into any valid code at all, because the
 * check digit catches it. Two slips could land on another valid code, so within a batch every two
 * codes are at least three slips apart (MIN_SLIPS_APART): a code typed with up to two slips is
 * refused or unknown, never another customer's voucher from the same purchase or import. A
 * candidate too close to one already drawn is drawn again (rare: about one in twenty million
 * pairs). Uniqueness across batches is the platform's (its unique index); this keeps the batch
 * itself free of duplicates.
 */
export function generateVoucherCodes(count: number, random: RandomSource = cryptoRandom): string[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`bad count ${count}`);
  const codes: string[] = [];
  const index = new NearCodeIndex();
  const maxDraws = count * 10 + 100;
  for (let draws = 0; codes.length < count; draws += 1) {
    if (draws >= maxDraws) throw new Error('the random source keeps repeating itself');
    const body = randomDigits(VOUCHER_CODE_LENGTH - 1, random);
    const code = body + dammCheckDigit(body);
    const keys = NearCodeIndex.keys(code);
    if (index.hasNear(code, keys)) continue;
    index.add(code, keys);
    codes.push(code);
  }
  return codes;
}

/**
 * A voucher's id, derived from its shop and its code (unique on the platform), so a desk holding
 * only the customer's QR — a voucher bought while the desk was offline — names the very voucher
 * the platform issued, and the platform's ledger rules judge its unverified redemption like any
 * other.
 */
export function voucherIdFor(vendorId: string, code: string): string {
  return derivedId(vendorId, `voucher ${code}`);
}
