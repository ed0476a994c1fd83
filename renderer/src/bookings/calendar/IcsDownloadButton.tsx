/**
 * Downloads the bookings of a day or a range (and the busy times in it) as an .ics file, from
 * the local store, so it works offline: the business dates [from, to] read through the bookings'
 * day index, optionally one resource's only. Written in the shop's zone with its VTIMEZONE, with
 * party sizes, services and resources, never a phone number or a guest's name.
 */
import { useState } from 'react';
import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { bookingsCalendar } from '@domain/bookings/ical/export';
import type { Booking } from '@domain/bookings/schema';
import { addCalendarDays, DEFAULT_TIME_ZONE } from '@domain/time';
import type { VendorDb } from '../../db/vendor-db';
import { useActiveVendor, useVendorProfile } from '../../vendors/use-vendor';

export interface IcsDownloadButtonProps {
  /** First business date, 'YYYY-MM-DD'. */
  from: string;
  /** Last business date, included. */
  to: string;
  resourceId?: string;
}

/** The bookings touching the business dates [from, to], one resource's when given. */
export async function bookingsInRange(
  db: VendorDb,
  from: string,
  to: string,
  resourceId?: string,
): Promise<Booking[]> {
  const rows = await db.booking.where('days').between(from, to, true, true).distinct().toArray();
  return rows.filter((booking) => !resourceId || booking.resourceIds.includes(resourceId));
}

export function IcsDownloadButton({ from, to, resourceId }: IcsDownloadButtonProps) {
  const { t, i18n } = useTranslation('bookings');
  const { db } = useActiveVendor();
  const profile = useVendorProfile();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const timeZone = profile?.timeZone ?? DEFAULT_TIME_ZONE;
      const [bookings, resources, services, blocks] = await Promise.all([
        bookingsInRange(db, from, to, resourceId),
        db.resource.toArray(),
        db.service.toArray(),
        db.busyBlock.toArray(),
      ]);
      // A generous instant range for the blocks: the dates' midnights a day either side.
      const starts = Date.parse(`${addCalendarDays(from, -1)}T00:00:00Z`);
      const ends = Date.parse(`${addCalendarDays(to, 2)}T00:00:00Z`);
      const busyBlocks = blocks.filter(
        (block) =>
          block.startsAt < ends &&
          block.endsAt > starts &&
          (!resourceId || block.resourceId === resourceId),
      );
      const name = t('ical.download.name');
      const text = bookingsCalendar({
        timeZone,
        now: Date.now(),
        bookings,
        busyBlocks,
        resources,
        services,
        lang: i18n.language.startsWith('en') ? 'en' : 'zh',
        labels: {
          party: (count) => t('ical.download.party', { count }),
          busy: t('ical.download.busy'),
          calendarName: name,
        },
        customerNames: null,
      });
      const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = from === to ? `bookings-${from}.ics` : `bookings-${from}_${to}.ics`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}>
      {t('ical.download.button')}
    </Button>
  );
}
