/** Looks up the live spec problem at a form path and turns it into antd Form.Item props. */
import type { TFunction } from 'i18next';
import type { FieldProblem } from '@domain/menu/problems';
import { problemMessage, samePath } from './problem-message';

export type ProblemAt = (path: readonly (string | number)[]) => {
  validateStatus?: 'error';
  help?: string;
};

export function problemLookup(t: TFunction<'menu'>, problems: readonly FieldProblem[]): ProblemAt {
  return (path) => {
    const problem = problems.find((candidate) => samePath(candidate.path, path));
    return problem
      ? { validateStatus: 'error', help: problemMessage(t, problem, () => undefined) }
      : {};
  };
}
