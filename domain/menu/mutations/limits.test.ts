/**
 * Defect 4 of issue 9: one change's work is bounded in its own schema, and the bound still
 * admits the largest import the console makes (a 10,000-row file replacing a 10,000-item menu).
 */
import { describe, expect, it } from 'vitest';
import { newId } from '../../ids';
import type { MutationDefinition } from '../../mutations/define';
import { acceptMutation } from '../../sync/accept-mutation';
import { sampleItem } from '../fixtures/menu';
import type { Category, MenuItem } from '../schema';
import { deleteItems, restoreItems } from './items';
import { importMenu } from './import';
import { MAX_MUTATION_BYTES, MAX_ROW_OPS_PER_MUTATION } from './limits';

const category = (): Category => ({
  id: newId(),
  name: { zh: '主食', en: 'Mains' },
  sortKey: 'i',
  hidden: false,
});

const item = (categoryId: string, n: number, description = '现点现做'): MenuItem =>
  sampleItem({
    id: newId(),
    categoryId,
    sortKey: `${String(n + 1).padStart(5, '0')}i`,
    name: { zh: `黄焖鸡米饭${n}`, en: `Dish ${n}` },
    description: { zh: description, en: 'Made to order' },
    priceFen: 1800,
    listPriceFen: null,
    tags: [],
    sku: null,
    barcode: null,
    specGroups: [],
    updatedAt: 1_764_000_000_000,
  });

const ids = (count: number) => Array.from({ length: count }, () => newId());

describe('mutation limits', () => {
  it('admits a 10,000-row import replacing a 10,000-item menu as one change', () => {
    const categories = Array.from({ length: 200 }, category);
    const args = {
      categories,
      tags: [],
      createItems: Array.from({ length: 10_000 }, (_, n) => item(categories[n % 200]!.id, n)),
      updateItems: [],
      deleteItemIds: ids(10_000),
      deleteCategoryIds: ids(200),
      updatedAt: 1,
    };
    expect(importMenu.args.safeParse(args).success).toBe(true);
  });

  it("refuses the attacker's delete of 20,000 items and 100,000 photos", () => {
    const args = { ids: ids(20_000), photoIds: ids(100_000) };
    expect(deleteItems.args.safeParse(args).success).toBe(false);
    const verdict = acceptMutation(
      { name: deleteItems.name, version: deleteItems.version, args },
      (name) =>
        name === deleteItems.name
          ? (deleteItems as MutationDefinition<string, unknown>)
          : undefined,
    );
    expect(verdict).toMatchObject({ ok: false, reason: 'invalid_args' });
  });

  it('refuses a change with more row operations than one mutation may cause', () => {
    const args = { ids: ids(20_000), photoIds: ids(MAX_ROW_OPS_PER_MUTATION - 20_000 + 1) };
    expect(deleteItems.args.safeParse(args).success).toBe(false);
    const justEnough = { ids: ids(20_000), photoIds: ids(MAX_ROW_OPS_PER_MUTATION - 20_000) };
    expect(deleteItems.args.safeParse(justEnough).success).toBe(true);
  });

  it('refuses a change heavier than a push may carry', () => {
    const id = newId();
    // 2,200 items with the longest Chinese description: 2,000 characters of 3 bytes each.
    const heavy = Array.from({ length: 2_200 }, (_, n) => item(id, n, '鸡'.repeat(2_000)));
    expect(JSON.stringify(heavy).length * 3).toBeGreaterThan(MAX_MUTATION_BYTES);
    const parsed = restoreItems.args.safeParse({ items: heavy });
    expect(parsed.success).toBe(false);
  });
});
