import { useMemo, useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { previewPriceChange, type PriceChange } from '@domain/menu/bulk';
import type { MenuItem } from '@domain/menu/schema';
import { hasVariants } from '@domain/menu/variants';
import { useFormatFen, useLocalName } from '../display';

const PREVIEW_ROWS = 200;

interface BulkPriceDialogProps {
  items: readonly MenuItem[];
  onCancel: () => void;
  onConfirm: (
    preview: ReturnType<typeof previewPriceChange> & { ok: true },
    change: PriceChange,
  ) => void;
}

/** A price change by percent or amount over the selection, previewed old → new before saving. */
export function BulkPriceDialog({ items, onCancel, onConfirm }: BulkPriceDialogProps) {
  const { t } = useTranslation('menu');
  const formatFen = useFormatFen();
  const localName = useLocalName();
  const [change, setChange] = useState<PriceChange>({ by: 'percent', value: '' });
  // An item with variants changes every variant's price the same way (domain/menu/bulk.ts); its
  // row shows its own price, the cheapest variant's, and the note says so.
  const withVariants = useMemo(() => items.filter(hasVariants), [items]);
  const preview = useMemo(() => previewPriceChange(items, change), [items, change]);
  const names = useMemo(
    () => new Map(items.map((item) => [item.id, localName(item.name)])),
    [items, localName],
  );
  const error =
    !preview.ok && change.value.trim() !== '' ? t(`bulk.price.errors.${preview.error}`) : undefined;

  return (
    <Modal
      open
      title={t('bulk.price.title', { count: items.length })}
      okText={t('bulk.price.apply')}
      okButtonProps={{ disabled: !preview.ok || preview.rows.length === 0 }}
      onOk={() => preview.ok && onConfirm(preview, change)}
      onCancel={onCancel}
      width={640}
    >
      <Form layout="vertical">
        <Form.Item label={t('bulk.price.by')}>
          <Radio.Group
            value={change.by}
            onChange={(event) => setChange({ by: event.target.value, value: change.value })}
            options={[
              { value: 'percent', label: t('bulk.price.percent') },
              { value: 'amount', label: t('bulk.price.amount') },
            ]}
          />
        </Form.Item>
        <Form.Item
          label={t(change.by === 'percent' ? 'bulk.price.percentLabel' : 'bulk.price.amountLabel')}
          htmlFor="bulk-price-value"
          extra={t('bulk.price.help')}
          validateStatus={error ? 'error' : undefined}
          help={error}
        >
          <Input
            id="bulk-price-value"
            autoFocus
            value={change.value}
            suffix={change.by === 'percent' ? '%' : undefined}
            onChange={(event) => setChange({ ...change, value: event.target.value })}
          />
        </Form.Item>
      </Form>
      {withVariants.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('variantForm.bulkPriceVariants', { count: withVariants.length })}
          description={withVariants
            .slice(0, 5)
            .map((item) => localName(item.name))
            .join(t('listSeparator'))}
        />
      )}
      {preview.ok && preview.refused.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('bulk.price.refused', { count: preview.refused.length })}
          description={preview.refused
            .slice(0, 5)
            .map((row) => `${names.get(row.id)}: ${t(`bulk.price.errors.${row.code}`)}`)
            .join('; ')}
        />
      )}
      {preview.ok && (
        <>
          <Typography.Title level={2} style={{ fontSize: 14 }}>
            {t('bulk.price.preview')}
          </Typography.Title>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ y: 240 }}
            dataSource={preview.rows.slice(0, PREVIEW_ROWS)}
            columns={[
              { title: t('list.columns.name'), render: (_, row) => names.get(row.id) },
              { title: t('bulk.price.old'), render: (_, row) => formatFen(row.oldFen) },
              { title: t('bulk.price.new'), render: (_, row) => formatFen(row.newFen) },
            ]}
          />
          {preview.rows.length > PREVIEW_ROWS && (
            <Typography.Text type="secondary">
              {t('bulk.price.more', { count: preview.rows.length - PREVIEW_ROWS })}
            </Typography.Text>
          )}
        </>
      )}
    </Modal>
  );
}
