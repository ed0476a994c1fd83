/**
 * Menu-sized rows for the sync benchmarks, the same on every run and on both sides: the Node
 * suite seeds the platform with them and the bench page writes the very same rows as its raw
 * baseline. Ids are fixed UUIDv7-shaped strings (no clock, no randomness) so both ends agree.
 * Half the items carry a size choice and a quarter also add-ons, as in domain/menu/fixtures.
 */
import { addOnGroup, sizeGroup } from '@domain/menu/fixtures/menu';
import type { MenuItem, SpecGroup } from '@domain/menu/schema';
import { benchItem } from './fixtures';

/** What a fixed id names: the middle digits tell a reader which kind of record it is. */
const kinds = { category: 1, item: 2, group: 3, option: 4 } as const;

export function syncId(kind: keyof typeof kinds, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `0190b0${String(kinds[kind]).padStart(2, '0')}-0000-7000-8000-${hex}`;
}

export const SYNC_CATEGORY_ID = syncId('category', 1);

/** A spec group with its ids made unique to item n (group g of the item, option o of the group). */
function groupFor(n: number, g: number, template: SpecGroup): SpecGroup {
  return {
    ...template,
    id: syncId('group', n * 4 + g),
    options: template.options.map((option, o) => ({
      ...option,
      id: syncId('option', n * 64 + g * 16 + o),
    })),
  };
}

/** Item n (0-based): a dish name, a price, a SKU unique in the shop, and some spec groups. */
export function syncMenuItem(n: number): MenuItem {
  const specGroups: SpecGroup[] = [];
  if (n % 2 === 0) specGroups.push(groupFor(n, 0, sizeGroup()));
  if (n % 4 === 0) specGroups.push(groupFor(n, 1, addOnGroup()));
  return {
    ...benchItem(n, SYNC_CATEGORY_ID),
    id: syncId('item', n),
    // Six digits keep 100,000 items in menu order (benchItem pads to five).
    sortKey: `${String(n + 1).padStart(6, '0')}i`,
    sku: `SKU-${String(n + 1).padStart(6, '0')}`,
    specGroups,
  };
}

/** Items from..to-1. */
export function syncMenuItems(from: number, to: number): MenuItem[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => syncMenuItem(from + k));
}
