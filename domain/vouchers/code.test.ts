import { describe, expect, it } from 'vitest';
import { newId } from '../ids';
import {
  voucherIdFor,
  dammCheckDigit,
  dammTable,
  formatVoucherCode,
  generateVoucherCodes,
  isValidVoucherCode,
  MIN_SLIPS_APART,
  normalizeVoucherCode,
  slipDistance,
  voucherCodeInputState,
  type RandomSource,
} from './code';

/** A code made of 11 given digits and their check digit. */
const withCheck = (body: string) => body + dammCheckDigit(body);

/** Every code one slip away: each digit replaced by each other digit, each neighbour pair swapped. */
function oneSlipAway(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < code.length; i += 1) {
    for (let d = 0; d <= 9; d += 1) {
      if (String(d) !== code[i]) out.push(code.slice(0, i) + d + code.slice(i + 1));
    }
    if (i + 1 < code.length && code[i] !== code[i + 1]) {
      out.push(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2));
    }
  }
  return out;
}

describe('the Damm check digit', () => {
  it('matches the published examples', () => {
    // Damm's worked example: 572 → check digit 4.
    expect(dammCheckDigit('572')).toBe('4');
    expect(dammCheckDigit('')).toBe('0');
    expect(isValidVoucherCode(withCheck('12345678901'))).toBe(true);
  });

  it('has the table properties that catch every single error and every neighbour swap', () => {
    for (let c = 0; c < 10; c += 1) {
      for (let a = 0; a < 10; a += 1) {
        for (let b = 0; b < 10; b += 1) {
          if (a === b) continue;
          // A different digit leads to a different interim (each row is a permutation)...
          expect(dammTable[c]![a]).not.toBe(dammTable[c]![b]);
          // ...and a swapped pair too (weak total anti-symmetry).
          expect(dammTable[dammTable[c]![a]!]![b]).not.toBe(dammTable[dammTable[c]![b]!]![a]);
        }
      }
    }
  });

  it('refuses every single wrong digit and every neighbour swap of generated codes', () => {
    for (const code of generateVoucherCodes(300)) {
      expect(isValidVoucherCode(code)).toBe(true);
      for (const slipped of oneSlipAway(code)) {
        expect(isValidVoucherCode(slipped), `${code} → ${slipped}`).toBe(false);
        expect(voucherCodeInputState(slipped)).toBe('bad_check_digit');
      }
    }
  });
});

describe('reading a typed or scanned code', () => {
  const code = withCheck('20261203145');

  it('drops spaces and dashes and reads full-width digits as ASCII', () => {
    const [a, b, c] = [code.slice(0, 4), code.slice(4, 8), code.slice(8)];
    const fullWidth = [...code].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    for (const typed of [
      `${a} ${b} ${c}`,
      `${a}-${b}-${c}`,
      ` ${a}\u3000${b}\u2014${c}\n`,
      fullWidth,
      `${a}－${b}－${c}`,
    ]) {
      expect(normalizeVoucherCode(typed), typed).toBe(code);
      expect(voucherCodeInputState(typed), typed).toBe('valid');
    }
  });

  it('gives null for anything that is not 12 digits', () => {
    for (const text of ['', code.slice(0, 11), `${code}1`, `${code.slice(0, 11)}x`, '一二三']) {
      expect(normalizeVoucherCode(text), text).toBeNull();
    }
  });

  it('says where a code being typed stands, key by key', () => {
    expect(voucherCodeInputState('')).toBe('incomplete');
    for (let n = 1; n < 12; n += 1) {
      expect(voucherCodeInputState(code.slice(0, n))).toBe('incomplete');
    }
    expect(voucherCodeInputState(code)).toBe('valid');
    expect(voucherCodeInputState(`${code}7`)).toBe('too_long');
    expect(voucherCodeInputState('1234a')).toBe('not_digits');
    expect(voucherCodeInputState('VC1.')).toBe('not_digits');
  });

  it('formats for display in groups of four', () => {
    expect(formatVoucherCode('123456789012')).toBe('1234 5678 9012');
    expect(formatVoucherCode('1234-5678-9012')).toBe('1234 5678 9012');
    expect(formatVoucherCode('12345')).toBe('12345');
  });
});

