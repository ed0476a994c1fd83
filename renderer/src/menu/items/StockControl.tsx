import { useState } from 'react';
import { Button, Flex, InputNumber, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useActiveVendor } from '../../vendors/use-vendor';
import { moveStock, setRemainingStock } from '../actions/item-actions';
import { useBusinessDate, useShopClock } from '../use-menu';
import { useRun } from '../use-run';
import type { ListedItem } from './item-filter';

/** Today's stock of an item with a daily count: "3 / 10 left", and a way to sell or recount. */
export function StockControl({ listed, name }: { listed: ListedItem; name: string }) {
  const { t } = useTranslation('menu');
  const { remaining, item } = listed;
  if (remaining === null || item.dailyStock == null) return null;
  return (
    <Popover
      trigger="click"
      title={t('stock.title', { name })}
      content={<StockEditor listed={listed} remaining={remaining} />}
    >
      <Button size="small" type="link" style={{ padding: 0, height: 'auto' }}>
        {t('stock.left', { remaining, total: item.dailyStock })}
      </Button>
    </Popover>
  );
}

function StockEditor({ listed, remaining }: { listed: ListedItem; remaining: number }) {
  const { t } = useTranslation('menu');
  const { db } = useActiveVendor();
  const run = useRun();
  const businessDate = useBusinessDate(useShopClock());
  const [target, setTarget] = useState<number | null>(remaining);
  if (!businessDate) return null;
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('stock.help')}</Typography.Text>
      <Flex gap={8} align="center">
        <InputNumber
          aria-label={t('stock.remainingToday')}
          min={0}
          precision={0}
          value={target}
          onChange={setTarget}
        />
        <Button
          type="primary"
          disabled={target === null}
          onClick={() =>
            void run(() =>
              setRemainingStock(
                db,
                listed.item,
                remaining,
                target ?? remaining,
                businessDate,
                Date.now(),
              ),
            )
          }
        >
          {t('stock.set')}
        </Button>
      </Flex>
      <Button
        disabled={remaining <= 0}
        onClick={() =>
          void run(() => moveStock(db, listed.item, -1, 'sale', businessDate, Date.now()))
        }
      >
        {t('stock.sellOne')}
      </Button>
    </Flex>
  );
}
