import { memo } from 'react';
import { Button } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { codeValues } from '@domain/menu/codes';
import { variantLabel, variantOptionsOf, variantsOf } from '@domain/menu/variants';
import { useLanguage } from '../../settings/language';
import { useFormatFen, useLocalName } from '../display';
import { itemPriceRange } from '../variant-price';
import { ITEM_ROW_HEIGHT, itemGridStyle } from './columns';
import { ItemThumb } from './ItemThumb';
import type { ListedItem } from './item-filter';
import { StatusTag } from './StatusTag';
import { StockControl } from './StockControl';

// Plain text with CSS ellipsis: antd's measured ellipsis costs a layout per row as rows scroll in.
const oneLine = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;
const secondary = 'rgba(0, 0, 0, 0.65)';
const tagLook = {
  border: '1px solid #d9d9d9',
  background: '#fafafa',
  borderRadius: 4,
  padding: '0 6px',
  fontSize: 12,
  lineHeight: '18px',
  whiteSpace: 'nowrap',
} as const;

export interface ItemRowProps {
  listed: ListedItem;
  rowIndex: number;
  categoryName: string;
  /** Tag names by id (one map for the whole list, so a memoised row is not redrawn). */
  tagNames: ReadonlyMap<string, string>;
  selected: boolean;
  top: number;
  onSelect: (id: string, selected: boolean, range: boolean) => void;
  onEdit: (id: string) => void;
  onToggleSoldOut: (listed: ListedItem) => void;
}

function PriceCell({ listed }: { listed: ListedItem }) {
  const { t } = useTranslation('menu');
  const formatFen = useFormatFen();
  const { item } = listed;
  const range = itemPriceRange(item);
  const variantCount = variantsOf(item).length;
  return (
    <div>
      <div style={oneLine}>
        {range.minFen === range.maxFen
          ? formatFen(range.minFen)
          : `${formatFen(range.minFen)}–${formatFen(range.maxFen)}`}
      </div>
      {variantCount > 0 ? (
        <div style={{ color: secondary }}>{t('variantForm.count', { count: variantCount })}</div>
      ) : (
        item.listPriceFen != null &&
        item.listPriceFen > item.priceFen && (
          <del style={{ color: secondary }}>{formatFen(item.listPriceFen)}</del>
        )
      )}
    </div>
  );
}

/**
 * The item's codes. With none of its own, its variants' first and how many there are; when the
 * search matched a variant's code, that variant and its codes.
 */
function CodesCell({ listed }: { listed: ListedItem }) {
  const { t } = useTranslation('menu');
  const { language } = useLanguage();
  const { item, matchedVariantId } = listed;
  const variants = variantsOf(item);
  const matched = matchedVariantId
    ? variants.find((each) => each.id === matchedVariantId)
    : undefined;
  const own = [item.sku, item.barcode].filter(Boolean).join(' · ');
  const variantCodes = codeValues({ variants });
  let lines: string[];
  if (matched) {
    lines = [
      t('variantForm.matched', {
        variant: variantLabel(variantOptionsOf(item), matched, language === 'en' ? 'en' : 'zh'),
      }),
      [matched.sku, matched.barcode].filter(Boolean).join(' · '),
    ];
  } else if (own || variantCodes.length === 0) lines = [own];
  else lines = [variantCodes[0]!, t('variantForm.codesInAll', { count: variantCodes.length })];
  return (
    <div title={lines.join('\n')}>
      {lines.map((line, index) => (
        <div key={index} style={{ ...oneLine, color: secondary }}>
          {line}
        </div>
      ))}
    </div>
  );
}

/** One item of the list: photo, names, price, today's status and the everyday actions. */
export const ItemRow = memo(function ItemRow(props: ItemRowProps) {
  const { listed, selected, top, rowIndex } = props;
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
        position: 'absolute',
        insetInline: 0,
        top,
        height: ITEM_ROW_HEIGHT,
        borderBottom: '1px solid #f0f0f0',
        background: selected ? '#e6f4ff' : undefined,
      }}
    >
      <div role="cell">
        {/* A native checkbox: rows mount as the list scrolls, and it is the cheapest there is. */}
        <input
          type="checkbox"
          checked={selected}
          aria-label={t('list.select', { name })}
          style={{ width: 16, height: 16, accentColor: '#0958d9', cursor: 'pointer' }}
          onChange={() => {}}
          onClick={(event) => props.onSelect(item.id, !selected, event.shiftKey)}
        />
      </div>
      <div role="cell">
        <ItemThumb photoId={item.photoIds[0]} />
      </div>
      <div role="cell" style={{ minWidth: 0 }}>
        <div style={{ ...oneLine, fontWeight: 600 }}>{name}</div>
        <div style={{ ...oneLine, display: 'flex', gap: 4, alignItems: 'center' }}>
          {other && <span style={{ ...oneLine, color: secondary }}>{other}</span>}
          {item.tags
            .flatMap((id) => props.tagNames.get(id) ?? [])
            .map((tag) => (
              <span key={tag} style={tagLook}>
                {tag}
              </span>
            ))}
        </div>
      </div>
      <div role="cell">
        <div style={oneLine}>{props.categoryName}</div>
      </div>
      <div role="cell">
        <PriceCell listed={listed} />
      </div>
      <div role="cell">
        <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'start', gap: 2 }}>
          <StatusTag status={listed.status} />
          <StockControl listed={listed} name={name} />
        </div>
      </div>
      <div role="cell" style={{ minWidth: 0 }}>
        <CodesCell listed={listed} />
      </div>
      <div role="cell">
        <div style={{ display: 'flex', gap: 4 }}>
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
        </div>
      </div>
    </div>
  );
});
