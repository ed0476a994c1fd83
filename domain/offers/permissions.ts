/**
 * The offers part's rights. Anyone at the desk may redeem a voucher; what the shop sells (offers,
 * their status) and how the desk redeems (the undo window, the offline allowances) need
 * `offers.manage`, and undoing a redemption needs `offers.undoRedemption`, so a cashier asks a
 * manager.
 */
import type { PermissionDeclaration } from '../parts/define';

export const offerPermissions: readonly PermissionDeclaration[] = [
  {
    id: 'offers.manage',
    guards: [
      { mutation: 'offer.create' },
      { mutation: 'offer.edit' },
      { mutation: 'offer.setStatus' },
      { mutation: 'offerSettings.put' },
    ],
  },
  { id: 'offers.undoRedemption', guards: [{ mutation: 'voucher.reverseRedemption' }] },
  // Selling a visit card at the counter: the owner and managers may; a cashier asks a manager
  // unless the shop gives a custom role this right.
  { id: 'offers.sellCard', guards: [{ mutation: 'visitCard.sell' }] },
];
