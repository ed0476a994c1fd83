import { describe, expect, it } from 'vitest';
import { derivedId, newId } from '../ids';
import { receiptNoSchema } from './schema';
import { deskCode, deskCodeOf, receiptNumber } from './receipt';

describe('receipt numbers', () => {
  it('are the desk code, the business date and the counter, and parse as the schema says', () => {
    const code = deskCode('0190a000-0000-7000-8000-00000000002a');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
    const receipt = receiptNumber(code, '2026-12-02', 1);
    expect(receipt).toBe(`${code}-20261202-0001`);
    expect(receiptNoSchema.safeParse(receipt).success).toBe(true);
    expect(receiptNumber(code, '2026-12-02', 123_456)).toBe(`${code}-20261202-123456`);
    expect(deskCodeOf(receipt)).toBe(code);
  });

  it('give each desk its own code, the same every time', () => {
    const devices = Array.from({ length: 200 }, () => newId());
    const codes = devices.map(deskCode);
    expect(new Set(codes).size).toBe(200);
    expect(devices.map(deskCode)).toEqual(codes);
    expect(deskCode('0190a000-0000-7000-8000-000000000000')).toBe('000000');
  });

  it('refuse a counter outside 1..999999', () => {
    for (const bad of [0, -1, 1_000_000, 1.5]) {
      expect(() => receiptNumber('ABCDEF', '2026-12-02', bad)).toThrow(RangeError);
    }
  });
});

describe('derivedId', () => {
  it('is the same for the same source and purpose, and differs by either', () => {
    const lot = newId();
    const expiry = derivedId(lot, 'points.expire');
    expect(derivedId(lot, 'points.expire')).toBe(expiry);
    expect(expiry).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedId(lot, 'charge.cash')).not.toBe(expiry);
    expect(derivedId(newId(), 'points.expire')).not.toBe(expiry);
    expect(derivedId(lot.toUpperCase(), 'points.expire')).toBe(expiry);
    expect(() => derivedId('not-a-uuid', 'points.expire')).toThrow(RangeError);
  });
});