describe('slip distance', () => {
  it('counts wrong digits and neighbour swaps as one slip each', () => {
    expect(slipDistance('123456', '123456')).toBe(0);
    expect(slipDistance('123456', '123457')).toBe(1);
    expect(slipDistance('123456', '213456')).toBe(1);
    expect(slipDistance('123456', '214356')).toBe(2);
    expect(slipDistance('123456', '312456')).toBe(3);
    expect(slipDistance('123456', '654321')).toBe(5); // 34 → 43 is one swap
  });
});

/** A source that plays back given digits (as bytes below 250), then falls back to crypto. */
function scripted(digits: string): RandomSource {
  let at = 0;
  return (bytes) => {
    for (let i = 0; i < bytes.length; i += 1) {
      bytes[i] =
        at < digits.length
          ? Number(digits[at++])
          : globalThis.crypto.getRandomValues(new Uint8Array(1))[0]! % 250;
    }
    return bytes;
  };
}

describe('generating a batch of codes', () => {
  it('makes valid, distinct codes over a large sample, no two of them within two slips', () => {
    const codes = generateVoucherCodes(100_000);
    expect(codes).toHaveLength(100_000);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every(isValidVoucherCode)).toBe(true);
    // Pairwise over a slice (the whole batch would be 5·10⁹ pairs); the index covers the rest.
    const slice = codes.slice(0, 1500);
    let closest = Infinity;
    for (let i = 0; i < slice.length; i += 1) {
      for (let j = i + 1; j < slice.length; j += 1) {
        closest = Math.min(closest, slipDistance(slice[i]!, slice[j]!));
      }
    }
    expect(closest).toBeGreaterThanOrEqual(MIN_SLIPS_APART);
  }, 120_000); // 100,000 codes and a million pairs: seconds alone, more on a loaded machine

  it('draws again when a candidate repeats or is two slips from one already drawn', () => {
    // Each draw takes 19 bytes (11 digits + 8 spare): pad each scripted body to 19.
    const draw = (body: string) => body + '0'.repeat(8);
    const first = '12345678901';
    const duplicate = first;
    // A valid code two slips from the first: its first two digits swapped and one more changed.
    const twoSlips = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']
      .map((d) => `21345678${d}01`)
      .find((body) => withCheck(body).endsWith(dammCheckDigit(first)))!;
    expect(slipDistance(withCheck(first), withCheck(twoSlips))).toBe(2);
    const far = '98765432109';
    const codes = generateVoucherCodes(
      2,
      scripted(draw(first) + draw(duplicate) + draw(twoSlips) + draw(far)),
    );
    expect(codes).toEqual([withCheck(first), withCheck(far)]);
  });

  it('digits are uniform: bytes of 250 and more are thrown away, not folded onto 0..5', () => {
    // 250..255 would map to 0..5 if they were used; the source gives them first, then 7s.
    const source: RandomSource = (bytes) => {
      bytes.fill(7);
      bytes.set([250, 251, 252, 253, 254, 255]);
      return bytes;
    };
    expect(generateVoucherCodes(1, source)).toEqual([withCheck('77777777777')]);
  });

  it('gives up rather than loop forever on a source that repeats itself', () => {
    expect(() => generateVoucherCodes(2, (bytes) => bytes.fill(3))).toThrow(/repeating/);
    expect(() => generateVoucherCodes(1, (bytes) => bytes.fill(255))).toThrow(/no usable bytes/);
  });
});

describe("a voucher's id", () => {
  it('is the same wherever it is worked out from the shop and the code, and differs by either', () => {
    const shop = newId();
    const other = newId();
    const [code, next] = generateVoucherCodes(2);
    expect(voucherIdFor(shop, code!)).toBe(voucherIdFor(shop, code!));
    expect(voucherIdFor(shop, code!)).not.toBe(voucherIdFor(shop, next!));
    expect(voucherIdFor(shop, code!)).not.toBe(voucherIdFor(other, code!));
    expect(voucherIdFor(shop, code!)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
