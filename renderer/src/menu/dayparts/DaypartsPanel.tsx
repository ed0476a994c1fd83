import { useMemo } from 'react';
import { Alert, Button, Empty, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { findDaypartProblems } from '@domain/menu/dayparts';
import type { Daypart } from '@domain/menu/schema';
import { i18next } from '../../i18n';
import { useActiveVendor } from '../../vendors/use-vendor';
import {
  createDayparts,
  deleteDaypart,
  updateDaypart,
  type DaypartFields,
} from '../actions/schedule-actions';
import { useLocalName } from '../display';
import { useUndo } from '../undo/undo-context';
import { useRun } from '../use-run';
import { DaypartRow } from './DaypartRow';

const presets = [
  ['breakfast', '06:00', '10:30'],
  ['lunch', '10:30', '14:00'],
  ['dinner', '17:00', '21:30'],
  ['night', '21:30', '02:00'],
] as const;

/** Content in both languages from the resources: the shop gets 早餐 and Breakfast at once. */
function presetDayparts(): DaypartFields[] {
  const zh = i18next.getFixedT('zh-CN', 'menu');
  const en = i18next.getFixedT('en', 'menu');
  return presets.map(([key, start, end]) => ({
    name: { zh: zh(`dayparts.presets.${key}`), en: en(`dayparts.presets.${key}`) },
    start,
    end,
  }));
}

/** The shop's dayparts in its time zone; overlapping and empty ones are flagged where they are. */
export function DaypartsPanel({ dayparts, timeZone }: { dayparts: Daypart[]; timeZone: string }) {
  const { t } = useTranslation('menu');
  const { db } = useActiveVendor();
  const { offer } = useUndo();
  const run = useRun();
  const localName = useLocalName();
  const flags = useMemo(() => {
    const byId = new Map(dayparts.map((daypart) => [daypart.id, daypart]));
    const result = new Map<string, string[]>();
    for (const problem of findDaypartProblems(dayparts)) {
      const other = problem.otherDaypartId ? byId.get(problem.otherDaypartId) : undefined;
      const text = t(`dayparts.problems.${problem.code}`, {
        other: other ? localName(other.name) : '',
      });
      result.set(problem.daypartId, [...(result.get(problem.daypartId) ?? []), text]);
    }
    return result;
  }, [dayparts, t, localName]);
  const add = (list: DaypartFields[]) => void run(() => createDayparts(db, list, dayparts));
  const newDaypart = () =>
    add([{ name: { zh: t('dayparts.newName'), en: null }, start: '14:00', end: '17:00' }]);

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('dayparts.help', { zone: timeZone })}</Typography.Text>
      {flags.size > 0 && <Alert type="warning" showIcon title={t('dayparts.hasProblems')} />}
      {dayparts.length === 0 ? (
        <Empty description={t('dayparts.empty')}>
          <Button type="primary" onClick={() => add(presetDayparts())}>
            {t('dayparts.addPresets')}
          </Button>
        </Empty>
      ) : (
        <ul
          aria-label={t('dayparts.listLabel')}
          style={{
            padding: 0,
            margin: 0,
            border: '1px solid #f0f0f0',
            borderRadius: 8,
            background: '#fff',
          }}
        >
          {dayparts.map((daypart) => (
            <DaypartRow
              key={daypart.id}
              daypart={daypart}
              flags={flags.get(daypart.id) ?? []}
              onChange={(fields) => void run(() => updateDaypart(db, daypart.id, fields))}
              onDelete={async () => {
                const undo = await run(() => deleteDaypart(db, daypart));
                if (undo) offer(t('dayparts.deleted', { name: localName(daypart.name) }), undo);
              }}
            />
          ))}
        </ul>
      )}
      <Button icon={<PlusOutlined />} style={{ alignSelf: 'start' }} onClick={newDaypart}>
        {t('dayparts.add')}
      </Button>
    </Flex>
  );
}
