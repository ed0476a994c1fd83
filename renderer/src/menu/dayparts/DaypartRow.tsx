import { Button, Flex, Input, Tag } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Daypart } from '@domain/menu/schema';
import { parseClock } from '@domain/time';
import type { DaypartFields } from '../actions/schedule-actions';

interface DaypartRowProps {
  daypart: Daypart;
  flags: string[];
  onChange: (fields: Partial<DaypartFields>) => void;
  onDelete: () => void;
}

/**
 * One daypart, edited in place: a field is saved when it loses focus. Inputs are keyed by their
 * stored value, so a change arriving from another device shows without overwriting typing.
 */
export function DaypartRow({ daypart, flags, onChange, onDelete }: DaypartRowProps) {
  const { t } = useTranslation('menu');
  const name = daypart.name.zh;
  const overnight =
    (parseClock(daypart.end) ?? 0) <= (parseClock(daypart.start) ?? 0) &&
    daypart.start !== daypart.end;
  const saveName = (zh: string, en: string | null) => {
    if (zh.trim() && (zh.trim() !== daypart.name.zh || en !== (daypart.name.en ?? null)))
      onChange({ name: { zh: zh.trim(), en } });
  };
  const saveTime = (field: 'start' | 'end', value: string) => {
    if (parseClock(value) !== null && value !== daypart[field]) onChange({ [field]: value });
  };
  return (
    <li style={{ listStyle: 'none', padding: '10px 12px', borderBottom: '1px solid #f0f0f0' }}>
      <Flex gap={8} align="center" wrap>
        <Input
          key={`zh:${daypart.name.zh}`}
          defaultValue={daypart.name.zh}
          aria-label={t('dayparts.nameZhOf', { name })}
          style={{ width: 140 }}
          onBlur={(event) => saveName(event.target.value, daypart.name.en ?? null)}
        />
        <Input
          key={`en:${daypart.name.en ?? ''}`}
          defaultValue={daypart.name.en ?? ''}
          aria-label={t('dayparts.nameEnOf', { name })}
          placeholder={t('dayparts.nameEn')}
          style={{ width: 140 }}
          onBlur={(event) => saveName(daypart.name.zh, event.target.value.trim() || null)}
        />
        <Input
          key={`start:${daypart.start}`}
          type="time"
          defaultValue={daypart.start}
          aria-label={t('dayparts.startOf', { name })}
          style={{ width: 120 }}
          onBlur={(event) => saveTime('start', event.target.value)}
        />
        <span aria-hidden>–</span>
        <Input
          key={`end:${daypart.end}`}
          type="time"
          defaultValue={daypart.end}
          aria-label={t('dayparts.endOf', { name })}
          style={{ width: 120 }}
          onBlur={(event) => saveTime('end', event.target.value)}
        />
        {overnight && <Tag>{t('dayparts.overnight')}</Tag>}
        {flags.map((flag) => (
          <Tag key={flag} color="#a8071a">
            {flag}
          </Tag>
        ))}
        <Button
          danger
          type="text"
          icon={<DeleteOutlined />}
          aria-label={t('dayparts.deleteNamed', { name })}
          onClick={onDelete}
        />
      </Flex>
    </li>
  );
}
