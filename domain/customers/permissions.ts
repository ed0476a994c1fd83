/**
 * The customers part's rights. Anyone at the desk may add a customer, top up, charge and edit a
 * profile; taking money back out (a refund), correcting the ledgers, adjusting points by hand,
 * merging or erasing a profile, importing, exporting a customer's data or whole phone numbers,
 * and the membership settings (tiers, plans, earning) need a right, so a cashier asks a manager.
 */
import type { PermissionDeclaration } from '../parts/define';

export const customerPermissions: readonly PermissionDeclaration[] = [
  { id: 'customers.refund', guards: [{ mutation: 'storedValue.refund' }] },
  {
    id: 'customers.correct',
    guards: [{ mutation: 'storedValue.reverse' }, { mutation: 'points.adjust' }],
  },
  { id: 'customers.merge', guards: [{ mutation: 'customer.merge' }] },
  {
    id: 'customers.privacy',
    guards: [{ mutation: 'customer.erase' }, { mutation: 'privacy.logExport' }],
  },
  { id: 'customers.import', guards: [{ mutation: 'customers.import' }] },
  {
    id: 'customers.settings',
    guards: [
      { mutation: 'customerTier.put' },
      { mutation: 'customerTier.delete' },
      { mutation: 'topUpPlan.put' },
      { mutation: 'customerSettings.put' },
    ],
  },
];
