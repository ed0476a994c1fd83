/**
 * A form's values become a row only through the domain's own zod schema: what the schema refuses
 * comes back as problems named by the form's field, so the form marks the field that is wrong, in
 * the user's language (showFormProblems), and saves nothing.
 */
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { z } from 'zod';

export type FieldName = Array<string | number>;
/** A problem at a field: `problem` is a key under the form's errors (`<prefix>.<problem>`). */
export interface FieldProblem {
  name: FieldName;
  problem: string;
}
export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/**
 * The key of what zod found wrong: `required`, `tooSmall`, `tooLarge`, `invalid`, or for a
 * refinement's message, the form's own key for it (`known`).
 */
function problemOf(issue: z.core.$ZodIssue, known: Readonly<Record<string, string>>): string {
  if (issue.code === 'too_small')
    return issue.origin === 'string' && issue.minimum === 1 ? 'required' : 'tooSmall';
  if (issue.code === 'too_big') return 'tooLarge';
  if (issue.code === 'custom' || issue.code === 'invalid_format') {
    return known[issue.message] ?? 'invalid';
  }
  return 'invalid';
}

/** Maps the schema's issues onto form fields: `rename` turns a row's path into the form's. */
export function problemsOf(
  error: z.ZodError,
  rename: (path: FieldName) => FieldName = (path) => path,
  known: Readonly<Record<string, string>> = {},
): FieldProblem[] {
  return error.issues.map((issue) => ({
    name: rename(issue.path as FieldName),
    problem: problemOf(issue, known),
  }));
}

/** Parses `row` with `schema`; `extra` are problems found before (an amount that is not money). */
export function parseWith<T>(
  schema: z.ZodType<T>,
  row: unknown,
  options: {
    rename?: (path: FieldName) => FieldName;
    extra?: FieldProblem[];
    known?: Readonly<Record<string, string>>;
  } = {},
): Parsed<T> {
  const parsed = schema.safeParse(row);
  const problems = [
    ...(options.extra ?? []),
    ...(parsed.success ? [] : problemsOf(parsed.error, options.rename, options.known)),
  ];
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, value: parsed.data };
}

/** Puts the problems onto the form's fields, worded by `t(<prefix>.<problem>)`, the first in view. */
export function showFormProblems(
  form: Pick<FormInstance, 'setFields' | 'scrollToField'>,
  problems: FieldProblem[],
  t: TFunction,
  prefix: string,
): void {
  form.setFields(
    problems.map((problem) => ({
      name: problem.name,
      errors: [t(`${prefix}.${problem.problem}`)],
    })),
  );
  const first = problems[0];
  if (first) form.scrollToField(first.name, { block: 'center' });
}
