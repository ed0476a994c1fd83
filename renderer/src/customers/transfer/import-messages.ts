/** An import row's problems and merges in the shop's language. */
import type { TFunction } from 'i18next';
import type { FieldChange } from '@domain/customers/import/plan';
import type { ImportProblem } from '@domain/customers/import/row';
import type { CustomerPersonal } from '@domain/customers/schema';

export function problemText(t: TFunction<'customers'>, problem: ImportProblem): string {
  const message = t(`transfer.problems.codes.${problem.code}`, { ...problem.params });
  if (problem.field === 'row') return message;
  return t('transfer.problems.message', {
    field: t(`transfer.problems.fields.${problem.field}`),
    message,
  });
}

type PersonalValue = CustomerPersonal[FieldChange['field']];

export function personalValueText(t: TFunction<'customers'>, value: PersonalValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(t('transfer.export.tagSeparator'));
  if (typeof value === 'object') {
    const monthDay = `${String(value.month).padStart(2, '0')}-${String(value.day).padStart(2, '0')}`;
    return value.year === null ? monthDay : `${value.year}-${monthDay}`;
  }
  if (value === 'female' || value === 'male' || value === 'other')
    return t(`transfer.gender.${value}`);
  return value;
}

export function changeText(t: TFunction<'customers'>, change: FieldChange): string {
  return t(`transfer.import.change.${change.kind}`, {
    field: t(`transfer.problems.fields.${change.field}`),
    value: personalValueText(t, change.fileValue),
    existing: personalValueText(t, change.existingValue),
  });
}
