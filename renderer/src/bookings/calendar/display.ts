/** How bookings read on the desk: times on the shop's clock in the console's language, guests. */
import { useMemo } from 'react';
import type { GlobalToken } from 'antd';
import type { TFunction } from 'i18next';
import { maskPhone } from '@domain/customers/phone';
import { formatFen } from '@domain/money';
import type { Booking, BookingStatus } from '@domain/bookings/schema';
import type { CustomerPersonal } from '@domain/customers/schema';
import { useLanguage } from '../../settings/language';
import { useVendorProfile } from '../../vendors/use-vendor';

/** 'HH:MM' on the shop's wall clock, whatever the computer's zone. */
export function useShopClockText(): (epochMs: number) => string {
  const { language } = useLanguage();
  const timeZone = useVendorProfile()?.timeZone;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    return (epochMs: number) => format.format(epochMs);
  }, [language, timeZone]);
}

/** A calendar date ('2026-12-02') as the console's language writes it, with its weekday. */
export function useDateText(): (date: string, short?: boolean) => string {
  const { language } = useLanguage();
  return useMemo(() => {
    const long = new Intl.DateTimeFormat(language, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'short',
    });
    const brief = new Intl.DateTimeFormat(language, {
      timeZone: 'UTC',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
    });
    // The date names a day, not an instant: read it at UTC noon so no zone shifts it.
    return (date: string, short = false) =>
      (short ? brief : long).format(Date.parse(`${date}T12:00:00Z`));
  }, [language]);
}

/** The guest's name, their masked phone when they gave no name, or "walk-in"/"guest". */
export function guestLabel(
  booking: Pick<Booking, 'customerId' | 'source'>,
  guests: ReadonlyMap<string, CustomerPersonal>,
  t: TFunction,
): string {
  const person = booking.customerId ? guests.get(booking.customerId) : undefined;
  if (person?.name) return person.name;
  if (person?.phone) return maskPhone(person.phone);
  return booking.source === 'walkIn' ? t('calendar.walkInGuest') : t('calendar.guest');
}

export function statusColor(status: BookingStatus, token: GlobalToken): string {
  switch (status) {
    case 'requested':
      return token.colorWarning;
    case 'confirmed':
      return token.colorPrimary;
    case 'seated':
      return token.colorSuccess;
    case 'completed':
      return token.colorTextQuaternary;
    case 'cancelled':
    case 'noShow':
      return token.colorError;
  }
}

/** Money in the console's language. */
export function useMoneyText(): (fen: number) => string {
  const { language } = useLanguage();
  return useMemo(() => (fen: number) => formatFen(fen, { locale: language }), [language]);
}
