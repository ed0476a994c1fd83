/**
 * The bookings part (预约): resources and services, opening exceptions and busy blocks, bookings
 * through their lifecycle, the waitlist. The platform guards a resource taken twice, pacing and
 * each status step against the status it holds (invariants/).
 */
import { definePart } from '../parts/define';
import { moveToFreeResource, moveToNextSlot } from './invariants/moves';
import { pacingKept } from './invariants/over-pacing';
import { resourceNotTaken } from './invariants/resource-taken';
import { transitionFromCurrent } from './invariants/transition';
import { bookingMutations } from './mutations';
import { bookingPermissions } from './permissions';
import { bookingTables } from './tables';

export const bookingsPart = definePart({
  id: 'bookings',
  namespace: 'bookings',
  tables: bookingTables,
  mutations: bookingMutations,
  rules: [
    { invariant: resourceNotTaken, actions: [moveToFreeResource, moveToNextSlot] },
    { invariant: pacingKept, actions: [moveToNextSlot] },
    { invariant: transitionFromCurrent },
  ],
  permissions: bookingPermissions,
  pages: ['bookings'],
});
