/** Puts the problems a set-up form's values have onto its fields, in the user's language. */
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { showFormProblems, type FieldProblem } from '../../components/form-values';

export function showProblems(
  form: Pick<FormInstance, 'setFields' | 'scrollToField'>,
  problems: FieldProblem[],
  t: TFunction<'bookings'>,
): void {
  showFormProblems(form, problems, t as TFunction, 'setup.errors');
}
