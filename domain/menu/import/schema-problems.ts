/** Maps what the stored schema refuses in a planned row back to the import's fields. */
import type { ImportField, ImportProblem } from './draft';

const FIELD_OF_PATH: Record<string, ImportField> = {
  name: 'name',
  description: 'description',
  categoryId: 'category',
  priceFen: 'price',
  listPriceFen: 'listPrice',
  sku: 'sku',
  barcode: 'barcode',
  tags: 'tags',
  status: 'status',
  dailyStock: 'dailyStock',
  availability: 'dayparts',
  specGroups: 'specGroups',
};

/**
 * The last check before a row is planned: the stored schema. Resolving catches what a shop can
 * get wrong with a message of its own; anything left is 'invalid' at its field, so one odd row
 * is skipped instead of the whole import failing when the mutation is checked.
 */
export function schemaProblems(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[] }[] };
}): ImportProblem[] {
  if (result.success) return [];
  const fields = new Set(
    (result.error?.issues ?? []).map(({ path }) => {
      const field = FIELD_OF_PATH[String(path[0])] ?? 'row';
      return path[1] === 'en' && (field === 'name' || field === 'description')
        ? (`${field}En` as const)
        : field;
    }),
  );
  return [...fields].map((field) => ({ field, code: 'invalid' }));
}
