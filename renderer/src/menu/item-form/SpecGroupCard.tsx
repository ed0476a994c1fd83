import {
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Switch,
  Typography,
  type FormInstance,
  type FormListFieldData,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { newId } from '@domain/ids';
import type { ItemFormValues } from './item-form-values';
import { yuanRule } from './money-rule';
import type { ProblemAt } from './spec-problems';

interface SpecGroupCardProps {
  field: FormListFieldData;
  index: number;
  form: FormInstance<ItemFormValues>;
  problemAt: ProblemAt;
  onRemove: () => void;
}

/** One spec group: its names, single or multiple choice, required, picks, and its options. */
export function SpecGroupCard({ field, index, form, problemAt, onRemove }: SpecGroupCardProps) {
  const { t } = useTranslation('menu');
  const at = (...rest: (string | number)[]) => problemAt(['specGroups', index, ...rest]);
  const selection = Form.useWatch(['specGroups', field.name, 'selection'], form);
  const n = index + 1;
  return (
    <Card
      size="small"
      title={t('specs.group', { n })}
      extra={
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('specs.removeGroup', { n })}
          onClick={onRemove}
        />
      }
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name={[field.name, 'nameZh']}
            label={t('specs.nameZh', { n })}
            rules={[{ required: true, whitespace: true, message: t('problem.name_required') }]}
            {...at('nameZh')}
          >
            <Input placeholder={t('specs.namePlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={[field.name, 'nameEn']} label={t('specs.nameEn', { n })}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Flex gap={16} wrap align="start">
        <Form.Item name={[field.name, 'selection']} label={t('specs.selection')}>
          <Radio.Group
            aria-label={t('specs.selectionOf', { n })}
            optionType="button"
            options={[
              { value: 'single', label: t('specs.single') },
              { value: 'multiple', label: t('specs.multiple') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name={[field.name, 'required']}
          label={t('specs.required', { n })}
          valuePropName="checked"
          {...at('required')}
        >
          <Switch />
        </Form.Item>
        {selection === 'multiple' && (
          <>
            <Form.Item name={[field.name, 'min']} label={t('specs.min')} {...at('min')}>
              <InputNumber min={0} max={50} precision={0} />
            </Form.Item>
            <Form.Item name={[field.name, 'max']} label={t('specs.max')} {...at('max')}>
              <InputNumber min={1} max={50} precision={0} />
            </Form.Item>
          </>
        )}
      </Flex>
      <Form.List name={[field.name, 'options']}>
        {(options, { add, remove }) => (
          <Flex vertical gap={0}>
            <Typography.Text strong>{t('specs.options')}</Typography.Text>
            {options.map((option, o) => (
              <Flex key={option.key} gap={8} align="start">
                <Form.Item
                  name={[option.name, 'nameZh']}
                  style={{ flex: 2 }}
                  rules={[
                    { required: true, whitespace: true, message: t('problem.name_required') },
                  ]}
                  {...at('options', o, 'nameZh')}
                >
                  <Input
                    aria-label={t('specs.optionNameZh', { group: n, n: o + 1 })}
                    placeholder={t('specs.optionNameZhPlaceholder')}
                  />
                </Form.Item>
                <Form.Item name={[option.name, 'nameEn']} style={{ flex: 2 }}>
                  <Input
                    aria-label={t('specs.optionNameEn', { group: n, n: o + 1 })}
                    placeholder={t('specs.optionNameEnPlaceholder')}
                  />
                </Form.Item>
                <Form.Item
                  name={[option.name, 'priceDelta']}
                  style={{ flex: 1 }}
                  rules={[yuanRule(t, { optional: true, allowNegative: true })]}
                >
                  <Input
                    prefix="±¥"
                    inputMode="decimal"
                    aria-label={t('specs.optionPrice', { group: n, n: o + 1 })}
                    placeholder="0"
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('specs.removeOption', { group: n, n: o + 1 })}
                  onClick={() => remove(option.name)}
                />
              </Flex>
            ))}
            {at('options').help && (
              <Typography.Text type="danger" role="alert">
                {at('options').help}
              </Typography.Text>
            )}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              style={{ alignSelf: 'start', marginTop: 4 }}
              onClick={() => add({ id: newId(), nameZh: '', nameEn: '', priceDelta: '' })}
            >
              {t('specs.addOption', { n })}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}
