/**
 * The variants' problems as the shop types, each at its cell and in the shop's language: the
 * variants' own (variant-values.ts), and codes that another item holds (naming it) or that another
 * combination of this item, or the item itself, already carries (naming that combination).
 */
import type { TFunction } from 'i18next';
import { findCodeConflicts, type CodeIndex } from '@domain/menu/codes';
import type { FieldProblem } from '@domain/menu/problems';
import { problemMessage, samePath } from './problem-message';
import type { ProblemAt } from './spec-problems';
import { variantFieldProblems, variantsFromForm, type VariantDraft } from './variant-values';

const orNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** The form's values the variants' problems depend on. */
export type VariantProblemValues = Partial<VariantDraft> & { sku?: string; barcode?: string };

/** Problems at the variants' fields and the dimensions' (the item's own codes check themselves). */
export function liveVariantProblems(
  values: VariantProblemValues,
  context: { itemId: string; codeIndex: CodeIndex },
): FieldProblem[] {
  const conflicts = findCodeConflicts(context.codeIndex, {
    id: context.itemId,
    sku: orNull(values.sku),
    barcode: orNull(values.barcode),
    variants: variantsFromForm(values.variants),
  });
  return [...variantFieldProblems(values), ...conflicts.filter((p) => p.path[0] === 'variants')];
}

export interface ProblemNames {
  /** The item being edited: a code it holds twice is named by the combination that has it. */
  itemId: string;
  itemName: (id: string) => string | undefined;
  variantName: (id: string) => string | undefined;
}

/** A variant problem in the shop's words; a code held twice names who else holds it. */
export function variantProblemMessage(
  t: TFunction<'menu'>,
  problem: FieldProblem,
  names: ProblemNames,
): string {
  const kind =
    problem.code === 'sku_taken' ? 'sku' : problem.code === 'barcode_taken' ? 'barcode' : null;
  if (kind && problem.params?.itemId === names.itemId) {
    const variantId = problem.params.variantId;
    return typeof variantId === 'string'
      ? t(`variantForm.${kind}SameAsVariant`, { variant: names.variantName(variantId) ?? '' })
      : t(`variantForm.${kind}SameAsItem`);
  }
  return problemMessage(t, problem, names.itemName);
}

/** Looks up the problem at a form path, as antd Form.Item props. */
export function variantProblemLookup(
  t: TFunction<'menu'>,
  problems: readonly FieldProblem[],
  names: ProblemNames,
): ProblemAt {
  return messageLookup(
    problems.map((problem) => ({
      path: problem.path,
      help: variantProblemMessage(t, problem, names),
    })),
  );
}

/** Messages already in the shop's words, looked up by their form path. */
export function messageLookup(
  messages: readonly { path: readonly (string | number)[]; help: string }[],
): ProblemAt {
  return (path) => {
    const message = messages.find((candidate) => samePath(candidate.path, path));
    return message ? { validateStatus: 'error', help: message.help } : {};
  };
}
