import { useMemo } from 'react';
import { Alert, Button, Flex, Form, Typography, type FormInstance } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { newId } from '@domain/ids';
import { useFormatFen } from '../display';
import {
  formPriceRange,
  specGroupProblems,
  type ItemFormValues,
  type SpecGroupValues,
} from './item-form-values';
import { SpecGroupCard } from './SpecGroupCard';
import { problemLookup } from './spec-problems';
import { useVariantDraft } from './use-variant-draft';

export function newSpecGroup(): SpecGroupValues {
  return {
    id: newId(),
    nameZh: '',
    nameEn: '',
    selection: 'single',
    required: true,
    min: 1,
    max: 1,
    options: [{ id: newId(), nameZh: '', nameEn: '', priceDelta: '' }],
  };
}

/**
 * The item's spec groups (规格/口味/加料), checked as the shop types: each problem shows at its
 * field, and the price range the choices give is shown below.
 */
export function SpecGroupsField({ form }: { form: FormInstance<ItemFormValues> }) {
  const { t } = useTranslation('menu');
  const formatFen = useFormatFen();
  const groups = Form.useWatch('specGroups', form);
  const price = Form.useWatch('price', form);
  const { variantOptions, variants } = useVariantDraft(form);
  // With variants, the choices add to each combination's price (the cheapest and the dearest).
  const values = useMemo(
    () => ({ price, specGroups: groups, variantOptions, variants }),
    [price, groups, variantOptions, variants],
  );
  const problems = useMemo(() => specGroupProblems(values), [values]);
  const problemAt = useMemo(() => problemLookup(t, problems), [t, problems]);
  const range = formPriceRange(values);
  const belowZero = problemAt(['specGroups']).help;

  return (
    <Form.List name="specGroups">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.length === 0 && (
            <Typography.Text type="secondary">{t('specs.none')}</Typography.Text>
          )}
          {fields.map((field, index) => (
            <SpecGroupCard
              key={field.key}
              field={field}
              index={index}
              form={form}
              problemAt={problemAt}
              onRemove={() => remove(field.name)}
            />
          ))}
          {belowZero && <Alert type="error" showIcon title={belowZero} />}
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Button icon={<PlusOutlined />} onClick={() => add(newSpecGroup())}>
              {t('specs.addGroup')}
            </Button>
            {range && (
              <Typography.Text strong aria-live="polite">
                {range.minFen === range.maxFen
                  ? t('specs.priceOne', { price: formatFen(range.minFen) })
                  : t('specs.priceRange', {
                      min: formatFen(range.minFen),
                      max: formatFen(range.maxFen),
                    })}
              </Typography.Text>
            )}
          </Flex>
        </Flex>
      )}
    </Form.List>
  );
}
