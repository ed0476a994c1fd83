/** Live reads the calendars panel needs: staff, closed days and subscriptions. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useActiveVendor } from '../../../vendors/use-vendor';

/** Staff members that are not archived, in the calendar's order. */
export function useStaffResources() {
  const { db } = useActiveVendor();
  return useLiveQuery(
    async () =>
      (await db.resource.where('kind').equals('staff').toArray())
        .filter((resource) => !resource.archived)
        .sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name)),
    [db],
  );
}

/** Closed days from today on (and a month back), oldest first. */
export function useClosedDays(fromDate: string) {
  const { db } = useActiveVendor();
  return useLiveQuery(
    async () =>
      (await db.bookingException.where('date').aboveOrEqual(fromDate).sortBy('date')).filter(
        (exception) => exception.kind === 'closed',
      ),
    [db, fromDate],
  );
}

export function useSubscriptions() {
  const { db } = useActiveVendor();
  return useLiveQuery(
    async () => (await db.calendarSubscription.toArray()).sort((a, b) => a.createdAt - b.createdAt),
    [db],
  );
}
