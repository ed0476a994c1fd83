/**
 * The Needs-attention list words a rejection by its rule with the rule's own details: every
 * placeholder of a rule's message must be a fact the platform's rule sends.
 */
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { invariantRegistry } from '@domain/sync/invariant-rules';
import { checkInvariants } from '@domain/sync/invariants';
import { memoryLoader } from '@domain/sync/test-support/memory-loader';
import { resources } from '../../i18n/resources';

const ITEM = '0195a000-0000-7000-8000-000000000001';

/** What the platform's stock rule says when the kitchen sells 2 of the last 1 黄焖鸡. */
async function oversoldDetails(): Promise<Record<string, unknown>> {
  const sale = {
    id: '0195a000-0000-7000-9000-000000000001',
    itemId: ITEM,
    businessDate: '2026-03-06',
    delta: -2,
    reason: 'sale' as const,
    createdAt: 1,
  };
  const violation = await checkInvariants(
    invariantRegistry.forMutation('menuStock.append'),
    { entries: [sale] },
    memoryLoader({
      entities: { menuItem: [{ id: ITEM, dailyStock: 1 }] },
    }),
  );
  expect(violation?.rule).toBe('menuStock.oversold');
  return violation!.details!;
}

describe('needs attention wording', () => {
  it.each([
    ['zh-CN', '库存不足：这个菜品当天只剩 1 份，这次要卖 2 份。'],
    ['en', 'Not enough stock: only 1 of this item left that day, and this change sells 2.'],
  ] as const)('words menuStock.oversold with the platform’s facts in %s', async (lng, text) => {
    const i18n = createInstance();
    await i18n.init({ resources, lng, ns: ['sync'], interpolation: { escapeValue: false } });
    const facts = await oversoldDetails();
    expect(i18n.exists('sync:attention.rule.menuStock.oversold')).toBe(true);
    expect(i18n.t('sync:attention.rule.menuStock.oversold', facts)).toBe(text);
    expect(i18n.t('sync:attention.ruleTodo.menuStock.oversold', facts)).not.toMatch(/\{\{/);
  });
});
