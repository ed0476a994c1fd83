import { Checkbox, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Daypart } from '@domain/menu/schema';
import { weekdays } from '@domain/vendor';
import { useLocalName } from '../display';

/**
 * When something is on sale: some dayparts and weekdays, or (left empty) all day, every day.
 * Used by the item form and the category dialog (fields `daypartIds` and `weekdays`).
 */
export function AvailabilityFields({ dayparts }: { dayparts: readonly Daypart[] }) {
  const { t } = useTranslation(['menu', 'vendor']);
  const localName = useLocalName();
  return (
    <>
      <Form.Item
        name="daypartIds"
        label={t('availability.dayparts')}
        extra={t('availability.daypartsHelp')}
      >
        <Select
          mode="multiple"
          allowClear
          placeholder={t('availability.allDay')}
          options={dayparts.map((daypart) => ({
            value: daypart.id,
            label: `${localName(daypart.name)} ${daypart.start}–${daypart.end}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="weekdays"
        label={t('availability.weekdays')}
        extra={t('availability.weekdaysHelp')}
      >
        <Checkbox.Group
          options={weekdays.map((day) => ({ value: day, label: t(`vendor:weekday.${day}`) }))}
        />
      </Form.Item>
    </>
  );
}
