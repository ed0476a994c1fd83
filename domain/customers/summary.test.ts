import { describe, expect, it } from 'vitest';
import type {
  Customer,
  CustomerPersonal,
  CustomerTier,
  PointsEntry,
  SaleEntry,
  StoredValueEntry,
} from './schema';
import { filterCustomers, findDuplicatePhones, summarizeCustomers } from './summary';
import { tierFigures, tierFiguresByAccount } from './tiers';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
const TODAY = '2026-12-02';

const customer = (id: string, extra: Partial<Customer> = {}): Customer => ({
  id,
  source: 'shop',
  createdAt: T0,
  consent: null,
  mergedInto: null,
  erasedAt: null,
  ...extra,
});

const personal = (id: string, extra: Partial<CustomerPersonal> = {}): CustomerPersonal => ({
  id,
  name: id,
  phone: null,
  gender: null,
  birthday: null,
  tags: [],
  note: '',
  ...extra,
});

let seq = 0;
const base = (
  customerId: string,
  businessDate: string,
  at = Date.parse(`${businessDate}T04:00:00Z`),
) => ({
  id: `e${(seq += 1)}`,
  customerId,
  at,
  businessDate,
  receiptNo: null,
  staffId: null,
  saleId: null,
  reverses: null,
  reason: null,
});

const topUp = (
  customerId: string,
  principalFen: number,
  bonusFen: number,
  date = '2026-06-01',
): StoredValueEntry => ({
  ...base(customerId, date),
  kind: 'topUp',
  principalFen,
  bonusFen,
  planId: null,
  paidWith: 'cash',
  offline: false,
});

const spend = (
  customerId: string,
  principalFen: number,
  bonusFen: number,
  date = '2026-06-02',
): StoredValueEntry => ({
  ...topUp(customerId, -principalFen, -bonusFen, date),
  kind: 'spend',
  paidWith: null,
});

const points = (
  customerId: string,
  kind: PointsEntry['kind'],
  n: number,
  date = '2026-06-01',
): PointsEntry => ({
  ...base(customerId, date),
  kind,
  points: n,
  expires: null,
});

const sale = (customerId: string, amountFen: number, date: string, at?: number): SaleEntry => ({
  ...base(customerId, date, at),
  amountFen,
  method: 'cash',
  pointsUsed: null,
});

const tier = (id: string, extra: Partial<CustomerTier>): CustomerTier => ({
  id,
  name: { zh: id, en: id },
  basis: 'amountSpent',
  window: 'last12Months',
  threshold: 0,
  benefit: {},
  discountPercent: null,
  rank: 0,
  createdAt: T0,
  ...extra,
});

const silver = tier('silver', { threshold: 100_000, rank: 1 });
const gold = tier('gold', { basis: 'pointsEarned', window: 'total', threshold: 1_000, rank: 2 });
const tiers = [gold, silver];

const empty = { storedValue: [], points: [], sales: [], tiers, today: TODAY };

