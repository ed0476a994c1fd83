import { describe, expect, it } from 'vitest';
import { MAX_FEN } from '../money';
import { ids, sampleItem, shirtVariants } from './fixtures/menu';
import { parsePercent, previewPriceChange, priceChangesOf, priceUndoOf } from './bulk';
import { inverseItemChanges } from './undo';

const items = [
  { id: ids.item(1), priceFen: 1005 },
  { id: ids.item(2), priceFen: 2000 },
  { id: ids.item(3), priceFen: 1 },
];

describe('previewPriceChange', () => {
  it('raises by 10% rounding half away from zero to whole fen', () => {
    expect(previewPriceChange(items, { by: 'percent', value: '10' })).toEqual({
      ok: true,
      rows: [
        { id: ids.item(1), oldFen: 1005, newFen: 1106 },
        { id: ids.item(2), oldFen: 2000, newFen: 2200 },
        { id: ids.item(3), oldFen: 1, newFen: 1 },
      ],
      refused: [],
    });
  });

  it('lowers by a fractional percent without float drift', () => {
    const preview = previewPriceChange([{ id: ids.item(1), priceFen: 1999 }], {
      by: 'percent',
      value: '-15.5',
    });
    // 1999 × 0.845 = 1689.155 → 1689
    expect(preview.ok && preview.rows[0]!.newFen).toBe(1689);
  });

  it('changes by a yuan amount and refuses prices that would go below zero', () => {
    expect(previewPriceChange(items, { by: 'amount', value: '-10.05' })).toEqual({
      ok: true,
      rows: [
        { id: ids.item(1), oldFen: 1005, newFen: 0 },
        { id: ids.item(2), oldFen: 2000, newFen: 995 },
      ],
      refused: [{ id: ids.item(3), oldFen: 1, code: 'price_below_zero' }],
    });
  });

  it('refuses prices above the maximum', () => {
    const preview = previewPriceChange([{ id: ids.item(1), priceFen: MAX_FEN - 50 }], {
      by: 'amount',
      value: '1',
    });
    expect(preview).toEqual({
      ok: true,
      rows: [],
      refused: [{ id: ids.item(1), oldFen: MAX_FEN - 50, code: 'price_too_large' }],
    });
  });

  it('reports bad input as a code', () => {
    expect(previewPriceChange(items, { by: 'amount', value: '1.234' })).toEqual({
      ok: false,
      error: 'too_many_decimals',
    });
    expect(previewPriceChange(items, { by: 'amount', value: 'abc' })).toEqual({
      ok: false,
      error: 'not_a_number',
    });
    expect(previewPriceChange(items, { by: 'percent', value: '10.123' })).toEqual({
      ok: false,
      error: 'percent_too_many_decimals',
    });
    expect(previewPriceChange(items, { by: 'percent', value: '' })).toEqual({
      ok: false,
      error: 'empty',
    });
  });

  it('reads percent typed with a Chinese IME', () => {
    expect(parsePercent('＋１０．５％')).toEqual({ ok: true, percent: 10.5 });
    expect(parsePercent('5000')).toEqual({ ok: false, error: 'too_large' });
  });
});

describe('a bulk price change of an item with variants', () => {
  const shirt = { id: ids.item(20), priceFen: 9900, variants: shirtVariants() };

  it('changes every variant’s price, the item priced from the cheapest, and undoes them all', () => {
    const preview = previewPriceChange([shirt], { by: 'amount', value: '-10' });
    if (!preview.ok) throw new Error('expected a preview');
    expect(preview.rows.map((row) => [row.oldFen, row.newFen])).toEqual([[9900, 8900]]);
    const [change] = priceChangesOf(preview.rows);
    expect(change!.fields.priceFen).toBe(8900);
    expect(change!.fields.variants!.map((v) => v.priceFen)).toEqual([8900, 9900, 8900]);
    const [undo] = priceUndoOf(preview.rows);
    expect(undo!.fields).toEqual({ priceFen: 9900, variants: shirtVariants() });
  });

  it('refuses the item when any variant would go below zero', () => {
    const preview = previewPriceChange([shirt], { by: 'amount', value: '-100' });
    expect(preview).toEqual({
      ok: true,
      rows: [],
      refused: [{ id: shirt.id, oldFen: 9900, code: 'price_below_zero' }],
    });
  });
});

describe('undo of a bulk change', () => {
  it('puts every changed price back, leaving unchanged prices out', () => {
    const preview = previewPriceChange(items, { by: 'percent', value: '10' });
    if (!preview.ok) throw new Error('preview failed');
    expect(priceChangesOf(preview.rows).map((c) => c.fields.priceFen)).toEqual([1106, 2200]);
    expect(priceUndoOf(preview.rows)).toEqual([
      { id: ids.item(1), fields: { priceFen: 1005 } },
      { id: ids.item(2), fields: { priceFen: 2000 } },
    ]);
  });

  it('inverts any item change from the items as they were, absent fields as null', () => {
    const before = [
      sampleItem({ sku: null }),
      sampleItem({ id: ids.item(2), categoryId: ids.categoryN(5) }),
    ];
    const inverse = inverseItemChanges(before, [
      { id: ids.item(1), fields: { sku: 'NEW', status: 'off_sale' } },
      { id: ids.item(2), fields: { categoryId: ids.categoryN(6) } },
      { id: ids.item(9), fields: { priceFen: 1 } },
    ]);
    expect(inverse).toEqual([
      { id: ids.item(1), fields: { sku: null, status: 'on_sale' } },
      { id: ids.item(2), fields: { categoryId: ids.categoryN(5) } },
    ]);
  });
});
