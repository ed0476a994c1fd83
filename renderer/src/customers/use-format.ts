/** Dates and times of customers' entries as the shop reads them: in the shop's zone and language. */
import { useMemo } from 'react';
import { useLanguage } from '../settings/language';
import { useVendorProfile } from '../vendors/use-vendor';

export function useFormatShopTime(withTime: boolean): (epochMs: number) => string {
  const { language } = useLanguage();
  const timeZone = useVendorProfile()?.timeZone;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    });
    return (epochMs: number) => format.format(epochMs);
  }, [language, timeZone, withTime]);
}
