import { memo } from 'react';
import { Button, Card, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ProblemAt } from './spec-problems';
import type { VariantEdits } from './use-variant-edits';
import { MAX_VARIANT_VALUES } from './variant-edits';
import type { VariantOptionValues } from './variant-values';

interface VariantOptionCardProps {
  option: VariantOptionValues;
  index: number;
  /** Stable while the problems are the same, so a card is redrawn only when it changes. */
  problemAt: ProblemAt;
  edit: VariantEdits;
}

/** One dimension of the variants (颜色): its names and its values (红, 黑). */
export const VariantOptionCard = memo(function VariantOptionCard(props: VariantOptionCardProps) {
  const { option, index, problemAt, edit } = props;
  const { t } = useTranslation('menu');
  const n = index + 1;
  const at = (...rest: (string | number)[]) => problemAt(['variantOptions', index, ...rest]);
  const required = { required: true, whitespace: true, message: t('problem.name_required') };
  return (
    <Card
      size="small"
      title={t('variantForm.option', { n })}
      extra={
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('variantForm.removeOption', { n })}
          onClick={() => edit.removeOption(index, option.nameZh)}
        />
      }
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name={['variantOptions', index, 'nameZh']}
            label={t('variantForm.optionNameZh', { n })}
            rules={[required]}
            {...at('nameZh')}
          >
            <Input placeholder={t('variantForm.optionNameZhPlaceholder')} maxLength={80} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name={['variantOptions', index, 'nameEn']}
            label={t('variantForm.optionNameEn', { n })}
          >
            <Input placeholder={t('variantForm.optionNameEnPlaceholder')} maxLength={80} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong>{t('variantForm.values')}</Typography.Text>
      {option.values.map((value, v) => {
        const labels = { option: n, n: v + 1 };
        return (
          <Flex key={value.id} gap={8} align="start">
            <Form.Item
              name={['variantOptions', index, 'values', v, 'nameZh']}
              style={{ flex: 1 }}
              rules={[required]}
              {...at('values', v, 'nameZh')}
            >
              <Input
                aria-label={t('variantForm.valueNameZh', labels)}
                placeholder={t('variantForm.valueNameZhPlaceholder')}
                maxLength={80}
              />
            </Form.Item>
            <Form.Item name={['variantOptions', index, 'values', v, 'nameEn']} style={{ flex: 1 }}>
              <Input
                aria-label={t('variantForm.valueNameEn', labels)}
                placeholder={t('variantForm.valueNameEnPlaceholder')}
                maxLength={80}
              />
            </Form.Item>
            <Button
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('variantForm.removeValue', labels)}
              onClick={() => edit.removeValue(index, value.id, value.nameZh)}
            />
          </Flex>
        );
      })}
      {at('values').help && (
        <Typography.Text type="danger" role="alert">
          {at('values').help}
        </Typography.Text>
      )}
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        disabled={option.values.length >= MAX_VARIANT_VALUES}
        onClick={() => edit.addValue(index)}
      >
        {t('variantForm.addValue', { n })}
      </Button>
    </Card>
  );
});
