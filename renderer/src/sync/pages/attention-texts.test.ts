/**
 * The Needs-attention list words a rejection by its rule with the rule's own details: every
 * placeholder of a rule's message must be a fact the platform's rule sends.
 */
import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { acceptMutation } from '@domain/sync/accept-mutation';
import { findMutation } from '@domain/mutations/registry';
import { invariantRegistry } from '@domain/sync/invariant-rules';
import { checkInvariants } from '@domain/sync/invariants';
import { memoryLoader, type MemoryState } from '@domain/sync/test-support/memory-loader';
import { sampleItem } from '@domain/menu/fixtures/menu';
import { resources } from '../../i18n/resources';
import { attentionTexts } from './attention-texts';
import { DEFAULT_CUSTOMER_SETTINGS } from '@domain/customers/schema';
import { writeOffDifference } from '@domain/customers/invariants/balance-below-zero';
import { buildCharge } from '../../customers/counter/charge';
import type { Resource } from '@domain/bookings/schema';
import { bookingArgs, shopState, testShop } from '@domain/test-support/booking-shop';

const ITEM = '0195a000-0000-7000-8000-000000000001';
const OTHER = '0195a000-0000-7000-8000-000000000002';

/** The platform's verdict on a change, as its rules give it over `stored`. */
async function verdict(name: string, args: unknown, stored: MemoryState) {
  const accepted = acceptMutation({ name, version: 1, args }, findMutation);
  if (!accepted.ok) throw new Error(accepted.message);
  const violation = await checkInvariants(
    invariantRegistry.forMutation(name),
    accepted.args,
    memoryLoader(stored),
    accepted.ops,
  );
  expect(violation).not.toBeNull();
  return { rule: violation!.rule, reason: 'invariant_violated', details: violation!.details! };
}

/** What the kitchen is told when it sells 2 of the last 1 黄焖鸡. */
const oversold = () =>
  verdict(
    'menuStock.append',
    {
      entries: [
        {
          id: '0195a000-0000-7000-9000-000000000001',
          itemId: ITEM,
          businessDate: '2026-03-06',
          delta: -2,
          reason: 'sale',
          createdAt: 1,
        },
      ],
    },
    { entities: { menuItem: [{ id: ITEM, dailyStock: 1 }] } },
  );

/** What the front desk is told when it gives 米饭 the barcode 牛肉面 already has. */
const codeTaken = () =>
  verdict(
    'menuItem.update',
    { id: ITEM, barcode: '6901', updatedAt: 2 },
    {
      entities: {
        menuItem: [
          sampleItem({ id: ITEM, name: { zh: '米饭', en: 'Rice' }, sku: null, barcode: null }),
          sampleItem({ id: OTHER, name: { zh: '牛肉面', en: 'Beef noodles' }, barcode: '6901' }),
        ],
      },
    },
  );

