/**
 * A Loyverse export says which modifiers an item uses ('Modifier - "Toppings"' = Y) but not their
 * options or prices. Where the shop's menu already has a spec group of that name, the item gets a
 * copy of it (said on the row); otherwise the row's warning stays and nothing is made up.
 */
import { fenToYuanInput } from '../../money';
import type { Menu, SpecGroup } from '../schema';
import type { DraftSpecGroup, ImportDraft } from './draft';
import { nameKey } from './menu-index';

/** The first spec group of each name on the menu, by lower-case Chinese or English name. */
export function specGroupsByName(menu: Menu): Map<string, SpecGroup> {
  const groups = new Map<string, SpecGroup>();
  for (const item of menu.items) {
    for (const group of item.specGroups) {
      for (const name of [group.name.zh, group.name.en]) {
        if (name && !groups.has(nameKey(name))) groups.set(nameKey(name), group);
      }
    }
  }
  return groups;
}

const draftGroupOf = (group: SpecGroup): DraftSpecGroup => ({
  name: group.name.zh,
  nameEn: group.name.en ?? undefined,
  selection: group.selection,
  required: group.required,
  min: group.min,
  max: group.max,
  options: group.options.map((o) => ({
    name: o.name.zh,
    nameEn: o.name.en ?? undefined,
    delta: fenToYuanInput(o.priceDeltaFen),
  })),
});

/** The draft with the menu's groups for the modifiers it names, where the menu has them. */
export function withKnownModifiers(
  draft: ImportDraft,
  groups: ReadonlyMap<string, SpecGroup>,
): ImportDraft {
  const warnings = draft.warnings ?? [];
  if (!warnings.some((w) => w.code === 'modifier_without_options')) return draft;
  const specGroups = [...(draft.specGroups ?? [])];
  const next = warnings.map((warning) => {
    const known =
      warning.code === 'modifier_without_options'
        ? groups.get(nameKey(String(warning.params?.name ?? '')))
        : undefined;
    if (!known) return warning;
    specGroups.push(draftGroupOf(known));
    return { ...warning, code: 'modifier_from_menu' as const };
  });
  return { ...draft, specGroups, warnings: next };
}
