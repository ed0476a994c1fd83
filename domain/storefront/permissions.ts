/**
 * The storefront part's rights. Editing the draft is open to the owner and managers through
 * `storefront.edit`; what customers see changes only through `storefront.publish` (publishing,
 * rolling back, scheduling and cancelling a schedule), so a cashier asks a manager.
 */
import type { PermissionDeclaration } from '../parts/define';

export const storefrontPermissions: readonly PermissionDeclaration[] = [
  {
    id: 'storefront.edit',
    guards: [
      { mutation: 'storefrontBlock.add' },
      { mutation: 'storefrontBlock.edit' },
      { mutation: 'storefrontBlock.move' },
      { mutation: 'storefrontBlock.remove' },
      { mutation: 'storefrontTheme.put' },
      { mutation: 'storefrontTheme.edit' },
    ],
  },
  {
    id: 'storefront.publish',
    guards: [
      { mutation: 'storefront.publish' },
      { mutation: 'storefront.schedule' },
      { mutation: 'storefront.cancelSchedule' },
    ],
  },
];
