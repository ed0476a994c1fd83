import { memo, useEffect } from 'react';
import { Button, Form, Input, Switch, Tag, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ProblemAt } from './spec-problems';
import type { VariantValues } from './variant-values';
import { visuallyHidden } from '../../components/visually-hidden';

interface VariantTableProps {
  variants: readonly VariantValues[];
  /** "红 / M" for a row. */
  labelOf: (variant: VariantValues) => string;
  problemAt: ProblemAt;
  /** The combination a scan found: marked, and scrolled to when the form opens. */
  markedVariantId: string | undefined;
  onRemove: (variantId: string) => void;
}

const rowId = (variantId: string) => `variant-row-${variantId}`;
const line = '1px solid #f0f0f0';
const headCell = {
  padding: '8px',
  background: '#fafafa',
  borderBottom: line,
  fontWeight: 600,
  textAlign: 'start',
  whiteSpace: 'nowrap',
} as const;
const bodyCell = { padding: '6px 8px', borderBottom: line, verticalAlign: 'top' } as const;
const columns = [
  { key: 'variant', width: undefined },
  { key: 'price', width: 92 },
  { key: 'listPrice', width: 92 },
  { key: 'sku', width: 116 },
  { key: 'barcode', width: 144 },
  { key: 'onSale', width: 64 },
  { key: 'remove', width: 40 },
] as const;

type TextField = 'price' | 'listPrice' | 'sku' | 'barcode';
const textFields: readonly TextField[] = ['price', 'listPrice', 'sku', 'barcode'];
const maxLengths: Record<TextField, number> = { price: 16, listPrice: 16, sku: 64, barcode: 48 };

interface VariantRowProps {
  id: string;
  index: number;
  label: string;
  marked: boolean;
  /** The message at each cell, if any: plain strings, so an unchanged row is not redrawn. */
  valuesError: string | undefined;
  priceError: string | undefined;
  listPriceError: string | undefined;
  skuError: string | undefined;
  barcodeError: string | undefined;
  onRemove: (variantId: string) => void;
}

/** One combination; memoised, so typing in one row redraws that row only (an item has up to 250). */
const VariantRow = memo(function VariantRow(props: VariantRowProps) {
  const { t } = useTranslation('menu');
  const { index, label } = props;
  const errors: Record<TextField, string | undefined> = {
    price: props.priceError,
    listPrice: props.listPriceError,
    sku: props.skuError,
    barcode: props.barcodeError,
  };
  return (
    <tr
      id={rowId(props.id)}
      aria-current={props.marked ? 'true' : undefined}
      style={props.marked ? { background: '#e6f4ff' } : undefined}
    >
      <td style={{ ...bodyCell, paddingTop: 10 }}>
        <Typography.Text strong>{label}</Typography.Text>
        {props.marked && (
          <Tag color="blue" style={{ marginInlineStart: 6 }}>
            {t('variantForm.scanned')}
          </Tag>
        )}
        {props.valuesError && (
          <Typography.Text type="danger" role="alert" style={{ display: 'block' }}>
            {props.valuesError}
          </Typography.Text>
        )}
      </td>
      {textFields.map((field) => (
        <td key={field} style={bodyCell}>
          <Form.Item
            name={['variants', index, field]}
            style={{ marginBottom: 0 }}
            {...(errors[field] ? { validateStatus: 'error', help: errors[field] } : {})}
          >
            <Input
              size="small"
              prefix={field === 'price' || field === 'listPrice' ? '¥' : undefined}
              inputMode={field === 'price' || field === 'listPrice' ? 'decimal' : undefined}
              maxLength={maxLengths[field]}
              aria-label={t(`variantForm.cellOf.${field}`, { variant: label })}
            />
          </Form.Item>
        </td>
      ))}
      <td style={{ ...bodyCell, paddingTop: 8 }}>
        <Form.Item
          name={['variants', index, 'onSale']}
          valuePropName="checked"
          style={{ marginBottom: 0 }}
        >
          <Switch size="small" aria-label={t('variantForm.cellOf.onSale', { variant: label })} />
        </Form.Item>
      </td>
      <td style={bodyCell}>
        <Button
          type="text"
          size="small"
          icon={<DeleteOutlined />}
          aria-label={t('variantForm.removeVariant', { variant: label })}
          onClick={() => props.onRemove(props.id)}
        />
      </td>
    </tr>
  );
});

/** One row per combination: its values, prices, codes and whether it is on sale. */
export function VariantTable(props: VariantTableProps) {
  const { variants, labelOf, problemAt, markedVariantId } = props;
  const { t } = useTranslation('menu');
  useEffect(() => {
    if (markedVariantId)
      document.getElementById(rowId(markedVariantId))?.scrollIntoView({ block: 'center' });
  }, [markedVariantId]);
  const at = (index: number, field: string) => problemAt(['variants', index, field]).help;
  return (
    <div style={{ overflowX: 'auto', border: line, borderRadius: 8 }}>
      <table
        aria-label={t('variantForm.table')}
        style={{ width: '100%', borderCollapse: 'collapse', fontSize: 14 }}
      >
        <thead>
          <tr>
            {columns.map(({ key, width }) =>
              key === 'remove' ? (
                <th key={key} style={{ ...headCell, width }}>
                  <span style={visuallyHidden}>{t('variantForm.columns.remove')}</span>
                </th>
              ) : (
                <th key={key} style={{ ...headCell, width }}>
                  {t(`variantForm.columns.${key}`)}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {variants.map((variant, index) => (
            <VariantRow
              key={variant.id}
              id={variant.id}
              index={index}
              label={labelOf(variant)}
              marked={variant.id === markedVariantId}
              valuesError={at(index, 'valueIds')}
              priceError={at(index, 'price')}
              listPriceError={at(index, 'listPrice')}
              skuError={at(index, 'sku')}
              barcodeError={at(index, 'barcode')}
              onRemove={props.onRemove}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
