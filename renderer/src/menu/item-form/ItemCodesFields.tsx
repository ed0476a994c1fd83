import { Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { barcodeSchema } from '@domain/menu/schema';

interface ItemCodesFieldsProps {
  /** The name of the other item holding this code, if any. */
  holderOf: (field: 'sku' | 'barcode', code: string) => string | undefined;
}

/** SKU and barcode (unique in the shop: the message names the item that has it) and daily stock. */
export function ItemCodesFields({ holderOf }: ItemCodesFieldsProps) {
  const { t } = useTranslation('menu');
  const uniqueRule = (field: 'sku' | 'barcode') => ({
    validator: async (_rule: unknown, value: string | undefined) => {
      const code = value?.trim();
      if (!code) return;
      if (field === 'barcode' && !barcodeSchema.safeParse(code).success) {
        throw new Error(t('problem.barcode_invalid'));
      }
      const holder = holderOf(field, code);
      if (holder !== undefined) throw new Error(t(`problem.${field}_taken`, { name: holder }));
    },
  });
  return (
    <Row gutter={16}>
      <Col span={8}>
        <Form.Item name="sku" label={t('form.sku')} rules={[{ max: 64 }, uniqueRule('sku')]}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="barcode" label={t('form.barcode')} rules={[uniqueRule('barcode')]}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="dailyStock" label={t('form.dailyStock')} extra={t('form.dailyStockHelp')}>
          <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
