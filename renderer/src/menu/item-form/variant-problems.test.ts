/**
 * The variants table's messages in both languages: a code held by another item names that item,
 * one held by another combination names the combination, and every placeholder is filled.
 */
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { buildCodeIndex } from '@domain/menu/codes';
import { ids, sampleItem, shirtOptions, shirtVariants } from '@domain/menu/fixtures/menu';
import { resources } from '../../i18n/resources';
import { liveVariantProblems, variantProblemLookup } from './variant-problems';
import { variantFormValues, variantLabelOf } from './variant-values';

async function menuT(language: 'zh-CN' | 'en'): Promise<TFunction<'menu'>> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, interpolation: { escapeValue: false } });
  return instance.getFixedT(language, 'menu');
}

const shirtId = ids.item(5);
const noodles = sampleItem({ id: ids.item(1), name: { zh: '重庆小面', en: null }, sku: 'CQXM' });

/** The shirt's form values with the second variant's SKU taken by 重庆小面, the third's barcode
 * the same as the first's, and the first's SKU the same as the item's own. */
function clashing() {
  const draft = variantFormValues({ variantOptions: shirtOptions(), variants: shirtVariants() });
  draft.variants[0]!.sku = 'TS';
  draft.variants[1]!.sku = 'cqxm';
  draft.variants[2]!.barcode = draft.variants[0]!.barcode;
  return { ...draft, sku: 'ts', barcode: '' };
}

describe('variant problems', () => {
  for (const [language, expected] of [
    [
      'zh-CN',
      ['与这个商品自己的 SKU 相同', '这个 SKU 已被“重庆小面”使用', '与款式“红 / M”的条码相同'],
    ],
    [
      'en',
      [
        "Same as this item's own SKU",
        'This SKU is already used by “重庆小面”',
        'Same barcode as variant “Red / M”',
      ],
    ],
  ] as const) {
    it(`name who else holds a code, in ${language}`, async () => {
      const t = await menuT(language);
      const values = clashing();
      const problems = liveVariantProblems(values, {
        itemId: shirtId,
        codeIndex: buildCodeIndex([noodles]),
      });
      const lang = language === 'en' ? 'en' : 'zh';
      const problemAt = variantProblemLookup(t, problems, {
        itemId: shirtId,
        itemName: (id) => (id === noodles.id ? noodles.name.zh : undefined),
        variantName: (id) => {
          const variant = values.variants.find((each) => each.id === id);
          return variant && variantLabelOf(values.variantOptions, variant.valueIds, lang, '?');
        },
      });
      expect([
        problemAt(['variants', 0, 'sku']).help,
        problemAt(['variants', 1, 'sku']).help,
        problemAt(['variants', 2, 'barcode']).help,
      ]).toEqual(expected);
      expect(problemAt(['variants', 0, 'barcode'])).toEqual({});
    });
  }
});
