import { describe, expect, it } from 'vitest';
import { nextTier, tierFigures, tierOf, windowStart } from './tiers';

const tier = (
  id: string,
  rank: number,
  threshold: number,
  basis: 'pointsEarned' | 'amountSpent' = 'amountSpent',
  window: 'last12Months' | 'total' = 'last12Months',
) => ({ id, rank, threshold, basis, window });

const silver = tier('silver', 1, 100_000); // ¥1,000 in the last 12 months
const gold = tier('gold', 2, 500_000);
const tiers = [gold, silver];

const sale = (amountFen: number, businessDate: string, method = 'cash' as const) => ({
  amountFen,
  method,
  businessDate,
});
const TODAY = '2026-03-06';

describe('tiers', () => {
  it('is reached exactly at the threshold, not one fen below', () => {
    const at = tierFigures([], [sale(100_000, TODAY)], TODAY);
    expect(tierOf(tiers, at)?.id).toBe('silver');
    const below = tierFigures([], [sale(99_999, TODAY)], TODAY);
    expect(tierOf(tiers, below)).toBeNull();
    expect(nextTier(tiers, below)).toEqual({ tier: silver, missing: 1 });
    expect(nextTier(tiers, at)).toEqual({ tier: gold, missing: 400_000 });
    expect(tierOf(tiers, tierFigures([], [sale(500_000, TODAY)], TODAY))?.id).toBe('gold');
    expect(nextTier(tiers, tierFigures([], [sale(500_000, TODAY)], TODAY))).toBeNull();
  });

  it('counts the last 12 months from the day after the same date a year ago', () => {
    expect(windowStart(TODAY)).toBe('2025-03-06');
    const edge = tierFigures([], [sale(100_000, '2025-03-06')], TODAY);
    expect(edge.amountSpent).toEqual({ last12Months: 0, total: 100_000 });
    const inside = tierFigures([], [sale(100_000, '2025-03-07')], TODAY);
    expect(inside.amountSpent.last12Months).toBe(100_000);
    // A leap day: the window of 2025-02-28 starts after 2024-02-28.
    expect(windowStart('2025-02-28')).toBe('2024-02-28');
    expect(tierFigures([], [sale(1, '2024-02-29')], '2025-02-28').amountSpent.last12Months).toBe(1);
    // A sale dated after today (a desk's clock ahead) does not count yet.
    expect(tierFigures([], [sale(1, '2026-03-07')], TODAY).amountSpent.last12Months).toBe(0);
    const total = [tier('life', 1, 100_000, 'amountSpent', 'total')];
    expect(tierOf(total, edge)?.id).toBe('life');
  });

  it('counts points earned, less reversals of earnings, and not redemptions, adjustments or expiry', () => {
    const points = [
      { id: 'e1', kind: 'earn' as const, points: 300, businessDate: TODAY, reverses: null },
      {
        id: 'o1',
        kind: 'opening' as const,
        points: 200,
        businessDate: '2024-01-01',
        reverses: null,
      },
      { id: 'r1', kind: 'reversal' as const, points: -100, businessDate: TODAY, reverses: 'e1' },
      { id: 'x1', kind: 'redeem' as const, points: -250, businessDate: TODAY, reverses: null },
      { id: 'a1', kind: 'adjust' as const, points: 999, businessDate: TODAY, reverses: null },
      { id: 'a2', kind: 'reversal' as const, points: -999, businessDate: TODAY, reverses: 'a1' },
      { id: 'p1', kind: 'expire' as const, points: -200, businessDate: TODAY, reverses: null },
    ];
    const figures = tierFigures(points, [], TODAY);
    expect(figures.pointsEarned).toEqual({ last12Months: 200, total: 400 });
    const byPoints = [tier('p', 1, 400, 'pointsEarned', 'total')];
    expect(tierOf(byPoints, figures)?.id).toBe('p');
  });

  it('does not count sales paid in points or written off as money spent', () => {
    const figures = tierFigures(
      [],
      [
        sale(100, TODAY),
        { ...sale(500, TODAY), method: 'points' },
        { ...sale(700, TODAY), method: 'writeOff' },
      ],
      TODAY,
    );
    expect(figures.amountSpent.total).toBe(100);
  });

  it('holds the highest rank reached, whatever the order tiers come in', () => {
    const low = tier('low', 1, 0);
    const figures = tierFigures([], [sale(600_000, TODAY)], TODAY);
    expect(tierOf([low, silver, gold], figures)?.id).toBe('gold');
    expect(tierOf([gold, low, silver], figures)?.id).toBe('gold');
    expect(tierOf([], figures)).toBeNull();
  });
});
