import { useEffect, type ReactNode } from 'react';
import { Button, Form, Input, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ProblemAt } from './spec-problems';
import type { VariantValues } from './variant-values';

interface VariantTableProps {
  variants: readonly VariantValues[];
  /** "红 / M" for a row. */
  labelOf: (variant: VariantValues) => string;
  problemAt: ProblemAt;
  /** The combination a scan found: marked, and scrolled to when the form opens. */
  markedVariantId: string | undefined;
  onRemove: (variantId: string) => void;
}

type Row = VariantValues & { index: number };

const rowId = (variantId: string) => `variant-row-${variantId}`;
const cell = { marginBottom: 0 } as const;

/** One row per combination: its values, prices, codes and whether it is on sale. */
export function VariantTable(props: VariantTableProps) {
  const { variants, labelOf, problemAt, markedVariantId } = props;
  const { t } = useTranslation('menu');
  useEffect(() => {
    if (markedVariantId)
      document.getElementById(rowId(markedVariantId))?.scrollIntoView({ block: 'center' });
  }, [markedVariantId]);

  const at = (index: number, field: keyof VariantValues) => problemAt(['variants', index, field]);
  const textCell =
    (field: 'price' | 'listPrice' | 'sku' | 'barcode', money: boolean) =>
    (_: unknown, row: Row) => (
      <Form.Item name={['variants', row.index, field]} style={cell} {...at(row.index, field)}>
        <Input
          size="small"
          prefix={money ? '¥' : undefined}
          inputMode={money ? 'decimal' : undefined}
          maxLength={field === 'sku' ? 64 : field === 'barcode' ? 48 : 16}
          aria-label={t(`variantForm.cellOf.${field}`, { variant: labelOf(row) })}
        />
      </Form.Item>
    );
  const columns: TableColumnsType<Row> = [
    {
      key: 'variant',
      title: t('variantForm.columns.variant'),
      render: (_, row): ReactNode => {
        const problem = at(row.index, 'valueIds').help;
        return (
          <>
            <Typography.Text strong>{labelOf(row)}</Typography.Text>
            {row.id === markedVariantId && (
              <Tag color="blue" style={{ marginInlineStart: 6 }}>
                {t('variantForm.scanned')}
              </Tag>
            )}
            {problem && (
              <Typography.Text type="danger" role="alert" style={{ display: 'block' }}>
                {problem}
              </Typography.Text>
            )}
          </>
        );
      },
    },
    {
      key: 'price',
      title: t('variantForm.columns.price'),
      width: 92,
      render: textCell('price', true),
    },
    {
      key: 'listPrice',
      title: t('variantForm.columns.listPrice'),
      width: 92,
      render: textCell('listPrice', true),
    },
    { key: 'sku', title: t('variantForm.columns.sku'), width: 116, render: textCell('sku', false) },
    {
      key: 'barcode',
      title: t('variantForm.columns.barcode'),
      width: 144,
      render: textCell('barcode', false),
    },
    {
      key: 'onSale',
      title: t('variantForm.columns.onSale'),
      width: 72,
      render: (_, row) => (
        <Form.Item name={['variants', row.index, 'onSale']} valuePropName="checked" style={cell}>
          <Switch
            size="small"
            aria-label={t('variantForm.cellOf.onSale', { variant: labelOf(row) })}
          />
        </Form.Item>
      ),
    },
    {
      key: 'remove',
      width: 40,
      onHeaderCell: () => ({ 'aria-label': t('variantForm.columns.remove') }),
      render: (_, row) => (
        <Button
          type="text"
          size="small"
          icon={<DeleteOutlined />}
          aria-label={t('variantForm.removeVariant', { variant: labelOf(row) })}
          onClick={() => props.onRemove(row.id)}
        />
      ),
    },
  ];
  return (
    <Table<Row>
      size="small"
      rowKey="id"
      pagination={false}
      columns={columns}
      dataSource={variants.map((variant, index) => ({ ...variant, index }))}
      components={{
        table: (tableProps: object) => (
          <table {...tableProps} aria-label={t('variantForm.table')} />
        ),
      }}
      onRow={(row) => ({
        id: rowId(row.id),
        'aria-current': row.id === markedVariantId ? 'true' : undefined,
        style: row.id === markedVariantId ? { background: '#e6f4ff' } : undefined,
      })}
      scroll={{ x: 'max-content' }}
    />
  );
}
