import { useState } from 'react';
import { App, Button, Dropdown, Flex, Typography } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PricePreviewRow, PriceChange } from '@domain/menu/bulk';
import type { Menu, MenuItem } from '@domain/menu/schema';
import { useActiveVendor } from '../../vendors/use-vendor';
import { changePrices, deleteItems, moveItems, setItemsStatus } from '../actions/bulk-actions';
import { clearSoldOut, markSoldOut } from '../actions/item-actions';
import type { Undo } from '../actions/undo';
import { useLocalName } from '../display';
import { useUndo } from '../undo/undo-context';
import { useRun } from '../use-run';
import { BulkMoveDialog } from './BulkMoveDialog';
import { BulkPriceDialog } from './BulkPriceDialog';

interface BulkBarProps {
  menu: Menu;
  items: MenuItem[];
  businessDate: string;
  onDone: () => void;
}

type Dialog = 'price' | 'move' | null;

/** Actions on the selected items; every one is a single change with an undo. */
export function BulkBar({ menu, items, businessDate, onDone }: BulkBarProps) {
  const { t } = useTranslation('menu');
  const { modal } = App.useApp();
  const { db } = useActiveVendor();
  const { offer } = useUndo();
  const run = useRun();
  const localName = useLocalName();
  const [dialog, setDialog] = useState<Dialog>(null);
  const count = items.length;

  const apply = async (label: string, change: () => Promise<Undo>, keepSelection = true) => {
    const undo = await run(change);
    setDialog(null);
    if (!undo) return;
    offer(label, undo);
    if (!keepSelection) onDone();
  };
  const priceLabel = (change: PriceChange, rows: readonly PricePreviewRow[]) =>
    t(change.by === 'percent' ? 'bulk.done.pricePercent' : 'bulk.done.priceAmount', {
      count: rows.length,
      value: change.value.trim(),
    });
  const confirmDelete = () =>
    modal.confirm({
      title: t('bulk.delete.title', { count }),
      content: t('bulk.delete.body'),
      okText: t('bulk.delete.apply'),
      okButtonProps: { danger: true },
      onOk: () => apply(t('bulk.done.delete', { count }), () => deleteItems(db, items), false),
    });
  const more = [
    {
      key: 'on',
      label: t('bulk.onSale'),
      onClick: () =>
        void apply(t('bulk.done.onSale', { count }), () =>
          setItemsStatus(db, items, 'on_sale', Date.now()),
        ),
    },
    {
      key: 'off',
      label: t('bulk.offSale'),
      onClick: () =>
        void apply(t('bulk.done.offSale', { count }), () =>
          setItemsStatus(db, items, 'off_sale', Date.now()),
        ),
    },
    {
      key: 'back',
      label: t('bulk.backOnSale'),
      onClick: () =>
        void apply(t('bulk.done.backOnSale', { count }), () => clearSoldOut(db, items, Date.now())),
    },
    { type: 'divider' as const },
    { key: 'delete', danger: true, label: t('bulk.delete.action'), onClick: confirmDelete },
  ];

  return (
    <Flex
      gap={8}
      align="center"
      wrap
      role="group"
      aria-label={t('bulk.label')}
      style={{ padding: '8px 12px', background: '#e6f4ff', borderRadius: 8 }}
    >
      <Typography.Text strong>{t('bulk.selected', { count })}</Typography.Text>
      <Button onClick={() => setDialog('price')}>{t('bulk.price.action')}</Button>
      <Button onClick={() => setDialog('move')}>{t('bulk.move.action')}</Button>
      <Button
        onClick={() =>
          void apply(t('bulk.done.soldOut', { count }), () =>
            markSoldOut(db, items, businessDate, Date.now()),
          )
        }
      >
        {t('bulk.soldOut')}
      </Button>
      <Dropdown menu={{ items: more }}>
        <Button>
          {t('bulk.more')} <DownOutlined />
        </Button>
      </Dropdown>
      <Button type="link" onClick={onDone}>
        {t('bulk.clear')}
      </Button>
      {dialog === 'price' && (
        <BulkPriceDialog
          items={items}
          onCancel={() => setDialog(null)}
          onConfirm={(preview, change) =>
            void apply(priceLabel(change, preview.rows), () =>
              changePrices(db, preview.rows, Date.now()),
            )
          }
        />
      )}
      {dialog === 'move' && (
        <BulkMoveDialog
          count={count}
          categories={menu.categories}
          onCancel={() => setDialog(null)}
          onConfirm={(categoryId) => {
            const target = menu.categories.find((category) => category.id === categoryId);
            const label = t('bulk.done.move', {
              count,
              category: target ? localName(target.name) : '',
            });
            void apply(label, () => moveItems(db, items, categoryId, Date.now()));
          }}
        />
      )}
    </Flex>
  );
}
