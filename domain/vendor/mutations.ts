/** Mutations of the vendor's own profile. */
import { defineMutation } from '../mutations/define';
import { vendorProfileSchema } from './schema';

export const createVendorProfile = defineMutation({
  name: 'vendorProfile.create',
  version: 1,
  args: vendorProfileSchema,
  ops: (profile) => [{ op: 'put', table: 'vendorProfile', row: profile }],
});

const vendorProfileChangesSchema = vendorProfileSchema
  .omit({ id: true, createdAt: true })
  .partial()
  .extend({ id: vendorProfileSchema.shape.id });

export const updateVendorProfile = defineMutation({
  name: 'vendorProfile.update',
  version: 1,
  args: vendorProfileChangesSchema,
  ops: ({ id, ...fields }) => [{ op: 'patch', table: 'vendorProfile', id, fields }],
});
