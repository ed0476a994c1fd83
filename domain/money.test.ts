import { describe, expect, it } from 'vitest';
import {
  MAX_FEN,
  addFen,
  currencySchema,
  fenSchema,
  fenToYuanInput,
  formatFen,
  moneyParseErrorKey,
  parseYuanToFen,
  scaleFen,
  signedFenSchema,
} from './money';

const fen = (input: string, options?: Parameters<typeof parseYuanToFen>[1]) => {
  const result = parseYuanToFen(input, options);
  return result.ok ? result.fen : result.error;
};

describe('parseYuanToFen', () => {
  it.each([
    ['0.01', 1],
    ['0', 0],
    ['12', 1200],
    ['12.5', 1250],
    ['12.50', 1250],
    ['.5', 50],
    ['5.', 500],
    ['  8.8  ', 880],
    ['¥8', 800],
    ['￥ 8', 800],
    ['1,234.5', 123450],
    ['1,234,567.89', 123456789],
    ['99999999.99', 9_999_999_999],
    ['99,999,999.99', 9_999_999_999],
  ])('reads %j as %i fen', (input, expectedFen) => {
    expect(fen(input)).toBe(expectedFen);
  });

  it.each([
    ['１２', 1200],
    ['１２．５', 1250],
    ['１２。５', 1250],
    ['１，２３４．５０', 123450],
    ['\u3000１２\u3000', 1200],
  ])('reads full-width %j as %i fen', (input, expectedFen) => {
    expect(fen(input)).toBe(expectedFen);
  });

  it('takes the fraction digits as written, with no float rounding', () => {
    // 0.29 * 100 is 28.999999999999996 and 1.15 * 100 is 114.99999999999999 in binary floats.
    expect(fen('0.29')).toBe(29);
    expect(fen('1.15')).toBe(115);
    expect(fen('4.35')).toBe(435);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['¥', 'empty'],
    ['1.005', 'too_many_decimals'],
    ['1.000', 'too_many_decimals'],
    ['１．００５', 'too_many_decimals'],
    ['abc', 'not_a_number'],
    ['1e3', 'not_a_number'],
    ['1.2.3', 'not_a_number'],
    ['0x10', 'not_a_number'],
    ['Infinity', 'not_a_number'],
    ['NaN', 'not_a_number'],
    ['.', 'not_a_number'],
    ['-', 'not_a_number'],
    ['--1', 'not_a_number'],
    ['-¥-1', 'not_a_number'],
    ['12,34', 'not_a_number'],
    ['1,2345', 'not_a_number'],
    ['1 234', 'not_a_number'],
    ['٣', 'not_a_number'],
    ['-1', 'negative'],
    ['－１', 'negative'],
    ['¥-0.01', 'negative'],
    ['100000000', 'too_large'],
    ['99999999999999999999999', 'too_large'],
  ])('rejects %j as %s', (input, error) => {
    expect(fen(input)).toBe(error);
  });

  it('rejects one fen more than ¥99,999,999.99', () => {
    expect(fen('99999999.99')).toBe(MAX_FEN);
    expect(fen('100,000,000.00')).toBe('too_large');
    expect(fen('100000000.01')).toBe('too_large');
  });

  it('reads negative amounts only when allowed, bounded by maxFen on both sides', () => {
    expect(fen('-1', { allowNegative: true })).toBe(-100);
    expect(fen('-¥3.5', { allowNegative: true })).toBe(-350);
    expect(fen('¥-3.5', { allowNegative: true })).toBe(-350);
    expect(fen('-99999999.99', { allowNegative: true })).toBe(-MAX_FEN);
    expect(fen('-100000000', { allowNegative: true })).toBe('too_large');
    expect(Object.is(fen('-0'), 0)).toBe(true);
  });

  it('honours a smaller maxFen', () => {
    expect(fen('100', { maxFen: 10_000 })).toBe(10_000);
    expect(fen('100.01', { maxFen: 10_000 })).toBe('too_large');
    expect(() => parseYuanToFen('1', { maxFen: 1.5 })).toThrow(RangeError);
  });
});

describe('formatFen', () => {
  it('formats zh-CN CNY by default', () => {
    expect(formatFen(123450)).toBe('¥1,234.50');
    expect(formatFen(1)).toBe('¥0.01');
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(MAX_FEN)).toBe('¥99,999,999.99');
    expect(formatFen(-300)).toBe('-¥3.00');
  });

  it('formats in English and other supported currencies', () => {
    expect(formatFen(123450, { locale: 'en' })).toBe('CN¥1,234.50');
    expect(formatFen(123450, { locale: 'en', currency: 'USD' })).toBe('$1,234.50');
    expect(formatFen(123450, { locale: 'zh-CN', currency: 'HKD' })).toBe('HK$1,234.50');
  });

  it('formats the largest safe amount exactly', () => {
    expect(formatFen(Number.MAX_SAFE_INTEGER)).toBe('¥90,071,992,547,409.91');
  });

  it('throws on a non-integer amount or a currency without two minor digits', () => {
    expect(() => formatFen(12.5)).toThrow(RangeError);
    expect(() => formatFen(Number.NaN)).toThrow(RangeError);
    expect(() => formatFen(100, { currency: 'JPY' })).toThrow(RangeError);
  });
});

