/**
 * Undo for item changes: the inverse of a set of changes is the same fields with the values the
 * items had before, read from the items as they were when the change was made. A field that was
 * absent comes back as null, the stored form of "none".
 */
import type { ItemChange } from './mutations/items';
import type { MenuItem } from './schema';

export function inverseItemChanges(
  before: readonly MenuItem[],
  changes: readonly ItemChange[],
): ItemChange[] {
  const byId = new Map(before.map((item) => [item.id, item]));
  const inverse: ItemChange[] = [];
  for (const { id, fields } of changes) {
    const item = byId.get(id);
    if (!item) continue;
    const previous: Record<string, unknown> = {};
    for (const key of Object.keys(fields))
      previous[key] = (item as Record<string, unknown>)[key] ?? null;
    inverse.push({ id, fields: previous as ItemChange['fields'] });
  }
  return inverse;
}
