/** The vendor profile part's synced table: one record, the shop's own profile. */
import { defineTable } from '../parts/define';

export const vendorTables = [defineTable({ name: 'vendorProfile', kind: 'entity' })] as const;
