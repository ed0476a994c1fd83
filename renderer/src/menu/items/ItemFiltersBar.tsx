import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EffectiveStatus, Menu } from '@domain/menu/schema';
import { useLocalName } from '../display';
import type { ItemFilters } from './item-filter';

const statuses: EffectiveStatus[] = ['on_sale', 'sold_out', 'off_sale'];

interface ItemFiltersBarProps {
  menu: Menu;
  filters: ItemFilters;
  onChange: (filters: ItemFilters) => void;
}

/** The list's filters: category, status today, tag, daypart. */
export function ItemFiltersBar({ menu, filters, onChange }: ItemFiltersBarProps) {
  const { t } = useTranslation('menu');
  const localName = useLocalName();
  const set = (changes: Partial<ItemFilters>) => onChange({ ...filters, ...changes });
  const select = (
    key: 'categoryId' | 'tagId' | 'daypartId',
    rows: { id: string; name: { zh: string; en?: string | null } }[],
  ) => (
    <Select
      allowClear
      aria-label={t(`filters.${key}`)}
      placeholder={t(`filters.${key}`)}
      style={{ width: 150 }}
      value={filters[key] ?? undefined}
      onChange={(value?: string) => set({ [key]: value ?? null })}
      options={rows.map((row) => ({ value: row.id, label: localName(row.name) }))}
    />
  );
  return (
    <Flex gap={8} wrap>
      {select('categoryId', menu.categories)}
      <Select
        allowClear
        aria-label={t('filters.status')}
        placeholder={t('filters.status')}
        style={{ width: 130 }}
        value={filters.status ?? undefined}
        onChange={(value?: EffectiveStatus) => set({ status: value ?? null })}
        options={statuses.map((status) => ({ value: status, label: t(`status.${status}`) }))}
      />
      {select('tagId', menu.tags)}
      {select('daypartId', menu.dayparts)}
    </Flex>
  );
}

/** Search by characters, full pinyin, initials (hmj), SKU or barcode; a scanner types here too. */
export function ItemSearch({
  value,
  onChange,
  onEnter,
}: {
  value: string;
  onChange: (query: string) => void;
  /** Enter (a scanner ends each code with it) or the search button. */
  onEnter: (query: string) => void;
}) {
  const { t } = useTranslation('menu');
  return (
    <Input.Search
      allowClear
      aria-label={t('filters.search')}
      placeholder={t('filters.searchPlaceholder')}
      style={{ width: 360 }}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onSearch={(query, _event, info) => {
        if (info?.source === 'input') onEnter(query);
      }}
    />
  );
}
