import { describe, expect, it } from 'vitest';
import { readScan } from './scan-text';

describe('readScan', () => {
  it('picks the voucher QR among the codes of a frame', () => {
    expect(readScan(['https://example.com/pay', ' VC1.123456789018.ABC '])).toEqual({
      kind: 'voucher',
      text: 'VC1.123456789018.ABC',
    });
  });
  it('names any other QR as not a voucher (a payment code, a link, a bare code)', () => {
    expect(readScan(['https://qr.alipay.com/abc'])).toEqual({ kind: 'other' });
    expect(readScan(['123456789018'])).toEqual({ kind: 'other' });
    expect(readScan([])).toEqual({ kind: 'other' });
  });
});
