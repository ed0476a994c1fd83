/**
 * The menu's rights: changing what an item costs (its price or list price, one item or in bulk)
 * and importing a menu file (which can change every price at once). Other menu edits need none.
 */
import type { PermissionDeclaration } from '../parts/define';
import { setsFields } from '../parts/guards';

const setsPrice = setsFields('menuItem', ['priceFen', 'listPriceFen']);

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
