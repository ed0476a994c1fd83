import { describe, expect, it } from 'vitest';
import { currencyOfHeader, importPriceText } from './prices';

describe('importPriceText', () => {
  it('reads yuan however exports mark it, a bare ¥ included', () => {
    for (const text of [
      '12.50',
      '¥12.50',
      '￥12.50',
      'CN¥12.50',
      'RMB 12.50',
      '12.50元',
      'CNY12.50',
    ]) {
      expect(importPriceText(text).amount).toBe('12.50');
      expect(importPriceText(text).currency).toBe(text === '12.50' ? null : 'CNY');
    }
  });

  it('names other currencies by symbol or code, before or after the amount', () => {
    expect(importPriceText('$12.50')).toEqual({ amount: '12.50', currency: 'dollar' });
    expect(importPriceText('US$ 3')).toEqual({ amount: '3', currency: 'USD' });
    expect(importPriceText('4.50 €')).toEqual({ amount: '4.50', currency: 'EUR' });
    expect(importPriceText('JPY 1200')).toEqual({ amount: '1200', currency: 'JPY' });
    expect(importPriceText('1200円')).toEqual({ amount: '1200', currency: 'JPY' });
    expect(importPriceText('HK$30')).toEqual({ amount: '30', currency: 'HKD' });
  });

  it('finds a currency named in a price column header', () => {
    expect(currencyOfHeader('Price (USD)')).toBe('USD');
    expect(currencyOfHeader('价格（日元）')).toBe('JPY');
    expect(currencyOfHeader('Price EUR')).toBe('EUR');
    expect(currencyOfHeader('Price [Main St]')).toBeNull();
    expect(currencyOfHeader('价格')).toBeNull();
  });
});
