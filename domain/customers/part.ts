/**
 * The customers part (会员): profiles with the person kept apart, tiers computed from the
 * ledgers, points, stored value and sales as append-only ledgers, and privacy requests. The
 * platform guards the balances (below zero) and erasure (nothing brings a person back).
 */
import { definePart } from '../parts/define';
import {
  collectDifference,
  payPointsInCash,
  pointsNeverBelowZero,
  storedValueNeverBelowZero,
  writeOffDifference,
} from './invariants/balance-below-zero';
import { erasedStaysErased } from './invariants/erased';
import { customerMutations } from './mutations';
import { customerPermissions } from './permissions';
import { customerTables } from './tables';

export const customersPart = definePart({
  id: 'customers',
  namespace: 'customers',
  tables: customerTables,
  mutations: customerMutations,
  rules: [
    { invariant: storedValueNeverBelowZero, actions: [collectDifference, writeOffDifference] },
    { invariant: pointsNeverBelowZero, actions: [payPointsInCash] },
    { invariant: erasedStaysErased },
  ],
  permissions: customerPermissions,
  pages: ['customers'],
});
