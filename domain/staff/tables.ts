/**
 * The staff part's synced tables. Members and roles are read whole by the desk (a shop has a few
 * dozen at most), so they declare no lookups; the platform keeps their history itself
 * (platform/staff/history.ts) to judge a change by the role its maker had then.
 */
import { defineTable } from '../parts/define';

export const staffTables = [
  defineTable({ name: 'staffMember', kind: 'entity' }),
  defineTable({ name: 'staffRole', kind: 'entity' }),
  defineTable({ name: 'staffSettings', kind: 'entity' }),
] as const;
