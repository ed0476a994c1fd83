/** A short "午市、晚市 · 周一至周五"-style summary of when a category or item is on sale. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Availability, Daypart } from '@domain/menu/schema';
import { useLocalName } from '../display';

export function useScheduleLabel(dayparts: readonly Daypart[]) {
  const { t } = useTranslation(['menu', 'vendor']);
  const localName = useLocalName();
  return useCallback(
    (availability: Availability | null | undefined): string | null => {
      if (!availability) return null;
      const parts = availability.daypartIds.flatMap((id) => {
        const daypart = dayparts.find((each) => each.id === id);
        return daypart ? [localName(daypart.name)] : [];
      });
      const days = availability.weekdays.map((day) => t(`vendor:weekday.${day}`));
      const text = [parts.join(t('listSeparator')), days.join(t('listSeparator'))].filter(Boolean);
      return text.length > 0 ? text.join(' · ') : null;
    },
    [dayparts, localName, t],
  );
}
