/** The menu part (菜单): categories, items, dayparts, tags, photos and daily stock. */
import { definePart } from '../parts/define';
import { menuPermissions } from './permissions';
import { applyWithoutClashingCodes, codesUnique } from './invariants/codes-unique';
import { sellWhatIsLeft, stockNeverOversold } from './invariants/stock-oversold';
import { menuMutations } from './mutations';
import { menuTables } from './tables';

export const menuPart = definePart({
  id: 'menu',
  namespace: 'menu',
  tables: menuTables,
  mutations: menuMutations,
  rules: [
    { invariant: stockNeverOversold, actions: [sellWhatIsLeft] },
    { invariant: codesUnique, actions: [applyWithoutClashingCodes] },
  ],
  permissions: menuPermissions,
  pages: ['menu'],
});
