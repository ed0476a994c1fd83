/**
 * Money is an integer number of fen (1/100 yuan) with its currency, never a float. Parsing reads
 * the digit strings and scaling uses BigInt, so no amount ever passes through binary fractions.
 */
import { z } from 'zod';

/** The largest amount a shop can enter: ¥99,999,999.99. */
export const MAX_FEN = 9_999_999_999;

/** Currencies we support; each has exactly two minor digits, so one minor unit is one "fen". */
export const SUPPORTED_CURRENCIES = ['CNY', 'HKD', 'USD'] as const;
export const currencySchema = z.enum(SUPPORTED_CURRENCIES).default('CNY');
export type Currency = (typeof SUPPORTED_CURRENCIES)[number];

/** A stored amount: whole fen, zero or more, at most MAX_FEN. */
export const fenSchema = z.number().int().min(0).max(MAX_FEN);
/** A signed amount (a refund, an adjustment, a ledger delta). */
export const signedFenSchema = z.number().int().min(-MAX_FEN).max(MAX_FEN);

export type MoneyParseError =
  'empty' | 'not_a_number' | 'too_many_decimals' | 'negative' | 'too_large';
export type MoneyParseResult = { ok: true; fen: number } | { ok: false; error: MoneyParseError };

/** The i18n key of a parse error's message (translations live in the renderer's resources). */
export function moneyParseErrorKey(error: MoneyParseError): string {
  return `validation.money.${error}`;
}

// Full-width forms come from Chinese IMEs; '。' is what the '.' key types in Chinese mode.
const HALF_WIDTH: Record<string, string> = {
  '．': '.',
  '。': '.',
  '，': ',',
  '－': '-',
  '−': '-',
  '＋': '+',
  '￥': '¥',
};

function toHalfWidth(input: string): string {
  return input.replace(/[０-９．。，－−＋￥]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xfee0) : HALF_WIDTH[ch]!;
  });
}

// sign, currency symbol, sign (either side of ¥), integer part (plain or grouped by 3), fraction.
const AMOUNT =
  /^(?<sign1>[-+]?)\s*¥?\s*(?<sign2>[-+]?)(?<int>[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+|)(?:\.(?<frac>[0-9]*))?$/;

/**
 * Parses an amount typed in yuan ("12.5", "１２．５", "¥1,234.50") into whole fen, reading the
 * integer and fraction digits as strings. Negative amounts need `allowNegative`; the absolute
 * value must not exceed `maxFen` (default MAX_FEN).
 */
export function parseYuanToFen(
  input: string,
  options: { allowNegative?: boolean; maxFen?: number } = {},
): MoneyParseResult {
  const maxFen = options.maxFen ?? MAX_FEN;
  if (!Number.isSafeInteger(maxFen) || maxFen < 0) throw new RangeError(`bad maxFen ${maxFen}`);
  const text = toHalfWidth(input).trim();
  if (text === '' || text === '¥') return { ok: false, error: 'empty' };
  const groups = AMOUNT.exec(text)?.groups;
  if (!groups) return { ok: false, error: 'not_a_number' };
  const { sign1 = '', sign2 = '', int = '', frac } = groups;
  if ((sign1 && sign2) || (int === '' && !frac)) return { ok: false, error: 'not_a_number' };
  if (frac !== undefined && frac.length > 2) return { ok: false, error: 'too_many_decimals' };
  const absFen =
    BigInt(int.replaceAll(',', '') || '0') * 100n + BigInt((frac ?? '').padEnd(2, '0'));
  const negative = (sign1 || sign2) === '-' && absFen !== 0n;
  if (negative && !options.allowNegative) return { ok: false, error: 'negative' };
  if (absFen > BigInt(maxFen)) return { ok: false, error: 'too_large' };
  return { ok: true, fen: negative ? -Number(absFen) : Number(absFen) };
}

function assertFen(fen: number, what = 'fen'): void {
  if (!Number.isSafeInteger(fen))
    throw new RangeError(`${what} must be a safe integer, got ${fen}`);
}

/** The amount in yuan as an input box shows it: "1234.50", "0.01", "-3.00" (no grouping). */
export function fenToYuanInput(fen: number): string {
  assertFen(fen);
  const digits = String(Math.abs(fen)).padStart(3, '0');
  return `${fen < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

const currencyFormats = new Map<string, Intl.NumberFormat>();

function currencyFormat(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}\u0000${currency}`;
  let format = currencyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    // fen are hundredths; a currency with other minor units (JPY, KWD) would be misread.
    if (format.resolvedOptions().maximumFractionDigits !== 2) {
      throw new RangeError(`${currency} does not have two minor digits`);
    }
    currencyFormats.set(key, format);
  }
  return format;
}

/** Formats fen for display with Intl.NumberFormat: ¥1,234.50 (zh-CN), CN¥1,234.50 (en). */
export function formatFen(
  fen: number,
  options: { currency?: string; locale?: string } = {},
): string {
  const format = currencyFormat(options.currency ?? 'CNY', options.locale ?? 'zh-CN');
  // A decimal string is formatted exactly (Intl.NumberFormat v3), never via fen / 100.
  return format.format(fenToYuanInput(fen) as Intl.StringNumericLiteral);
}

/** Adds two amounts; throws only if the result is no longer an exact integer. */
export function addFen(fen: number, deltaFen: number): number {
  assertFen(fen);
  assertFen(deltaFen, 'deltaFen');
  const sumFen = fen + deltaFen;
  assertFen(sumFen, 'the sum');
  return sumFen;
}

/** A finite number as an exact decimal: digits × 10^-scale, from its shortest round-trip string. */
function toExactDecimal(value: number): { digits: bigint; scale: number } {
  const match = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:e([-+][0-9]+))?$/.exec(String(value));
  if (!match) throw new RangeError(`not a finite number: ${value}`);
  const [, sign, int, frac = '', exp = '0'] = match;
  const scale = frac.length - Number(exp);
  let digits = BigInt(`${sign}${int}${frac}`);
  if (scale < 0) digits *= 10n ** BigInt(-scale);
  return { digits, scale: Math.max(scale, 0) };
}

/**
 * Applies a percent change (+10, -15.5) and rounds half away from zero to whole fen, in exact
 * decimal arithmetic: 1005 fen +10% is 1106 (1105.5 rounded), 2000 fen +10% is exactly 2200.
 * The result is not clamped; callers validate it.
 */
export function scaleFen(fen: number, percent: number): number {
  assertFen(fen);
  const { digits, scale } = toExactDecimal(percent);
  const denominator = 100n * 10n ** BigInt(scale);
  const numerator = BigInt(fen) * (denominator + digits);
  const magnitude = numerator < 0n ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  const scaledFen = Number(numerator < 0n ? -rounded : rounded);
  assertFen(scaledFen, 'the scaled amount');
  return scaledFen;
}
