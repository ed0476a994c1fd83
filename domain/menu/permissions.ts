/**
 * The menu's rights: changing what an item costs (its price or list price, or its variants', one
 * item or in bulk) and importing a menu file (which can change every price at once). Other menu
 * edits need none. A change that names the variants may move a variant's price, and a change's
 * arguments do not say what the variants were, so any change to them needs the right.
 */
import type { PermissionDeclaration } from '../parts/define';
import { setsFields } from '../parts/guards';

const setsPrice = setsFields('menuItem', ['priceFen', 'listPriceFen', 'variants']);

export const menuPermissions: readonly PermissionDeclaration[] = [
  {
    id: 'menu.editPrices',
    guards: [
      { mutation: 'menuItem.update', when: setsPrice },
      { mutation: 'menuItem.bulkUpdate', when: setsPrice },
    ],
  },
  { id: 'menu.import', guards: [{ mutation: 'menu.import' }] },
];
