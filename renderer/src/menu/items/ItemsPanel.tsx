import { useDeferredValue, useMemo, useState } from 'react';
import { Alert, Button, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Menu } from '@domain/menu/schema';
import type { ShopClock } from '@domain/menu/shop-clock';
import { navigate, pageRoute } from '../../routing/routes';
import { useActiveVendor } from '../../vendors/use-vendor';
import { clearSoldOut, markSoldOut } from '../actions/item-actions';
import { useLocalName } from '../display';
import { ItemDrawer } from '../item-form/ItemDrawer';
import { useUndo } from '../undo/undo-context';
import { useBusinessDate, useStockTotals } from '../use-menu';
import { useRun } from '../use-run';
import { BulkBar } from './BulkBar';
import { ItemFiltersBar, ItemSearch } from './ItemFiltersBar';
import { listItems, noFilters, type ListedItem } from './item-filter';
import { ItemList } from './ItemList';
import { useSearchIndex } from './use-search-index';
import { useSelection } from './use-selection';
import { MenuFileButtons } from '../transfer/MenuFileButtons';
import { findByCode } from '../find-by-code';

interface ItemsPanelProps {
  menu: Menu;
  clock: ShopClock;
  /** The item `#/menu/items/<id>` addresses: opened in the editor, or said to be missing. */
  routedItemId: string | null;
  onGoToCategories: () => void;
}

/** The items: search and filters, the list, bulk actions on a selection, and the item editor. */
export function ItemsPanel({ menu, clock, routedItemId, onGoToCategories }: ItemsPanelProps) {
  const { t } = useTranslation('menu');
  const { db } = useActiveVendor();
  const { offer } = useUndo();
  const run = useRun();
  const localName = useLocalName();
  const [filters, setFilters] = useState(noFilters);
  const routedItemExists = menu.items.some((item) => item.id === routedItemId);
  // A scanned code of a variant opens its item with that variant marked.
  const [editing, setEditing] = useState<{ itemId: string | null; variantId?: string } | null>(
    () => (routedItemId && routedItemExists ? { itemId: routedItemId } : null),
  );
  const [seenItemId, setSeenItemId] = useState(routedItemId);
  if (routedItemId !== seenItemId) {
    setSeenItemId(routedItemId);
    if (routedItemId && routedItemExists) setEditing({ itemId: routedItemId });
  }
  // Leaving the addressed item (closing it, or dismissing "not found") goes back to `#/menu`,
  // so a reload does not open it again and the same link opens it again.
  const leaveRoutedItem = () => {
    if (routedItemId) navigate(pageRoute('menu'));
  };
  const businessDate = useBusinessDate(clock) ?? '';
  const stockTotals = useStockTotals(businessDate);
  const search = useSearchIndex(menu.items);
  const shownFilters = useDeferredValue(filters);
  const listed = useMemo(
    () =>
      listItems(menu, shownFilters, {
        search,
        businessDate,
        stockTotals: stockTotals ?? new Map(),
      }),
    [menu, shownFilters, search, businessDate, stockTotals],
  );
  const { selected, select, selectAll, clear } = useSelection(listed);
  const selectedItems = useMemo(
    () => menu.items.filter((item) => selected.has(item.id)),
    [menu.items, selected],
  );

  const toggleSoldOut = async ({ item, status }: ListedItem) => {
    const name = localName(item.name);
    const undo = await run(() =>
      status === 'sold_out'
        ? clearSoldOut(db, [item], Date.now())
        : markSoldOut(db, [item], businessDate, Date.now()),
    );
    if (undo)
      offer(
        t(status === 'sold_out' ? 'bulk.done.backOnSaleOne' : 'bulk.done.soldOutOne', { name }),
        undo,
      );
  };

  return (
    <Flex vertical gap={12}>
      {routedItemId && !routedItemExists && (
        <Alert
          type="warning"
          showIcon
          title={t('items.notFound')}
          closable={{ onClose: leaveRoutedItem }}
        />
      )}
      {menu.categories.length === 0 && (
        <Alert
          type="info"
          showIcon
          title={t('items.needCategory')}
          action={<Button onClick={onGoToCategories}>{t('items.goToCategories')}</Button>}
        />
      )}
      <Flex justify="space-between" gap={8} wrap>
        <ItemSearch
          value={filters.query}
          onChange={(query) => setFilters({ ...filters, query })}
          onEnter={(query) => {
            // A scanner types the code and Enter: an exact SKU or barcode, the item's own or a
            // variant's, opens that item (at that variant), by one lookup in the store's index.
            void findByCode(db, query).then((holder) => {
              if (holder) setEditing({ itemId: holder.itemId, variantId: holder.variantId });
            });
          }}
        />
        <Flex gap={8}>
          <MenuFileButtons menu={menu} />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={menu.categories.length === 0}
            onClick={() => setEditing({ itemId: null })}
          >
            {t('items.new')}
          </Button>
        </Flex>
      </Flex>
      <ItemFiltersBar menu={menu} filters={filters} onChange={setFilters} />
      {selectedItems.length > 0 && (
        <BulkBar menu={menu} items={selectedItems} businessDate={businessDate} onDone={clear} />
      )}
      <Typography.Text type="secondary" aria-live="polite">
        {t('items.count', { shown: listed.length, total: menu.items.length })}
      </Typography.Text>
      <ItemList
        menu={menu}
        listed={listed}
        selected={selected}
        onSelect={select}
        onSelectAll={selectAll}
        onEdit={(itemId) => setEditing({ itemId })}
        onToggleSoldOut={(entry) => void toggleSoldOut(entry)}
      />
      {editing && (
        <ItemDrawer
          menu={menu}
          itemId={editing.itemId}
          variantId={editing.variantId}
          businessDate={businessDate}
          defaultCategoryId={filters.categoryId ?? menu.categories[0]?.id}
          onClose={() => {
            setEditing(null);
            leaveRoutedItem();
          }}
        />
      )}
    </Flex>
  );
}
