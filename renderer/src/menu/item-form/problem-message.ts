/** A domain problem in the shop's language; a taken SKU or barcode names the item that has it. */
import type { TFunction } from 'i18next';
import type { FieldProblem } from '@domain/menu/problems';

export function problemMessage(
  t: TFunction<'menu'>,
  problem: FieldProblem,
  itemName: (id: string) => string | undefined,
): string {
  const params = { ...problem.params };
  if (typeof params.itemId === 'string') params.name = itemName(params.itemId) ?? '';
  return t(`problem.${problem.code}`, params);
}

export const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((part, index) => part === b[index]);
