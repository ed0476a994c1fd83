import { useMemo } from 'react';
import { Checkbox, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Menu } from '@domain/menu/schema';
import { useLocalName } from '../display';
import { ITEM_ROW_HEIGHT, itemGridStyle } from './columns';
import type { ListedItem } from './item-filter';
import { ItemRow } from './ItemRow';
import { useWindow } from './use-window';

export interface ItemListProps {
  menu: Menu;
  listed: ListedItem[];
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean, range: boolean) => void;
  onSelectAll: (selected: boolean) => void;
  onEdit: (id: string) => void;
  onToggleSoldOut: (listed: ListedItem) => void;
}

function useNames(menu: Menu) {
  const localName = useLocalName();
  return useMemo(
    () => ({
      category: new Map(menu.categories.map((c) => [c.id, localName(c.name)])),
      tag: new Map(menu.tags.map((tag) => [tag.id, localName(tag.name)])),
    }),
    [menu.categories, menu.tags, localName],
  );
}

/**
 * The item list as an ARIA table whose rows are windowed: only rows in view are in the DOM, so
 * scrolling 5,000 items stays smooth; aria-rowcount tells assistive technology the full size.
 */
export function ItemList(props: ItemListProps) {
  const { t } = useTranslation('menu');
  const { listed, selected } = props;
  const names = useNames(props.menu);
  const { ref, first, last, totalHeight } = useWindow(listed.length, ITEM_ROW_HEIGHT);
  const allSelected = listed.length > 0 && listed.every(({ item }) => selected.has(item.id));
  const someSelected = !allSelected && listed.some(({ item }) => selected.has(item.id));
  const headers = ['photo', 'name', 'category', 'price', 'status', 'codes', 'actions'] as const;

  return (
    <div
      role="table"
      aria-label={t('list.label')}
      aria-rowcount={listed.length + 1}
      style={{ background: '#fff', borderRadius: 8, border: '1px solid #f0f0f0' }}
    >
      <div role="rowgroup">
        <div
          role="row"
          aria-rowindex={1}
          style={{
            ...itemGridStyle,
            height: 44,
            background: '#fafafa',
            borderBottom: '1px solid #f0f0f0',
            fontWeight: 600,
          }}
        >
          <div role="columnheader">
            <Checkbox
              aria-label={t('list.selectAll')}
              checked={allSelected}
              indeterminate={someSelected}
              onChange={(event) => props.onSelectAll(event.target.checked)}
            />
          </div>
          {headers.map((column) => (
            <div role="columnheader" key={column}>
              {t(`list.columns.${column}`)}
            </div>
          ))}
        </div>
      </div>
      <div
        ref={ref}
        role="rowgroup"
        style={{
          height: 'max(320px, calc(100vh - 340px))',
          overflowY: 'auto',
          position: 'relative',
        }}
      >
        {listed.length === 0 ? (
          <div role="row">
            <div role="cell">
              <Empty description={t('list.empty')} style={{ paddingBlock: 48 }} />
            </div>
          </div>
        ) : (
          <div style={{ height: totalHeight, position: 'relative' }}>
            {listed.slice(first, last).map((entry, offset) => (
              <ItemRow
                key={entry.item.id}
                listed={entry}
                rowIndex={first + offset + 2}
                categoryName={names.category.get(entry.item.categoryId) ?? ''}
                tagNames={names.tag}
                selected={selected.has(entry.item.id)}
                top={(first + offset) * ITEM_ROW_HEIGHT}
                onSelect={props.onSelect}
                onEdit={props.onEdit}
                onToggleSoldOut={props.onToggleSoldOut}
              />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
