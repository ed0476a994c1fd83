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

async function translator(lng: string): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({ resources, lng, ns: ['sync', 'menu'], interpolation: { escapeValue: false } });
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
