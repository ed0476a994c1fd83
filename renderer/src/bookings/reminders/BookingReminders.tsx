import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking, BookingSettings } from '@domain/bookings/schema';
import type { VendorDb } from '../../db/vendor-db';
import { useShopClock } from '../../menu/use-menu';
import { notify } from '../../notify/notify';
import { useLanguage } from '../../settings/language';
import { onPulledRows } from '../../sync/engine/pulled-rows';
import { useNow } from '../../time/use-now';
import { useActiveVendor } from '../../vendors/use-vendor';
import { formatShopTime } from '../desk/format';
import { useBookingSettings } from '../data/use-bookings';
import { dueStartReminders, newCustomerBookings, reminderKey } from './reminders';
import { businessDate } from '@domain/time';

/** Who the booking is for and where, as a notice says it. */
async function describe(db: VendorDb, booking: Booking) {
  const [person, resources] = await Promise.all([
    booking.customerId ? db.customerPersonal.get(booking.customerId) : undefined,
    db.resource.bulkGet(booking.resourceIds),
  ]);
  return {
    name: person?.name || person?.phone || '',
    tables: resources.flatMap((resource) => (resource ? [resource.name] : [])).join('+'),
  };
}

/**
 * The desk's booking notifications, mounted once with the shell: a customer's booking that
 * arrives by sync, and a booking that starts in a few minutes; each kind as the shop's
 * settings say (settings.reminders).
 */
export function BookingReminders() {
  const { t } = useTranslation('bookings');
  const { language } = useLanguage();
  const { db } = useActiveVendor();
  const settings = useBookingSettings();
  const clock = useShopClock();
  const now = useNow();
  const reminded = useRef(new Set<string>());
  const latest = useRef<{ settings: BookingSettings; timeZone: string } | null>(null);
  useEffect(() => {
    latest.current = settings && clock ? { settings, timeZone: clock.timeZone } : null;
  }, [settings, clock]);

  useEffect(
    () =>
      onPulledRows((event) => {
        const current = latest.current;
        if (event.db !== db || !current) return;
        for (const booking of newCustomerBookings(event, current.settings.reminders)) {
          void describe(db, booking).then(({ name, tables }) =>
            notify(
              'booking.new',
              t('desk.notify.newTitle', { name: name || t('desk.guest') }),
              t('desk.notify.body', {
                time: formatShopTime(booking.startsAt, current.timeZone, language, true),
                count: booking.partySize,
                tables,
              }),
            ),
          );
        }
      }),
    [db, t, language],
  );

  useEffect(() => {
    if (!settings || !clock || settings.reminders.beforeStartMin === null) return;
    const today = businessDate(now, clock.timeZone, clock.cutoffMinutes);
    let cancelled = false;
    void db.booking
      .where('days')
      .equals(today)
      .toArray()
      .then(async (bookings) => {
        for (const booking of dueStartReminders(
          bookings,
          now,
          settings.reminders,
          reminded.current,
        )) {
          if (cancelled) return;
          reminded.current.add(reminderKey(booking));
          const { name, tables } = await describe(db, booking);
          await notify(
            'booking.soon',
            t('desk.notify.soonTitle', {
              name: name || t('desk.guest'),
              minutes: Math.max(1, Math.round((booking.startsAt - now) / 60_000)),
            }),
            t('desk.notify.body', {
              time: formatShopTime(booking.startsAt, clock.timeZone, language),
              count: booking.partySize,
              tables,
            }),
          );
        }
      });
    return () => {
      cancelled = true;
    };
  }, [db, settings, clock, now, t, language]);

  return null;
}
