import { describe, expect, it } from 'vitest';
import { idSequence } from '@domain/menu/fixtures/menu';
import {
  addOption,
  addValue,
  missingCombinations,
  removeOption,
  removeValue,
  removeVariant,
  restoreCombination,
  startVariants,
  typedIn,
  MAX_VARIANT_VALUES,
} from './variant-edits';
import { variantLabelOf, type VariantDraft } from './variant-values';

/** Names the ids the edits hand out, so a draft can be read as "红 / M". */
function named(draft: VariantDraft, names: string[][]): VariantDraft {
  return {
    ...draft,
    variantOptions: draft.variantOptions.map((option, d) => ({
      ...option,
      values: option.values.map((value, v) => ({ ...value, nameZh: names[d]![v] ?? value.nameZh })),
    })),
  };
}

const labels = (draft: VariantDraft) =>
  draft.variants.map((variant) =>
    variantLabelOf(draft.variantOptions, variant.valueIds, 'zh', '?'),
  );

/** 颜色 红/黑 × 尺码 M/L, built as the shop builds it: value by value. */
function shirt(newId = idSequence()): VariantDraft {
  let draft = startVariants({ price: '99', listPrice: '129' }, newId);
  const add = (option: number) => {
    const result = addValue(draft, option, { newId, itemPrice: '99' });
    if (!result.ok) throw new Error(result.reason);
    draft = result.draft;
  };
  add(0);
  draft = addOption(draft, newId);
  add(1);
  return named(draft, [
    ['红', '黑'],
    ['M', 'L'],
  ]);
}

