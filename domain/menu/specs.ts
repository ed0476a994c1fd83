/**
 * Spec groups (规格/口味/加料): the rules a group must keep beyond its shape, and the price range
 * the choices give an item. A group's picks run from its effective minimum (at least one when
 * required) to its maximum (always one for a single-choice group).
 */
import type { FieldProblem } from './problems';
import type { MenuItem, SpecGroup } from './schema';

export type SpecProblemCode =
  | 'required_without_options'
  | 'group_without_options'
  | 'max_below_min'
  | 'min_above_options'
  | 'single_max_not_one'
  | 'required_min_zero'
  | 'optional_min_above_zero'
  | 'duplicate_group_name'
  | 'duplicate_option_name'
  | 'price_below_zero';

const nameKey = (name: string) => name.trim().toLowerCase();

function pickProblems(group: SpecGroup, index: number): FieldProblem<SpecProblemCode>[] {
  const at = (field: string) => ['specGroups', index, field] as const;
  const problems: FieldProblem<SpecProblemCode>[] = [];
  if (group.options.length === 0) {
    problems.push({
      path: at('options'),
      code: group.required ? 'required_without_options' : 'group_without_options',
    });
  }
  if (group.selection === 'single' && group.max !== 1)
    problems.push({ path: at('max'), code: 'single_max_not_one' });
  else if (group.max < group.min) problems.push({ path: at('max'), code: 'max_below_min' });
  if (group.required && group.min === 0)
    problems.push({ path: at('min'), code: 'required_min_zero' });
  if (!group.required && group.min > 0)
    problems.push({ path: at('min'), code: 'optional_min_above_zero' });
  if (group.options.length > 0 && group.min > group.options.length) {
    problems.push({
      path: at('min'),
      code: 'min_above_options',
      params: { count: group.options.length },
    });
  }
  return problems;
}

function duplicateOptionProblems(group: SpecGroup, index: number): FieldProblem<SpecProblemCode>[] {
  const seen = new Set<string>();
  const problems: FieldProblem<SpecProblemCode>[] = [];
  group.options.forEach((option, optionIndex) => {
    const keys = [option.name.zh, option.name.en]
      .filter((n): n is string => !!n?.trim())
      .map(nameKey);
    if (keys.some((key) => seen.has(key))) {
      problems.push({
        path: ['specGroups', index, 'options', optionIndex, 'name'],
        code: 'duplicate_option_name',
      });
    }
    for (const key of keys) seen.add(key);
  });
  return problems;
}

/**
 * Everything wrong with an item's spec groups, each at its field, in form order. An empty list
 * means the groups can be saved. Pass the base price to also refuse choices that cost below zero.
 */
export function validateSpecGroups(
  groups: readonly SpecGroup[],
  options: { basePriceFen?: number } = {},
): FieldProblem<SpecProblemCode>[] {
  const problems: FieldProblem<SpecProblemCode>[] = [];
  const groupNames = new Set<string>();
  groups.forEach((group, index) => {
    const key = nameKey(group.name.zh);
    if (groupNames.has(key))
      problems.push({ path: ['specGroups', index, 'name'], code: 'duplicate_group_name' });
    groupNames.add(key);
    problems.push(...pickProblems(group, index), ...duplicateOptionProblems(group, index));
  });
  if (options.basePriceFen !== undefined && problems.length === 0) {
    if (priceRangeOf(options.basePriceFen, groups).minFen < 0) {
      problems.push({ path: ['specGroups'], code: 'price_below_zero' });
    }
  }
  return problems;
}

/** How many options a customer picks from a group at least and at most. */
export function pickBounds(group: SpecGroup): { min: number; max: number } {
  const max = Math.min(group.selection === 'single' ? 1 : group.max, group.options.length);
  const min = Math.min(Math.max(group.min, group.required ? 1 : 0), max);
  return { min, max };
}

/** The cheapest (or dearest) total of deltas over min..max picks of a group. */
function extremeDeltaFen(group: SpecGroup, cheapest: boolean): number {
  const { min, max } = pickBounds(group);
  const deltas = group.options
    .map((o) => o.priceDeltaFen)
    .sort((a, b) => (cheapest ? a - b : b - a));
  let totalFen = 0;
  for (let picked = 0; picked < max; picked += 1) {
    const deltaFen = deltas[picked]!;
    // Beyond the minimum, a pick is taken only if it moves the total the way we want.
    if (picked >= min && (cheapest ? deltaFen >= 0 : deltaFen <= 0)) break;
    totalFen += deltaFen;
  }
  return totalFen;
}

/** The lowest and highest price a customer can pay for one, given the base price and the groups. */
export function priceRangeOf(
  basePriceFen: number,
  groups: readonly SpecGroup[],
): { minFen: number; maxFen: number } {
  let minFen = basePriceFen;
  let maxFen = basePriceFen;
  for (const group of groups) {
    minFen += extremeDeltaFen(group, true);
    maxFen += extremeDeltaFen(group, false);
  }
  return { minFen, maxFen };
}

/** The item form's "¥25.00 – ¥35.00": required single groups and the minimum picks of others count. */
export function priceRange(item: Pick<MenuItem, 'priceFen' | 'specGroups'>): {
  minFen: number;
  maxFen: number;
} {
  return priceRangeOf(item.priceFen, item.specGroups);
}