describe('fenToYuanInput', () => {
  it.each([
    [123450, '1234.50'],
    [1, '0.01'],
    [0, '0.00'],
    [-300, '-3.00'],
    [-5, '-0.05'],
    [MAX_FEN, '99999999.99'],
  ])('writes %i fen as %j', (amountFen, text) => {
    expect(fenToYuanInput(amountFen)).toBe(text);
  });

  it('round-trips through parseYuanToFen', () => {
    for (const amountFen of [0, 1, 9, 10, 99, 100, 101, 123450, MAX_FEN, -1, -123450]) {
      expect(fen(fenToYuanInput(amountFen), { allowNegative: true })).toBe(amountFen);
    }
  });

  it('throws on a non-integer', () => {
    expect(() => fenToYuanInput(0.5)).toThrow(RangeError);
  });
});

describe('scaleFen', () => {
  it.each([
    [1005, 10, 1106], // 1105.5 rounds away from zero
    [2000, 10, 2200],
    [1000, -15.5, 845],
    [999, -15.5, 844], // 844.155
    [1001, -50, 501], // 500.5
    [-1005, 10, -1106], // -1105.5 rounds away from zero
    [-1001, -50, -501],
    [12345, 0, 12345],
    [12345, -100, 0],
    [300, 0.1, 300], // 300.3
    [5000, 0.01, 5001], // 5000.5
    [1, 1e-7, 1],
  ])('scales %i fen by %d percent to %i fen', (amountFen, percent, expectedFen) => {
    expect(scaleFen(amountFen, percent)).toBe(expectedFen);
  });

  it('has no float drift where float multiplication has it', () => {
    // 50 * 1.15 is 57.49999999999999 in binary floats, so Math.round would give 57.
    expect(Math.round(50 * 1.15)).toBe(57);
    expect(scaleFen(50, 15)).toBe(58);
    expect(scaleFen(330, 15)).toBe(380); // 379.5
    expect(scaleFen(1999, 15)).toBe(2299); // 2298.85
  });

  it('throws on bad input or an inexact result, and does not clamp', () => {
    expect(() => scaleFen(10.5, 10)).toThrow(RangeError);
    expect(() => scaleFen(100, Number.NaN)).toThrow(RangeError);
    expect(() => scaleFen(100, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => scaleFen(Number.MAX_SAFE_INTEGER, 100)).toThrow(RangeError);
    expect(() => scaleFen(1, 1e21)).toThrow(RangeError); // 1e19 + 1 fen is not exact
    expect(scaleFen(0, 1e21)).toBe(0);
    expect(scaleFen(MAX_FEN, 100)).toBe(MAX_FEN * 2);
    expect(scaleFen(100, -150)).toBe(-50);
  });
});

describe('addFen', () => {
  it('adds whole fen and refuses inexact input', () => {
    expect(addFen(MAX_FEN, 1)).toBe(MAX_FEN + 1);
    expect(addFen(100, -250)).toBe(-150);
    expect(() => addFen(0.1, 0.2)).toThrow(RangeError);
    expect(() => addFen(Number.MAX_SAFE_INTEGER, 1)).toThrow(RangeError);
  });
});

describe('schemas and error keys', () => {
  it('accepts whole fen from 0 to MAX_FEN only', () => {
    expect(fenSchema.safeParse(0).success).toBe(true);
    expect(fenSchema.safeParse(MAX_FEN).success).toBe(true);
    expect(fenSchema.safeParse(MAX_FEN + 1).success).toBe(false);
    expect(fenSchema.safeParse(-1).success).toBe(false);
    expect(fenSchema.safeParse(1.5).success).toBe(false);
    expect(signedFenSchema.safeParse(-MAX_FEN).success).toBe(true);
    expect(signedFenSchema.safeParse(-MAX_FEN - 1).success).toBe(false);
  });

  it('defaults the currency to CNY and refuses unsupported codes', () => {
    expect(currencySchema.parse(undefined)).toBe('CNY');
    expect(currencySchema.parse('HKD')).toBe('HKD');
    expect(currencySchema.safeParse('JPY').success).toBe(false);
    expect(currencySchema.safeParse('cny').success).toBe(false);
  });

  it('maps parse errors to i18n keys', () => {
    expect(moneyParseErrorKey('too_many_decimals')).toBe('validation.money.too_many_decimals');
    expect(moneyParseErrorKey('empty')).toBe('validation.money.empty');
  });
});