describe('variant edits', () => {
  it('start with one combination at the item’s prices', () => {
    const draft = startVariants({ price: '25', listPrice: '30' }, idSequence());
    expect(draft.variantOptions).toHaveLength(1);
    expect(draft.variants).toEqual([
      expect.objectContaining({ price: '25', listPrice: '30', onSale: true, sku: '' }),
    ]);
  });

  it('add every combination of a new value, the first dimension varying slowest', () => {
    expect(labels(shirt())).toEqual(['红 / M', '黑 / M', '红 / L', '黑 / L']);
  });

  it('give a new combination the cheapest price there is, and keep the others as typed', () => {
    const newId = idSequence();
    const draft = shirt(newId);
    draft.variants[0] = { ...draft.variants[0]!, price: '109', sku: 'TS-RM' };
    draft.variants[1] = { ...draft.variants[1]!, price: '89.5' };
    const result = addValue(draft, 1, { newId, itemPrice: '99' });
    expect(result.ok && result.added).toBe(2);
    if (!result.ok) return;
    expect(result.draft.variants.slice(0, 4)).toEqual(draft.variants);
    expect(result.draft.variants.slice(4).map((v) => v.price)).toEqual(['89.5', '89.5']);
  });

  it('price a first combination like the item when no variant price can be read', () => {
    const newId = idSequence();
    const draft = startVariants({ price: '', listPrice: '' }, newId);
    const result = addValue(draft, 0, { newId, itemPrice: '12' });
    expect(result.ok && result.draft.variants.map((v) => v.price)).toEqual(['', '12']);
  });

  it('refuse a value past the limits instead of adding part of it', () => {
    const newId = idSequence();
    let draft = startVariants({ price: '1', listPrice: '' }, newId);
    for (let i = 1; i < MAX_VARIANT_VALUES; i += 1) {
      const result = addValue(draft, 0, { newId, itemPrice: '1' });
      if (result.ok) draft = result.draft;
    }
    expect(draft.variants).toHaveLength(50);
    expect(addValue(draft, 0, { newId, itemPrice: '1' })).toEqual({
      ok: false,
      reason: 'too_many_values',
    });
    // 50 × 5 = 250 is the most an item has; a sixth size would make 300.
    draft = addOption(draft, newId);
    for (let i = 1; i < 5; i += 1) {
      const result = addValue(draft, 1, { newId, itemPrice: '1' });
      if (result.ok) draft = result.draft;
    }
    expect(draft.variants).toHaveLength(250);
    expect(addValue(draft, 1, { newId, itemPrice: '1' })).toEqual({
      ok: false,
      reason: 'too_many_variants',
    });
  });

  it('keep a removed combination removed when another value is added', () => {
    const newId = idSequence();
    let draft = shirt(newId);
    const blackL = draft.variants[3]!;
    draft = removeVariant(draft, blackL.id).draft;
    expect(missingCombinations(draft)).toEqual([blackL.valueIds]);
    const result = addValue(draft, 1, { newId, itemPrice: '99' });
    if (!result.ok) throw new Error(result.reason);
    draft = named(result.draft, [
      ['红', '黑'],
      ['M', 'L', 'XL'],
    ]);
    expect(labels(draft)).toEqual(['红 / M', '黑 / M', '红 / L', '红 / XL', '黑 / XL']);
    expect(missingCombinations(draft)).toEqual([blackL.valueIds]);
    draft = restoreCombination(draft, blackL.valueIds, { newId, itemPrice: '99' });
    expect(missingCombinations(draft)).toEqual([]);
  });

  it('remove a value with its combinations, saying which went', () => {
    const draft = shirt();
    const black = draft.variantOptions[0]!.values[1]!;
    const removal = removeValue(draft, 0, black.id);
    expect(labels(removal.draft)).toEqual(['红 / M', '红 / L']);
    expect(removal.removed.map((v) => v.id)).toEqual([
      draft.variants[1]!.id,
      draft.variants[3]!.id,
    ]);
    expect(removal.draft.variantOptions[0]!.values.map((v) => v.nameZh)).toEqual(['红']);
  });

  it('ask only when what goes carries a code, an original price or a price of its own', () => {
    const draft = shirt();
    const black = draft.variantOptions[0]!.values[1]!.id;
    expect(typedIn(removeValue(draft, 0, black), '99')).toEqual([]);
    const withCode = structuredClone(draft);
    withCode.variants[3]!.barcode = '6950000000017';
    expect(typedIn(removeValue(withCode, 0, black), '99').map((v) => v.id)).toEqual([
      draft.variants[3]!.id,
    ]);
    const dearer = structuredClone(draft);
    dearer.variants[1]!.price = '109';
    expect(typedIn(removeValue(dearer, 0, black), '99').map((v) => v.id)).toEqual([
      draft.variants[1]!.id,
    ]);
  });

  it('merge combinations that differed only in a removed dimension, keeping the first', () => {
    const draft = shirt();
    draft.variants[0]!.sku = 'TS-RM';
    draft.variants[2]!.sku = 'TS-RL';
    const removal = removeOption(draft, 1);
    expect(labels(removal.draft)).toEqual(['红', '黑']);
    expect(removal.draft.variants.map((v) => v.sku)).toEqual(['TS-RM', '']);
    expect(removal.removed.map((v) => v.sku)).toEqual(['TS-RL', '']);
    expect(typedIn(removal, '99').map((v) => v.sku)).toEqual(['TS-RL']);
  });

  it('take every variant with the last dimension', () => {
    const draft = removeOption(shirt(), 1).draft;
    const removal = removeOption(draft, 0);
    expect(removal.draft).toEqual({ variantOptions: [], variants: [] });
    expect(removal.removed).toHaveLength(2);
  });

  it('extend every combination with a new dimension’s first value, losing nothing', () => {
    const draft = shirt();
    const more = addOption(draft, idSequence(8));
    expect(more.variants.map((v) => v.valueIds.length)).toEqual([3, 3, 3, 3]);
    expect(more.variants.map((v) => v.id)).toEqual(draft.variants.map((v) => v.id));
    const four = addOption(addOption(more, idSequence(7)), idSequence(6));
    expect(four.variantOptions).toHaveLength(3);
  });
});
