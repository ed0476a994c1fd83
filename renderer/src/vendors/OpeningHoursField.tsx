import { Form, Input, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { weekdays, type Weekday } from '@domain/vendor';
import { dayHoursProblem, type DayHoursField } from './profile-form-values';

/**
 * One row per weekday: open or closed, and the hours; a close before the open runs past midnight.
 * A day's problem marks its two inputs red and is told once, under the block, naming the day.
 */
export function OpeningHoursField() {
  const { t } = useTranslation('vendor');
  return (
    <Form.Item label={t('form.openingHours')} extra={t('form.overnightHint')}>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        {weekdays.map((day) => (
          <DayRow key={day} day={day} />
        ))}
      </Space>
    </Form.Item>
  );
}

function DayRow({ day }: { day: Weekday }) {
  const { t } = useTranslation('vendor');
  const dayName = t(`weekday.${day}`);
  const open = Form.useWatch(['hours', day, 'open']) as boolean | undefined;
  return (
    <Form.Item
      noStyle
      name={['hours', day]}
      rules={[
        {
          validator: async (_rule, value: DayHoursField | undefined) => {
            const problem = dayHoursProblem(value);
            if (problem) throw new Error(t(`validation.${problem}`, { day: dayName }));
          },
        },
      ]}
    >
      <DayHoursRow day={day} dayName={dayName} open={open !== false} />
    </Form.Item>
  );
}

interface DayHoursRowProps {
  day: Weekday;
  dayName: string;
  open: boolean;
  value?: DayHoursField;
  onChange?: (value: DayHoursField) => void;
}

function DayHoursRow({ dayName, open, value, onChange }: DayHoursRowProps) {
  const { t } = useTranslation('vendor');
  const current = value ?? { open: true, opensAt: '09:00', closesAt: '21:00' };
  const update = (patch: Partial<DayHoursField>) => onChange?.({ ...current, ...patch });
  const problem = dayHoursProblem(current);
  return (
    <div role="group" aria-label={dayName}>
      <Space wrap>
        <Typography.Text style={{ display: 'inline-block', width: 88 }}>{dayName}</Typography.Text>
        <Switch
          checked={open}
          aria-label={dayName}
          checkedChildren={t('form.open')}
          unCheckedChildren={t('form.closed')}
          onChange={(checked) => update({ open: checked })}
        />
        <Input
          type="time"
          aria-label={t('form.openAt', { day: dayName })}
          value={current.opensAt}
          disabled={!open}
          status={problem ? 'error' : undefined}
          onChange={(event) => update({ opensAt: event.target.value })}
          style={{ width: 130 }}
        />
        <Input
          type="time"
          aria-label={t('form.closeAt', { day: dayName })}
          value={current.closesAt}
          disabled={!open}
          status={problem ? 'error' : undefined}
          onChange={(event) => update({ closesAt: event.target.value })}
          style={{ width: 130 }}
        />
      </Space>
    </div>
  );
}
