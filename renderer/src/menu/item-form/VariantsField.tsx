import { useCallback, useMemo } from 'react';
import { Alert, Button, Dropdown, Flex, Form, Typography, type FormInstance } from 'antd';
import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CodeIndex } from '@domain/menu/codes';
import { useLanguage } from '../../settings/language';
import type { ItemFormValues } from './item-form-values';
import { useVariantDraft } from './use-variant-draft';
import { useVariantEdits } from './use-variant-edits';
import { MAX_VARIANT_OPTIONS, missingCombinations } from './variant-edits';
import { VariantOptionCard } from './VariantOptionCard';
import { liveVariantProblems, messageLookup, variantProblemMessage } from './variant-problems';
import { VariantTable } from './VariantTable';
import { variantLabelOf, type VariantOptionValues, type VariantValues } from './variant-values';

interface VariantsFieldProps {
  form: FormInstance<ItemFormValues>;
  itemId: string;
  /** The shop's codes, for codes another item already has. */
  codeIndex: CodeIndex;
  itemName: (id: string) => string | undefined;
  markedVariantId: string | undefined;
}

/**
 * The item's variants (款式): its dimensions and a row per combination, checked as the shop types
 * (each problem at its cell). Without variants, one button turns them on.
 */
export function VariantsField({
  form,
  itemId,
  codeIndex,
  itemName,
  markedVariantId,
}: VariantsFieldProps) {
  const { t } = useTranslation('menu');
  const { language } = useLanguage();
  const { variantOptions, variants } = useVariantDraft(form);
  const sku = Form.useWatch('sku', form);
  const barcode = Form.useWatch('barcode', form);
  const label = useCallback(
    (options: readonly VariantOptionValues[] | undefined, valueIds: readonly string[]) =>
      variantLabelOf(options, valueIds, language === 'en' ? 'en' : 'zh', t('variantForm.unnamed')),
    [language, t],
  );
  const messages = useMemo(() => {
    const problems = liveVariantProblems(
      { variantOptions, variants, sku, barcode },
      { itemId, codeIndex },
    );
    const variantName = (id: string) => {
      const variant = variants.find((each) => each.id === id);
      return variant && label(variantOptions, variant.valueIds);
    };
    const names = { itemId, itemName, variantName };
    return problems.map((problem) => ({
      path: problem.path,
      help: variantProblemMessage(t, problem, names),
    }));
  }, [variantOptions, variants, sku, barcode, itemId, codeIndex, itemName, label, t]);
  // The same lookup while the messages are the same, so unchanged dimension cards are not redrawn.
  const messagesKey = JSON.stringify(messages);
  const problemAt = useMemo(
    () => messageLookup(JSON.parse(messagesKey) as typeof messages),
    [messagesKey],
  );
  const labelOfValues = useCallback(
    (all: ItemFormValues, valueIds: readonly string[]) => label(all.variantOptions, valueIds),
    [label],
  );
  const edit = useVariantEdits(form, labelOfValues);
  const missing = useMemo(
    () => missingCombinations({ variantOptions, variants }),
    [variantOptions, variants],
  );

  if (variantOptions.length === 0) {
    // Variants without dimensions come only from elsewhere (a file, an older device): say so.
    const orphans = problemAt(['variantOptions']).help;
    return (
      <Flex vertical gap={8} align="start" style={{ marginBottom: 16 }}>
        {orphans && (
          <Alert
            type="error"
            showIcon
            title={orphans}
            action={
              <Button danger size="small" onClick={edit.removeAll}>
                {t('variantForm.removeAll')}
              </Button>
            }
          />
        )}
        <Typography.Text type="secondary">{t('variantForm.none')}</Typography.Text>
        <Button icon={<PlusOutlined />} onClick={edit.start}>
          {t('variantForm.start')}
        </Button>
      </Flex>
    );
  }
  const noVariants = problemAt(['variants']).help;
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <Typography.Text type="secondary">{t('variantForm.help')}</Typography.Text>
      {variantOptions.map((option, index) => (
        <VariantOptionCard
          key={option.id}
          option={option}
          index={index}
          problemAt={problemAt}
          edit={edit}
        />
      ))}
      <Button
        icon={<PlusOutlined />}
        style={{ alignSelf: 'start' }}
        disabled={variantOptions.length >= MAX_VARIANT_OPTIONS}
        onClick={edit.addOption}
      >
        {t('variantForm.addOption', { max: MAX_VARIANT_OPTIONS })}
      </Button>
      {noVariants && <Alert type="error" showIcon title={noVariants} />}
      <VariantTable
        variants={variants}
        labelOf={(variant: VariantValues) => label(variantOptions, variant.valueIds)}
        problemAt={problemAt}
        markedVariantId={markedVariantId}
        onRemove={edit.removeVariant}
      />
      <Flex justify="space-between" gap={8} wrap>
        {missing.length > 0 ? (
          <Dropdown
            menu={{
              items: missing.map((valueIds) => ({
                key: valueIds.join(','),
                label: label(variantOptions, valueIds),
              })),
              onClick: ({ key }) => edit.restore(key.split(',')),
            }}
          >
            <Button>
              {t('variantForm.addBack', { count: missing.length })} <DownOutlined />
            </Button>
          </Dropdown>
        ) : (
          <span />
        )}
        <Button danger onClick={edit.removeAll}>
          {t('variantForm.removeAll')}
        </Button>
      </Flex>
    </Flex>
  );
}
