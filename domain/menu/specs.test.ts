import { describe, expect, it } from 'vitest';
import { addOnGroup, ids, sampleItem, sizeGroup } from './fixtures/menu';
import type { SpecGroup } from './schema';
import { pickBounds, priceRange, validateSpecGroups } from './specs';

const spiceGroup = (): SpecGroup => ({
  id: ids.group(5),
  name: { zh: '辣度', en: 'Spice' },
  selection: 'single',
  required: true,
  min: 1,
  max: 1,
  options: ['不辣', '微辣', '特辣'].map((zh, i) => ({
    id: ids.option(10 + i),
    name: { zh },
    priceDeltaFen: 0,
  })),
});

describe('validateSpecGroups', () => {
  it('accepts size, spice level and add-ons', () => {
    expect(
      validateSpecGroups([sizeGroup(), spiceGroup(), addOnGroup()], { basePriceFen: 1000 }),
    ).toEqual([]);
  });

  it('refuses a required group with no options, at its options field', () => {
    expect(validateSpecGroups([sizeGroup(), { ...spiceGroup(), options: [] }])).toEqual([
      { path: ['specGroups', 1, 'options'], code: 'required_without_options' },
    ]);
  });

  it('refuses max below min and more minimum picks than options', () => {
    const addOns = { ...addOnGroup(), required: true, min: 4, max: 2 };
    expect(validateSpecGroups([addOns])).toEqual([
      { path: ['specGroups', 0, 'max'], code: 'max_below_min' },
      { path: ['specGroups', 0, 'min'], code: 'min_above_options', params: { count: 3 } },
    ]);
  });

  it('refuses a single-choice group that allows more than one pick', () => {
    expect(validateSpecGroups([{ ...sizeGroup(), max: 2 }])).toEqual([
      { path: ['specGroups', 0, 'max'], code: 'single_max_not_one' },
    ]);
  });

  it('keeps required and the minimum consistent', () => {
    expect(validateSpecGroups([{ ...sizeGroup(), min: 0 }]).map((p) => p.code)).toEqual([
      'required_min_zero',
    ]);
    expect(validateSpecGroups([{ ...addOnGroup(), min: 1 }]).map((p) => p.code)).toEqual([
      'optional_min_above_zero',
    ]);
  });

  it('points at a duplicate option name (either language, any case) and a duplicate group name', () => {
    const size = sizeGroup();
    size.options[1] = { ...size.options[1]!, name: { zh: '中份', en: 'SMALL ' } };
    expect(validateSpecGroups([size, { ...spiceGroup(), name: { zh: '份量' } }])).toEqual([
      { path: ['specGroups', 0, 'options', 1, 'name'], code: 'duplicate_option_name' },
      { path: ['specGroups', 1, 'name'], code: 'duplicate_group_name' },
    ]);
  });

  it('refuses choices that would make the price negative', () => {
    const size = sizeGroup();
    size.options[0] = { ...size.options[0]!, priceDeltaFen: -600 };
    expect(validateSpecGroups([size], { basePriceFen: 500 })).toEqual([
      { path: ['specGroups'], code: 'price_below_zero' },
    ]);
  });
});

describe('priceRange', () => {
  it('is the base price without groups', () => {
    expect(priceRange({ priceFen: 1800, specGroups: [] })).toEqual({ minFen: 1800, maxFen: 1800 });
  });

  it('counts the required size and up to max add-ons', () => {
    // 25.00 + small (0) .. 25.00 + large (5.00) + potato (3.00) + egg (2.00)
    expect(priceRange(sampleItem())).toEqual({ minFen: 2500, maxFen: 3500 });
  });

  it('counts the minimum picks of a multiple group with the cheapest options', () => {
    const addOns = { ...addOnGroup(), required: true, min: 2, max: 3 };
    expect(priceRange({ priceFen: 1000, specGroups: [addOns] })).toEqual({
      minFen: 1300,
      maxFen: 1600,
    });
  });

  it('takes a negative option even when the group is optional', () => {
    const size = { ...sizeGroup(), required: false, min: 0 };
    size.options[0] = { ...size.options[0]!, priceDeltaFen: -300 };
    expect(priceRange({ priceFen: 1000, specGroups: [size] })).toEqual({
      minFen: 700,
      maxFen: 1500,
    });
  });

  it('never asks for more picks than there are options', () => {
    expect(pickBounds({ ...addOnGroup(), required: true, min: 5, max: 9 })).toEqual({
      min: 3,
      max: 3,
    });
  });
});