describe('summarizeCustomers', () => {
  it('folds aliases into their account: balances, points and last visit over all members', () => {
    const customers = [
      customer('keep', { createdAt: T0 + 2 * DAY }),
      customer('old', { createdAt: T0, mergedInto: 'keep' }),
      customer('older', { createdAt: T0 - DAY, mergedInto: 'keep' }),
      customer('other', { createdAt: T0 + DAY }),
    ];
    const summaries = summarizeCustomers({
      ...empty,
      customers,
      storedValue: [
        topUp('keep', 50_000, 5_000),
        topUp('old', 10_000, 0),
        spend('older', 2_000, 0),
        topUp('other', 1, 0),
      ],
      points: [points('keep', 'earn', 10), points('old', 'earn', 5), points('older', 'redeem', -3)],
      sales: [
        sale('keep', 1_000, '2026-06-01', T0 + 10 * DAY),
        sale('old', 1_000, '2026-06-03', T0 + 30 * DAY),
        sale('other', 1_000, '2026-06-02', T0 + 20 * DAY),
      ],
    });
    expect([...summaries.keys()]).toEqual(['keep', 'other']);
    const keep = summaries.get('keep')!;
    expect(keep.memberIds).toEqual(['keep', 'older', 'old']);
    expect(keep.storedValue).toEqual({ principalFen: 58_000, bonusFen: 5_000, totalFen: 63_000 });
    expect(keep.points).toBe(12);
    expect(keep.figures.pointsEarned.total).toBe(15);
    expect(keep.lastVisitAt).toBe(T0 + 30 * DAY);
    expect(summaries.get('other')!.storedValue.totalFen).toBe(1);
    expect(summaries.get('other')!.lastVisitAt).toBe(T0 + 20 * DAY);
  });

  it('gives a tier exactly at its threshold, not a fen or a point below, the highest rank winning', () => {
    const customers = ['below', 'at', 'gold', 'both'].map((id) => customer(id));
    const summaries = summarizeCustomers({
      ...empty,
      customers,
      sales: [
        sale('below', 99_999, '2026-06-01'),
        sale('at', 100_000, '2026-06-01'),
        sale('both', 200_000, '2026-06-01'),
      ],
      points: [
        points('gold', 'earn', 999),
        points('gold', 'opening', 1),
        points('both', 'earn', 1_000),
      ],
    });
    expect(summaries.get('below')!.tier).toBeNull();
    expect(summaries.get('at')!.tier?.id).toBe('silver');
    expect(summaries.get('gold')!.tier?.id).toBe('gold');
    expect(summaries.get('both')!.tier?.id).toBe('gold');
  });

  it('counts the tier window over the 12 months up to today, aliases included', () => {
    const summaries = summarizeCustomers({
      ...empty,
      customers: [customer('a'), customer('b', { mergedInto: 'a' }), customer('c')],
      sales: [
        sale('a', 50_000, '2026-01-10'),
        sale('b', 50_000, '2025-12-03'),
        // 2025-12-02 is just outside the window ending 2026-12-02.
        sale('c', 50_000, '2026-11-30'),
        sale('c', 50_000, '2025-12-02'),
      ],
    });
    expect(summaries.get('a')!.figures.amountSpent.last12Months).toBe(100_000);
    expect(summaries.get('a')!.tier?.id).toBe('silver');
    expect(summaries.get('c')!.figures.amountSpent).toEqual({
      last12Months: 50_000,
      total: 100_000,
    });
    expect(summaries.get('c')!.tier).toBeNull();
  });

  it('has no last visit before the first sale, marks erased accounts, and leaves unknown entries out', () => {
    const summaries = summarizeCustomers({
      ...empty,
      customers: [customer('new'), customer('gone', { erasedAt: T0 })],
      storedValue: [topUp('stranger', 100, 0), topUp('gone', 300, 0)],
    });
    expect(summaries.get('new')!.lastVisitAt).toBeNull();
    expect(summaries.get('new')!.storedValue.totalFen).toBe(0);
    expect(summaries.get('new')!.erased).toBe(false);
    expect(summaries.get('gone')!.erased).toBe(true);
    expect(summaries.get('gone')!.storedValue.totalFen).toBe(300);
    expect(summaries.has('stranger')).toBe(false);
  });

  it('keeps an alias whose kept profile has not arrived yet, under that profile’s id', () => {
    const summaries = summarizeCustomers({
      ...empty,
      customers: [customer('alias', { mergedInto: 'missing' })],
      storedValue: [topUp('alias', 700, 0)],
    });
    expect(summaries.get('missing')!.memberIds).toEqual(['missing', 'alias']);
    expect(summaries.get('missing')!.storedValue.totalFen).toBe(700);
  });
});

describe('filterCustomers', () => {
  const customers = [
    customer('c1', { createdAt: T0 + 1 * DAY }),
    customer('c2', { createdAt: T0 + 2 * DAY }),
    customer('c3', { createdAt: T0 + 3 * DAY }),
    customer('c4', { createdAt: T0 + 4 * DAY, erasedAt: T0 + 5 * DAY }),
    customer('c5', { createdAt: T0 + 5 * DAY, mergedInto: 'c1' }),
  ];
  const visit1 = Date.UTC(2026, 5, 1);
  const visit2 = Date.UTC(2026, 10, 1);
  const summaries = summarizeCustomers({
    ...empty,
    customers,
    storedValue: [topUp('c1', 10_000, 0), topUp('c2', 50_000, 5_000), topUp('c4', 1_000, 0)],
    sales: [sale('c1', 150_000, '2026-06-01', visit1), sale('c2', 1_000, '2026-11-01', visit2)],
  });
  const personalById = new Map([
    ['c1', personal('c1', { tags: ['常客'] })],
    ['c2', personal('c2')],
    ['c3', personal('c3')],
    ['c5', personal('c5', { tags: ['外卖'] })],
  ]);
  const run = (filter: Parameters<typeof filterCustomers>[2]) =>
    filterCustomers(summaries, personalById, filter);

  it('returns every live account, newest first, for an empty filter; erased ones only when asked', () => {
    expect(run({})).toEqual(['c3', 'c2', 'c1']);
    expect(run({ includeErased: true })).toEqual(['c4', 'c3', 'c2', 'c1']);
  });

  it('filters by tier, or by having none', () => {
    expect(run({ tierId: 'silver' })).toEqual(['c1']);
    expect(run({ tierId: 'none' })).toEqual(['c3', 'c2']);
    expect(run({ tierId: 'gold' })).toEqual([]);
  });

  it('filters by a tag on the profile or on an alias merged into it', () => {
    expect(run({ tag: '常客' })).toEqual(['c1']);
    expect(run({ tag: '外卖' })).toEqual(['c1']);
    expect(run({ tag: '生日' })).toEqual([]);
  });

  it('filters by last visit: after (included), before (excluded), or never', () => {
    expect(run({ lastVisit: 'never' })).toEqual(['c3']);
    expect(run({ lastVisit: { after: visit2 } })).toEqual(['c2']);
    expect(run({ lastVisit: { before: visit2 } })).toEqual(['c1']);
    expect(run({ lastVisit: { after: visit1, before: visit2 + 1 } })).toEqual(['c2', 'c1']);
  });

  it('filters by stored-value balance, both bounds included, and combines the parts', () => {
    expect(run({ balanceFen: { min: 10_000 } })).toEqual(['c2', 'c1']);
    expect(run({ balanceFen: { min: 10_001 } })).toEqual(['c2']);
    expect(run({ balanceFen: { max: 10_000 } })).toEqual(['c3', 'c1']);
    expect(run({ balanceFen: { min: 1, max: 55_000 }, tierId: 'none' })).toEqual(['c2']);
  });
});

