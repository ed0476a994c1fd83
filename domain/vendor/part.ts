/** The vendor profile part: the shop's own profile, shown on the dashboard. */
import { definePart } from '../parts/define';
import { createVendorProfile, updateVendorProfile } from './mutations';
import { vendorTables } from './tables';

export const vendorPart = definePart({
  id: 'vendor',
  namespace: 'vendor',
  tables: vendorTables,
  mutations: [createVendorProfile, updateVendorProfile],
  permissions: [{ id: 'vendor.editProfile', guards: [{ mutation: updateVendorProfile.name }] }],
  pages: ['dashboard'],
});
