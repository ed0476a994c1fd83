import { memo, type CSSProperties } from 'react';
import { Button, Checkbox, Flex, Space, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { priceRange } from '@domain/menu/specs';
import { useFormatFen, useLocalName } from '../display';
import { itemGridStyle } from './columns';
import { ItemThumb } from './ItemThumb';
import type { ListedItem } from './item-filter';
import { StatusTag } from './StatusTag';
import { StockControl } from './StockControl';

export interface ItemRowProps {
  listed: ListedItem;
  rowIndex: number;
  categoryName: string;
  tagNames: string[];
  selected: boolean;
  style: CSSProperties;
  onSelect: (id: string, selected: boolean, range: boolean) => void;
  onEdit: (id: string) => void;
  onToggleSoldOut: (listed: ListedItem) => void;
}

function PriceCell({ listed }: { listed: ListedItem }) {
  const formatFen = useFormatFen();
  const { item } = listed;
  const range = priceRange(item);
  return (
    <Flex vertical>
      <span>
        {range.minFen === range.maxFen
          ? formatFen(item.priceFen)
          : `${formatFen(range.minFen)}–${formatFen(range.maxFen)}`}
      </span>
      {item.listPriceFen != null && item.listPriceFen > item.priceFen && (
        <Typography.Text type="secondary" delete>
          {formatFen(item.listPriceFen)}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** One item of the list: photo, names, price, today's status and the everyday actions. */
export const ItemRow = memo(function ItemRow(props: ItemRowProps) {
  const { listed, selected, style, rowIndex } = props;
  const { t } = useTranslation('menu');
  const localName = useLocalName();
  const { item } = listed;
  const name = localName(item.name);
  const other = name === item.name.zh ? item.name.en : item.name.zh;
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      style={{
        ...itemGridStyle,
        ...style,
        borderBottom: '1px solid #f0f0f0',
        background: selected ? '#e6f4ff' : undefined,
      }}
    >
      <div role="cell">
        <Checkbox
          checked={selected}
          aria-label={t('list.select', { name })}
          onClick={(event) => props.onSelect(item.id, !selected, event.shiftKey)}
        />
      </div>
      <div role="cell">
        <ItemThumb photoId={item.photoIds[0]} />
      </div>
      <div role="cell" style={{ minWidth: 0 }}>
        <Typography.Text strong ellipsis style={{ display: 'block' }}>
          {name}
        </Typography.Text>
        <Space size={4} style={{ maxWidth: '100%', overflow: 'hidden' }}>
          {other && (
            <Typography.Text type="secondary" ellipsis>
              {other}
            </Typography.Text>
          )}
          {props.tagNames.map((tag) => (
            <Tag key={tag} style={{ marginInlineEnd: 0 }}>
              {tag}
            </Tag>
          ))}
        </Space>
      </div>
      <div role="cell">
        <Typography.Text ellipsis>{props.categoryName}</Typography.Text>
      </div>
      <div role="cell">
        <PriceCell listed={listed} />
      </div>
      <div role="cell">
        <Flex vertical align="start" gap={2}>
          <StatusTag status={listed.status} />
          <StockControl listed={listed} name={name} />
        </Flex>
      </div>
      <div role="cell" style={{ minWidth: 0 }}>
        <Typography.Text type="secondary" ellipsis style={{ display: 'block' }}>
          {[item.sku, item.barcode].filter(Boolean).join(' · ')}
        </Typography.Text>
      </div>
      <div role="cell">
        <Space size={4}>
          <Button
            size="small"
            icon={<EditOutlined />}
            aria-label={t('list.editItem', { name })}
            onClick={() => props.onEdit(item.id)}
          >
            {t('list.edit')}
          </Button>
          {(listed.status === 'on_sale' || listed.markedSoldOut) && (
            <Button
              size="small"
              danger={listed.status === 'on_sale'}
              aria-label={t(
                listed.status === 'sold_out' ? 'list.backOnSaleItem' : 'list.soldOutItem',
                { name },
              )}
              onClick={() => props.onToggleSoldOut(listed)}
            >
              {t(listed.status === 'sold_out' ? 'list.backOnSale' : 'list.soldOut')}
            </Button>
          )}
        </Space>
      </div>
    </div>
  );
});