async function translator(
  lng: string,
  ns: string[] = ['sync', 'menu', 'customers'],
): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({
    resources,
    lng,
    ns,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

describe('needs attention wording', () => {
  it.each([
    ['zh-CN', '库存不足：这个菜品当天只剩 1 份，这次要卖 2 份。'],
    ['en', 'Not enough stock: only 1 of this item left that day, and this change sells 2.'],
  ] as const)('words menuStock.oversold with the platform’s facts in %s', async (lng, text) => {
    const texts = attentionTexts(await oversold(), await translator(lng), lng);
    expect(texts.reason).toBe(text);
    expect(texts.todo).not.toMatch(/\{\{|part\.rules/);
  });

  it.each([
    ['zh-CN', '编码重复：条码 6901 已被「牛肉面」使用', '去掉重复编码（6901）后重新应用'],
    [
      'en',
      'Duplicate code: barcode 6901 is already used by “Beef noodles”',
      'without the duplicate codes (6901)',
    ],
  ] as const)('words menuItem.codeTaken, naming the other item, in %s', async (lng, text, fix) => {
    const texts = attentionTexts(await codeTaken(), await translator(lng), lng);
    expect(texts.reason).toContain(text);
    expect(texts.reason).not.toMatch(/\{\{|\$t\(/);
    expect(texts.todo).toContain(lng === 'en' ? 'Beef noodles' : '牛肉面');
    expect(texts.actionLabel('applyWithoutClashingCodes')).toContain(fix);
  });

  it('falls back to the reason’s own words for a rule no part declares', async () => {
    const t = await translator('en');
    const texts = attentionTexts(
      { rule: 'future.rule', reason: 'invalid_args', details: null },
      t,
      'en',
    );
    expect(texts.reason).toBe(t('sync:attention.reason.invalid_args'));
  });
});

describe('needs attention wording of the customers’ rules', () => {
  const CUSTOMER = '0195a000-0000-7000-8000-0000000000c1';
  const OTHER_AT = Date.UTC(2026, 11, 2, 3, 5); // 11:05 in Shanghai
  const entry = (id: string, fields: Record<string, unknown>) => ({
    id,
    customerId: CUSTOMER,
    at: OTHER_AT,
    businessDate: '2026-12-02',
    staffId: null,
    saleId: null,
    reverses: null,
    reason: null,
    planId: null,
    paidWith: null,
    offline: true,
    ...fields,
  });
  /** ¥100 topped up; the kitchen's desk K1TCHN spent ¥50 offline; this desk now spends ¥80. */
  const overspent = () => {
    const built = buildCharge({
      customerId: CUSTOMER,
      amountFen: 8_000,
      method: 'storedValue',
      restMethod: null,
      balance: { principalFen: 10_000, bonusFen: 0 },
      points: 0,
      settings: DEFAULT_CUSTOMER_SETTINGS,
      offline: true,
      context: {
        at: OTHER_AT + 60_000,
        businessDate: '2026-12-02',
        receiptNo: 'FR0NT1-20261202-0001',
        staffId: null,
      },
    });
    if (!built.ok) throw new Error(built.error);
    return verdict('customer.charge', built.args, {
      entities: { customer: [{ id: CUSTOMER, mergedInto: null, erasedAt: null }] },
      ledgers: {
        storedValueEntry: [
          entry('0195a000-0000-7000-9000-000000000001', {
            kind: 'topUp',
            principalFen: 10_000,
            bonusFen: 0,
            receiptNo: 'FR0NT1-20261202-0000',
          }),
          entry('0195a000-0000-7000-9000-000000000002', {
            kind: 'spend',
            principalFen: -5_000,
            bonusFen: 0,
            receiptNo: 'K1TCHN-20261202-0007',
          }),
        ],
      },
    }).then((row) => ({ ...row, args: built.args }));
  };
  const context = {
    customer: { name: '张三', phone: '13812341234', erased: false },
    timeZone: 'Asia/Shanghai',
    currency: 'CNY',
  };

  it.each([
    [
      'zh-CN',
      '张三 的储值余额不够：这笔要扣 ¥80.00，平台上只剩 ¥50.00，差 ¥30.00。另一笔消费 ¥50.00 于 2026/12/02 11:05 在编号 K1TCHN 的电脑上完成（小票 K1TCHN-20261202-0007）。',
      '扣除剩余余额，差额 ¥30.00 收现金',
    ],
    [
      'en',
      '张三 does not have enough stored value: this charge takes CN¥80.00, the platform has CN¥50.00 left, CN¥30.00 short. The other spend of CN¥50.00 was made at 12/02/2026, 11:05 AM on computer K1TCHN (receipt K1TCHN-20261202-0007).',
      'Take the rest of the balance, collect CN¥30.00 in cash',
    ],
  ] as const)(
    'words storedValue.belowZero with the customer, the shortfall and the other desk in %s',
    async (lng, text, action) => {
      const texts = attentionTexts(await overspent(), await translator(lng), lng, {
        ...context,
        deskCode: 'FR0NT1',
      });
      expect(texts.reason).toBe(text);
      expect(texts.actionLabel('collectDifference')).toBe(action);
      expect(texts.todo).not.toMatch(/\{\{/);
    },
  );

  it('names this desk as this desk, and a customer gone from it as erased', async () => {
    const row = await overspent();
    const t = await translator('zh-CN');
    expect(attentionTexts(row, t, 'zh-CN', { ...context, deskCode: 'K1TCHN' }).reason).toContain(
      '在这台电脑上完成',
    );
    expect(attentionTexts(row, t, 'zh-CN', { ...context, customer: null }).reason).toMatch(
      /^已删除个人信息的会员 的储值余额不够/,
    );
  });

  it('writes off the difference only with a typed reason, as a sale of its own', async () => {
    const row = await overspent();
    const fix = (reason?: string) =>
      writeOffDifference.fix(
        { name: 'customer.charge', args: row.args },
        row.details,
        reason === undefined ? undefined : { reason },
      );
    expect(writeOffDifference.input).toBe('reason');
    expect(fix()).toBeNull();
    expect(fix('  ')).toBeNull();
    const followUp = fix('老顾客，店里承担');
    const sales = (
      followUp!.args as {
        sales: Array<{ method: string; amountFen: number; reason: string | null }>;
      }
    ).sales;
    expect(sales.map((s) => [s.method, s.amountFen, s.reason])).toEqual([
      ['storedValue', 5_000, null],
      ['writeOff', 3_000, '老顾客，店里承担'],
    ]);
  });

  it.each([
    ['zh-CN', '这位会员的个人信息已在 2026/12/02 11:05 按本人要求删除'],
    ['en', 'erased at their request on 12/02/2026, 11:05 AM'],
  ] as const)('words customer.erased with the time of the erasure in %s', async (lng, text) => {
    const row = {
      rule: 'customer.erased',
      reason: 'invariant_violated',
      details: { customerId: CUSTOMER, erasedAt: OTHER_AT },
    };
    const texts = attentionTexts(row, await translator(lng), lng, { timeZone: 'Asia/Shanghai' });
    expect(texts.reason).toContain(text);
  });
});

describe('needs attention wording of the bookings’ rules', () => {
  // The shop in Shanghai; the computer's zone must not matter: times are in the shop's.
  const shop = testShop();
  const [a1] = shop.resources as [Resource];
  const seven = shop.at(12, 5, 19);
  const first = bookingArgs(shop, seven, [a1]).booking;
  const later = bookingArgs(shop, seven + 30 * 60_000, [a1], { partySize: 3 });
  const taken = () => verdict('booking.create', later, shopState(shop, [first]));
  const t = (lng: string) => translator(lng, ['sync', 'bookings']);

  it.each([
    [
      'zh-CN',
      `预约 ${later.booking.code}（2026/12/05 19:30，3 人）未保存：A1 在该时段已被预约「${first.code}」（19:00–20:30）占用`,
      '改到 A2',
      '顺延到 2026/12/05 20:30（A1）',
    ],
    [
      'en',
      `Booking ${later.booking.code} (12/05/2026, 19:30, party of 3) was not saved: A1 is already taken at that time by booking “${first.code}” (19:00–20:30)`,
      'Seat them at A2 instead',
      'Move to 12/05/2026, 20:30 on A1',
    ],
  ] as const)(
    'words booking.resourceTaken with both bookings and the shop’s times in %s',
    async (lng, text, free, next) => {
      const texts = attentionTexts(await taken(), await t(lng), lng, {
        timeZone: shop.profile.timeZone,
      });
      expect(texts.reason).toContain(text);
      expect(texts.reason).not.toMatch(/\{\{|\$t\(/);
      expect(texts.todo).toContain('A2');
      expect(texts.actionLabel('moveToFreeResource')).toBe(free);
      expect(texts.actionLabel('moveToNextSlot')).toBe(next);
    },
  );

  it('words booking.overPacing by its slot and limit', async () => {
    const paced = {
      ...shop,
      settings: { ...shop.settings, pacing: { maxBookings: 1, maxCovers: null } },
    };
    const [, a2] = shop.resources as [Resource, Resource];
    const second = bookingArgs(shop, seven, [a2]);
    const violation = await verdict('booking.create', second, shopState(paced, [first]));
    const texts = attentionTexts(violation, await t('zh-CN'), 'zh-CN', {
      timeZone: shop.profile.timeZone,
    });
    expect(texts.reason).toContain(
      `预约 ${second.booking.code}（2026/12/05 19:00）未保存：19:00–19:30 开始的预约数将达到 2，超过店铺上限 1。`,
    );
    expect(texts.actionLabel('moveToNextSlot')).toBe('顺延到 2026/12/05 19:30');
  });

  it('says when no table is free at that time', async () => {
    const everyTable = shop.resources.map(
      (resource) => bookingArgs(shop, seven, [resource]).booking,
    );
    const clash = await verdict('booking.create', later, shopState(shop, everyTable));
    const texts = attentionTexts(clash, await t('zh-CN'), 'zh-CN', {
      timeZone: shop.profile.timeZone,
    });
    expect(texts.todo).toContain('该时段空闲：没有。');
  });
});
