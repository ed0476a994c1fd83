/** How the desk words a refusal and shop-zone times, in the user's language. */
import type { TFunction } from 'i18next';
import type { ShopClock } from '@domain/menu/shop-clock';
import { deskCode } from '@domain/customers/receipt';
import type { DeskRefusal } from './decision';

export function shopTime(epochMs: number, clock: ShopClock, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: clock.timeZone,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(epochMs);
}

export function refusalText(
  refusal: DeskRefusal,
  t: TFunction<'offers'>,
  clock: ShopClock,
  language: string,
): string {
  const r = 'desk.refusal';
  switch (refusal.reason) {
    case 'used_up': {
      const first = refusal.first;
      if (!first) return t(`${r}.used_up_none`);
      const text = t(`${r}.used_up`, {
        when: shopTime(first.at, clock, language),
        desk: deskCode(first.deviceId),
      });
      return first.unverified ? text + t(`${r}.unverifiedMark`) : text;
    }
    case 'before_valid':
      return t(`${r}.before_valid`, {
        from: shopTime(refusal.detail.validFrom ?? 0, clock, language),
      });
    case 'expired':
      return t(`${r}.expired`, {
        until: shopTime(refusal.detail.validUntil ?? 0, clock, language),
      });
    case 'excluded_date':
      return t(`${r}.excluded_date`, { date: refusal.detail.businessDate });
    case 'weekday': {
      const weekdays = (refusal.detail.weekdays ?? [])
        .map((day) => t(`preview.weekdayNames.${day}`))
        .join(t('preview.listSeparator'));
      return t(`${r}.weekday`, { weekdays });
    }
    case 'uses_per_visit':
      return t(`${r}.uses_per_visit`, { count: refusal.detail.usesPerVisit ?? 1 });
    case 'unverified_cap':
      return t(`${r}.unverified_cap`, { cap: refusal.cap });
    case 'bad_qr':
      return t(`${r}.bad_qr.${refusal.problem}`);
    default:
      return t(`${r}.${refusal.reason}`);
  }
}
