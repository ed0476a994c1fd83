/** Form rules for amounts typed in yuan: the parse error shows at the field, in the shop's language. */
import type { TFunction } from 'i18next';
import { readYuan } from './item-form-values';

export function yuanRule(
  t: TFunction<'menu'>,
  options: { optional?: boolean; allowNegative?: boolean } = {},
) {
  return {
    validator: async (_rule: unknown, value: string | undefined) => {
      const result = readYuan(value, options);
      if (!result.ok) throw new Error(t(`problem.money.${result.error}`));
    },
  };
}
