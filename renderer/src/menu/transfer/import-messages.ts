/** An import problem in the shop's language: the field it is about, then what is wrong. */
import type { TFunction } from 'i18next';
import type { ImportProblem } from '@domain/menu/import/draft';
import type { ImportFileWarning } from '@domain/menu/import/file-warnings';
import type { ImportPlan } from '@domain/menu/import/plan';

const moneyCodes = new Set(['empty', 'not_a_number', 'too_many_decimals', 'negative', 'too_large']);

/**
 * A row's problem as the preview shows it. A warning says what was left out ("Barcode
 * “3.65275E+11” not imported: …"); an error says why the row is skipped.
 */
export function importProblemText(
  t: TFunction<'menu'>,
  problem: ImportProblem,
  itemName: (id: string) => string | undefined,
  kind: 'error' | 'warning' = 'error',
): string {
  const params: Record<string, string | number> = { ...problem.params };
  if (typeof params.itemId === 'string') params.name = itemName(params.itemId) ?? '';
  if (typeof params.currency === 'string')
    params.currencyName = t(`import.currency.${params.currency}`);
  const message = moneyCodes.has(problem.code)
    ? t(`problem.money.${problem.code}`)
    : t(`problem.${problem.code}`, params);
  if (problem.field === 'row') return message;
  const field = t(`import.field.${problem.field}`);
  const where =
    params.group !== undefined
      ? t('import.inGroup', { field, group: params.group })
      : params.at !== undefined
        ? t('import.atLine', { field, line: params.at })
        : field;
  if (params.value === undefined) return t('import.problemAt', { field: where, message });
  const template = kind === 'warning' ? 'import.warningAt' : 'import.problemAtValue';
  return t(template, { field: where, value: params.value, message });
}

export function fileErrorText(
  t: TFunction<'menu'>,
  error: ImportPlan['fileErrors'][number],
): string {
  const fields = String(error.params?.fields ?? '')
    .split(',')
    .filter(Boolean)
    .map((field) => t(`import.mapping.fields.${field}`))
    .join(t('listSeparator'));
  return t(`import.fileErrors.${error.code}`, { fields });
}

export function fileWarningText(t: TFunction<'menu'>, warning: ImportFileWarning): string {
  const currencies = String(warning.params?.currencies ?? '')
    .split(',')
    .filter(Boolean)
    .map((code) => t(`import.currency.${code}`))
    .join(t('listSeparator'));
  return t(`import.fileWarnings.${warning.code}`, { ...warning.params, currencies });
}
