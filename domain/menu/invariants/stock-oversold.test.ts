import { describe, expect, it } from 'vitest';
import type { StockEntry } from '../schema';
import { checkInvariants } from '../../sync/invariants';
import { invariantRegistry } from '../../sync/invariant-rules';
import { OVERSOLD_RULE, sellWhatIsLeft, stockNeverOversold } from './stock-oversold';
import { memoryLoader } from '../../sync/test-support/memory-loader';

const TODAY = '2026-03-06';
const YESTERDAY = '2026-03-05';
const BEEF = '0195a000-0000-7000-8000-000000000001';
const RICE = '0195a000-0000-7000-8000-000000000002';
const TEA = '0195a000-0000-7000-8000-000000000003';

let nextEntry = 0;
function entry(
  itemId: string,
  delta: number,
  reason: StockEntry['reason'] = 'sale',
  businessDate = TODAY,
): StockEntry {
  nextEntry += 1;
  const id = `0195a000-0000-7000-9000-${String(nextEntry).padStart(12, '0')}`;
  return { id, itemId, businessDate, delta, reason, createdAt: 1_772_760_000_000 };
}

// 黄焖鸡 (BEEF) has 10 a day and 8 sold today; 米饭 (RICE) 5 a day; 茶 (TEA) unlimited.
const platform = memoryLoader({
  entities: {
    menuItem: [
      { id: BEEF, dailyStock: 10 },
      { id: RICE, dailyStock: 5 },
      { id: TEA, dailyStock: null },
    ],
  },
  ledgers: {
    menuStockEntry: [entry(BEEF, -5), entry(BEEF, -3), entry(BEEF, -10, 'sale', YESTERDAY)],
  },
});

const judge = (entries: StockEntry[]) =>
  checkInvariants(invariantRegistry.forMutation('menuStock.append'), { entries }, platform);

describe('menuStock.oversold', () => {
  it('is registered for menuStock.append', () => {
    expect(invariantRegistry.forMutation('menuStock.append')).toContain(stockNeverOversold);
  });

  it('lets a sale of the last portions through', async () => {
    expect(await judge([entry(BEEF, -2)])).toBeNull();
  });

  it('rejects a sale beyond what is left that day, with the facts for the shop', async () => {
    expect(await judge([entry(BEEF, -3)])).toEqual({
      rule: OVERSOLD_RULE,
      message: expect.stringContaining('2 left'),
      details: { itemId: BEEF, businessDate: TODAY, remaining: 2, requested: 3 },
    });
  });

  it('counts the change’s own earlier sales of the same item and day', async () => {
    const verdict = await judge([
      entry(BEEF, -1),
      entry(RICE, -5),
      entry(BEEF, -1),
      entry(BEEF, -1),
    ]);
    expect(verdict?.details).toEqual({
      itemId: BEEF,
      businessDate: TODAY,
      remaining: 2,
      requested: 3,
    });
  });

  it('lets stock made earlier in the same change cover a later sale', async () => {
    expect(await judge([entry(BEEF, 4, 'adjustment'), entry(BEEF, -6)])).toBeNull();
  });

  it('keeps each business day apart: yesterday’s sales do not use up today', async () => {
    expect(await judge([entry(RICE, -5)])).toBeNull();
    expect(await judge([entry(BEEF, -10, 'sale', '2026-03-07')])).toBeNull();
    expect((await judge([entry(BEEF, -1, 'sale', YESTERDAY)]))?.details).toMatchObject({
      businessDate: YESTERDAY,
      remaining: 0,
    });
  });

  it('treats items without daily stock, and items the platform no longer has, as unlimited', async () => {
    const gone = '0195a000-0000-7000-8000-0000000000ff';
    expect(await judge([entry(TEA, -500), entry(gone, -3)])).toBeNull();
  });

  it('never rejects adjustments and corrections, even below zero', async () => {
    expect(await judge([entry(BEEF, -9, 'correction'), entry(BEEF, -1, 'adjustment')])).toBeNull();
    // ...but a sale after them in the same change must fit what they left.
    expect((await judge([entry(BEEF, -2, 'correction'), entry(BEEF, -1)]))?.details).toEqual({
      itemId: BEEF,
      businessDate: TODAY,
      remaining: 2,
      requested: 1,
    });
  });

  it('reads only the item-days the change sells from', () => {
    const reads = stockNeverOversold.reads(
      {
        entries: [
          entry(BEEF, -1),
          entry(RICE, 3, 'adjustment'),
          entry(BEEF, -1, 'sale', YESTERDAY),
        ],
      },
      [],
    );
    expect(reads).toEqual({
      [`item:${BEEF}`]: { kind: 'entity', table: 'menuItem', id: BEEF },
      [`moved:${BEEF}@${TODAY}`]: {
        kind: 'ledgerSum',
        table: 'menuStockEntry',
        field: 'itemId',
        equals: BEEF,
        and: { businessDate: TODAY },
        sum: 'delta',
      },
      [`moved:${BEEF}@${YESTERDAY}`]: {
        kind: 'ledgerSum',
        table: 'menuStockEntry',
        field: 'itemId',
        equals: BEEF,
        and: { businessDate: YESTERDAY },
        sum: 'delta',
      },
    });
  });

  it('offers to sell only what was left, which then passes, and nothing when none was left', async () => {
    const load = memoryLoader({ entities: { menuItem: [{ id: BEEF, dailyStock: 3 }] } });
    const args = { entries: [entry(BEEF, -2), entry(TEA, -1), entry(BEEF, -2)] };
    const rules = invariantRegistry.forMutation('menuStock.append');
    const violation = await checkInvariants(rules, args, load);
    const fix = sellWhatIsLeft.fix({ name: 'menuStock.append', args }, violation!.details!);
    const fixed = fix!.args as typeof args;
    expect(fixed.entries.map((e) => [e.itemId, e.delta])).toEqual([
      [BEEF, -2],
      [TEA, -1],
      [BEEF, -1],
    ]);
    expect(await checkInvariants(rules, fixed, load)).toBeNull();
    const soldOut = { ...violation!.details!, remaining: 0 };
    expect(sellWhatIsLeft.fix({ name: 'menuStock.append', args }, soldOut)).toBeNull();
  });
});
