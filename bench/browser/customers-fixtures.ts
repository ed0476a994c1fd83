/**
 * Deterministic customers for benchmarks (issue 12): N people with Chinese names drawn from the
 * most common surnames (weighted roughly by how common they are, polyphonic ones like 曾, 单 and
 * 解 included) and given-name characters, mainland mobile numbers on real prefixes, and ledgers
 * of about ten entries per customer (top-ups and spends, points earned and redeemed, sales over
 * two years), a few profiles merged into others. The same shop on every run, apart from ids.
 */
import { newId } from '@domain/ids';
import type {
  Customer,
  CustomerPersonal,
  CustomerTier,
  PointsEntry,
  SaleEntry,
  StoredValueEntry,
} from '@domain/customers/schema';

/** Small, fast and seeded (mulberry32): the same sequence on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The commonest surnames first: earlier ones are drawn more often. */
const surnames = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程',
  ...'苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝',
  ...'龚邵万钱严覃武戴莫孔向汤单解查仇区乐',
];
const givenChars = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉萍红鹏华飞鑫波斌宇浩凯健俊帆帅旭宁',
  ...'龙林欣佳晨阳婷雪琳颖倩慧梅琴云莉丹玲燕文辉建国志新海峰亮成荣德永春晓东宏斌彬博思雨轩',
  ...'子涵梓萱一诺欣怡浩然宇航嘉怡诗雨梦瑶锦程家豪',
];
const mobilePrefixes = [
  ...['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152'],
  ...['153', '155', '156', '157', '158', '159', '166', '176', '177', '180', '181', '182'],
  ...['183', '185', '186', '187', '188', '189', '191', '198', '199'],
];

const pick = <T>(list: readonly T[], random: () => number, skew = 1): T =>
  list[Math.floor(random() ** skew * list.length)]!;

export function benchName(random: () => number): string {
  const surname = pick(surnames, random, 2);
  const given = pick(givenChars, random) + (random() < 0.7 ? pick(givenChars, random) : '');
  return surname + given;
}

export function benchMobile(random: () => number): string {
  let phone = pick(mobilePrefixes, random);
  for (let i = 0; i < 8; i += 1) phone += Math.floor(random() * 10);
  return phone;
}

export interface BenchShop {
  customers: Customer[];
  people: CustomerPersonal[];
  storedValue: StoredValueEntry[];
  points: PointsEntry[];
  sales: SaleEntry[];
  tiers: CustomerTier[];
  /** The business date the shop is summarised on. */
  today: string;
}

const DAY = 86_400_000;
const TODAY = '2026-12-02';
const START = Date.UTC(2024, 11, 2);

const tags = ['常客', '外卖', '生日月', '企业', '学生'];

export function benchTiers(): CustomerTier[] {
  const tier = (id: number, zh: string, en: string, threshold: number): CustomerTier => ({
    id: `00000000-0000-7000-8000-00000000000${id}`,
    name: { zh, en },
    basis: 'amountSpent',
    window: 'last12Months',
    threshold,
    benefit: {},
    discountPercent: 100 - id * 3,
    rank: id,
    createdAt: START,
  });
  return [
    tier(1, '银卡', 'Silver', 20_000),
    tier(2, '金卡', 'Gold', 50_000),
    tier(3, '钻石', 'Diamond', 100_000),
  ];
}

/** People only (for the search): `count` names and mobiles, newest first. */
export function benchPeople(count: number, seed = 12): CustomerPersonal[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => ({
    id: newId(),
    name: benchName(random),
    phone: benchMobile(random),
    gender: null,
    birthday: null,
    tags: random() < 0.2 ? [pick(tags, random)] : [],
    note: '',
  }));
}

/**
 * A shop of `count` customers with about `entriesPerCustomer` ledger entries each (split between
 * stored value, points and sales); 2% of profiles are aliases merged into another.
 */
export function benchShop(count: number, entriesPerCustomer = 10, seed = 12): BenchShop {
  const random = seededRandom(seed + 1);
  const people = benchPeople(count, seed);
  const customers: Customer[] = people.map((person, n) => ({
    id: person.id,
    source: n % 10 === 0 ? 'import' : 'shop',
    createdAt: START + Math.floor(((count - n) / count) * 700 * DAY),
    consent: null,
    mergedInto: null,
    erasedAt: null,
  }));
  for (let n = 1; n < count; n += 50) customers[n]!.mergedInto = customers[n - 1]!.id;
  const storedValue: StoredValueEntry[] = [];
  const points: PointsEntry[] = [];
  const sales: SaleEntry[] = [];
  const dateOf = (at: number) => new Date(at).toISOString().slice(0, 10);
  const base = (customerId: string) => {
    const at = START + Math.floor(random() * 730 * DAY);
    return {
      id: newId(),
      customerId,
      at,
      businessDate: dateOf(at),
      receiptNo: null,
      staffId: null,
      saleId: null,
      reverses: null,
      reason: null,
    };
  };
  for (const customer of customers) {
    const entries = Math.floor(random() * entriesPerCustomer * 2);
    for (let k = 0; k < entries; k += 1) {
      const roll = random();
      if (roll < 0.3) {
        const topUp = roll < 0.1;
        const amount = (1 + Math.floor(random() * 50)) * 1_000;
        storedValue.push({
          ...base(customer.id),
          kind: topUp ? 'topUp' : 'spend',
          principalFen: topUp ? amount : -Math.floor(amount / 10),
          bonusFen: topUp ? amount / 10 : 0,
          planId: null,
          paidWith: topUp ? 'wechat' : null,
          offline: false,
        });
      } else if (roll < 0.65) {
        points.push({
          ...base(customer.id),
          kind: roll < 0.6 ? 'earn' : 'redeem',
          points: roll < 0.6 ? 1 + Math.floor(random() * 300) : -Math.floor(random() * 20),
          expires: null,
        });
      } else {
        sales.push({
          ...base(customer.id),
          amountFen: 500 + Math.floor(random() * 30_000),
          method: pick(['cash', 'storedValue', 'alipay', 'wechat'] as const, random),
          pointsUsed: null,
        });
      }
    }
  }
  return { customers, people, storedValue, points, sales, tiers: benchTiers(), today: TODAY };
}
