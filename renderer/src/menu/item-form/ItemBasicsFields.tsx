import { Col, Form, Input, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Menu } from '@domain/menu/schema';
import { fromPriceFen } from '@domain/menu/variants';
import { useFormatFen, useLocalName } from '../display';
import type { ItemFormValues } from './item-form-values';
import { yuanRule } from './money-rule';
import { TagSelect } from './TagSelect';
import { useVariantDraft } from './use-variant-draft';
import { typedFen, variantsFromForm } from './variant-values';

/** With variants the price is each combination's: the item shows its "from" price instead. */
function VariantPrice() {
  const { t } = useTranslation('menu');
  const formatFen = useFormatFen();
  const { variants } = useVariantDraft(Form.useFormInstance<ItemFormValues>());
  const readable = variants.filter((variant) => typedFen(variant.price) !== null);
  const fromFen = fromPriceFen(variantsFromForm(readable));
  return (
    <Form.Item label={t('variantForm.priceLabel')} extra={t('variantForm.priceHelp')}>
      <Typography.Text strong>
        {fromFen === null
          ? t('variantForm.priceUnset')
          : t('variantForm.priceFrom', { price: formatFen(fromFen) })}
      </Typography.Text>
    </Form.Item>
  );
}

/** The item's own price and original price; replaced by the variants' once it has them. */
function PriceFields() {
  const { t } = useTranslation('menu');
  const { variantOptions } = useVariantDraft(Form.useFormInstance<ItemFormValues>());
  if (variantOptions.length > 0) {
    return (
      <Col span={16}>
        <VariantPrice />
      </Col>
    );
  }
  return (
    <>
      <Col span={8}>
        <Form.Item
          name="price"
          label={t('form.price')}
          rules={[yuanRule(t)]}
          extra={t('form.priceHelp')}
        >
          <Input prefix="¥" inputMode="decimal" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item
          name="listPrice"
          label={t('form.listPrice')}
          rules={[yuanRule(t, { optional: true })]}
          extra={t('form.listPriceHelp')}
        >
          <Input prefix="¥" inputMode="decimal" />
        </Form.Item>
      </Col>
    </>
  );
}

/** Names and descriptions in both languages, category, prices, status and tags. */
export function ItemBasicsFields({ menu }: { menu: Menu }) {
  const { t } = useTranslation('menu');
  const localName = useLocalName();
  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="nameZh"
            label={t('form.nameZh')}
            rules={[
              { required: true, whitespace: true, message: t('problem.name_required') },
              { max: 80, message: t('problem.name_too_long') },
            ]}
          >
            <Input placeholder={t('form.nameZhPlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="nameEn"
            label={t('form.nameEn')}
            rules={[{ max: 80, message: t('problem.name_too_long') }]}
          >
            <Input placeholder={t('form.nameEnPlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="descriptionZh" label={t('form.descriptionZh')} rules={[{ max: 2000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="descriptionEn" label={t('form.descriptionEn')} rules={[{ max: 2000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item
            name="categoryId"
            label={t('form.category')}
            rules={[{ required: true, message: t('problem.category_required') }]}
          >
            <Select
              options={menu.categories.map((c) => ({ value: c.id, label: localName(c.name) }))}
            />
          </Form.Item>
        </Col>
        <PriceFields />
      </Row>
      <Form.Item name="status" label={t('form.status')}>
        <Radio.Group
          optionType="button"
          options={(['on_sale', 'sold_out', 'off_sale'] as const).map((status) => ({
            value: status,
            label: t(`status.${status}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="tagIds" label={t('form.tags')}>
        <TagSelect tags={menu.tags} />
      </Form.Item>
    </>
  );
}
