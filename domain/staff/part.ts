/**
 * The staff part (店员): members, roles and the desk's lock settings, the `staff.manage` right
 * every one of its changes needs, and the platform's permission check (STAFF_NOT_PERMITTED), which
 * turns down a change whose maker had no right to it as the desk saw the staff then.
 */
import { definePart } from '../parts/define';
import { staffMutations } from './mutations';
import { staffTables } from './tables';

/** The rule id of a change turned down because its maker (and approver) lacked a permission. */
export const STAFF_NOT_PERMITTED = 'staff.notPermitted';

export const staffPart = definePart({
  id: 'staff',
  namespace: 'staff',
  tables: staffTables,
  mutations: staffMutations,
  checks: [{ rule: STAFF_NOT_PERMITTED }],
  permissions: [
    {
      id: 'staff.manage',
      guards: staffMutations.map((mutation) => ({ mutation: mutation.name })),
    },
    { id: 'staff.viewAudit' },
  ],
  pages: ['staff'],
});
