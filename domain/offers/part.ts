/**
 * The group-buy part (团购与核销): offers the shop sells, vouchers the platform issues for them,
 * and redemptions at the counter as an append-only ledger. The platform guards an offer's terms
 * once on sale, its status steps, and every redemption against the uses the voucher has and the
 * state it is in (invariants/).
 */
import { definePart } from '../parts/define';
import { visitCardPrice, visitCardSellable } from './invariants/in-shop-sale';
import { alreadyRedeemed, notRedeemable, reversalOfStanding } from './invariants/redemptions';
import { statusStep } from './invariants/status-step';
import { termsLocked } from './invariants/terms-locked';
import { offerMutations } from './mutations';
import { offerPermissions } from './permissions';
import { offerTables } from './tables';

export const offersPart = definePart({
  id: 'offers',
  namespace: 'offers',
  tables: offerTables,
  mutations: offerMutations,
  rules: [
    { invariant: termsLocked },
    { invariant: statusStep },
    { invariant: notRedeemable },
    { invariant: alreadyRedeemed },
    { invariant: reversalOfStanding },
    { invariant: visitCardSellable },
    { invariant: visitCardPrice },
  ],
  permissions: offerPermissions,
  pages: ['groupbuy'],
});