describe('findDuplicatePhones', () => {
  it('flags profiles sharing a phone, oldest first, ignoring aliases and erased profiles', () => {
    const customers = [
      customer('b', { createdAt: T0 + 2 }),
      customer('a', { createdAt: T0 + 1 }),
      customer('merged', { mergedInto: 'a' }),
      customer('erased', { erasedAt: T0 }),
      customer('solo'),
      customer('x', { createdAt: T0 + 5 }),
      customer('y', { createdAt: T0 + 5 }),
    ];
    const people = [
      personal('a', { phone: '13812341234' }),
      personal('b', { phone: '13812341234' }),
      personal('merged', { phone: '13812341234' }),
      personal('erased', { phone: '13999999999' }),
      personal('x', { phone: '13999999999' }),
      personal('solo', { phone: '13700000000' }),
      personal('y', { phone: '13600000000' }),
      personal('nophone'),
    ];
    expect(findDuplicatePhones(people, customers)).toEqual(new Map([['13812341234', ['a', 'b']]]));
    // Two desks created the same phone offline at the same moment: both are named, in list order.
    const twins = [...people, personal('x2', { phone: '13999999999' })];
    expect(
      findDuplicatePhones(twins, [...customers, customer('x2', { createdAt: T0 + 5 })]),
    ).toEqual(
      new Map([
        ['13812341234', ['a', 'b']],
        ['13999999999', ['x', 'x2']],
      ]),
    );
  });

  it('stops flagging a pair once it is merged', () => {
    const people = [
      personal('a', { phone: '13812341234' }),
      personal('b', { phone: '13812341234' }),
    ];
    expect(findDuplicatePhones(people, [customer('a'), customer('b')]).size).toBe(1);
    expect(
      findDuplicatePhones(people, [customer('a'), customer('b', { mergedInto: 'a' })]).size,
    ).toBe(0);
  });
});

describe('tierFiguresByAccount', () => {
  it('gives every account the same figures as tierFigures over its own entries', () => {
    let state = 7;
    const random = () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
    const accounts = ['a', 'b', 'c', 'd'];
    const accountOf = (customerId: string) =>
      customerId === 'stranger' ? undefined : customerId[0]!;
    const members = ['a', 'a2', 'b', 'c', 'c2', 'c3', 'd', 'stranger'];
    const dates = ['2025-12-02', '2025-12-03', '2026-06-30', '2026-12-02', '2026-12-03'];
    const kinds: PointsEntry['kind'][] = ['earn', 'opening', 'redeem', 'adjust', 'expire'];
    const methods: SaleEntry['method'][] = ['cash', 'points', 'writeOff', 'storedValue'];
    const pointsEntries: PointsEntry[] = [];
    const salesEntries: SaleEntry[] = [];
    for (let i = 0; i < 400; i += 1) {
      const who = members[Math.floor(random() * members.length)]!;
      const date = dates[Math.floor(random() * dates.length)]!;
      if (random() < 0.5) {
        const earlier = pointsEntries[Math.floor(random() * pointsEntries.length)];
        const entry =
          earlier && random() < 0.2
            ? {
                ...points(earlier.customerId, 'reversal', -earlier.points, date),
                reverses: earlier.id,
              }
            : points(
                who,
                kinds[Math.floor(random() * kinds.length)]!,
                Math.floor(random() * 200) - 50,
                date,
              );
        pointsEntries.push(entry);
      } else {
        salesEntries.push({
          ...sale(who, Math.floor(random() * 20_000) - 2_000, date),
          method: methods[Math.floor(random() * methods.length)]!,
        });
      }
    }
    expect(pointsEntries.some((e) => e.kind === 'reversal')).toBe(true);
    const byAccount = tierFiguresByAccount(pointsEntries, salesEntries, TODAY, accountOf);
    expect([...byAccount.keys()].sort()).toEqual(accounts);
    for (const account of accounts) {
      const mine = (e: { customerId: string }) => accountOf(e.customerId) === account;
      expect(byAccount.get(account)).toEqual(
        tierFigures(pointsEntries.filter(mine), salesEntries.filter(mine), TODAY),
      );
    }
  });
});
