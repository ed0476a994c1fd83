/**
 * The variant edits of the item form, applied to its values: each reads the values as they are
 * now, and one that would remove combinations carrying what the shop typed asks first, listing
 * them. Turning variants off always asks.
 */
import { useMemo } from 'react';
import { App, type FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { newId } from '@domain/ids';
import { MAX_VARIANTS } from '@domain/menu/schema';
import { fromPriceFen } from '@domain/menu/variants';
import { fenToYuanInput } from '@domain/money';
import { useFormatFen } from '../display';
import type { ItemFormValues } from './item-form-values';
import * as edits from './variant-edits';
import {
  typedFen,
  variantsFromForm,
  type VariantDraft,
  type VariantValues,
} from './variant-values';

const SHOWN_REMOVED = 5;

export interface VariantEdits {
  start: () => void;
  addOption: () => void;
  addValue: (optionIndex: number) => void;
  removeValue: (optionIndex: number, valueId: string, valueName: string) => void;
  removeOption: (optionIndex: number, optionName: string) => void;
  removeVariant: (variantId: string) => void;
  restore: (valueIds: string[]) => void;
  removeAll: () => void;
}

type Label = (values: ItemFormValues, valueIds: readonly string[]) => string;

/**
 * `label` names a combination ("红 / M") from the values as they are when it is called. The edits
 * stay the same object while their inputs do, so memoised rows and cards are not redrawn.
 */
export function useVariantEdits(form: FormInstance<ItemFormValues>, label: Label): VariantEdits {
  const { t } = useTranslation('menu');
  const { modal, message } = App.useApp();
  const formatFen = useFormatFen();
  return useMemo(
    () => variantEdits({ form, label, t, modal, message, formatFen }),
    [form, label, t, modal, message, formatFen],
  );
}

interface EditSetup {
  form: FormInstance<ItemFormValues>;
  label: Label;
  t: TFunction<'menu'>;
  modal: ReturnType<typeof App.useApp>['modal'];
  message: ReturnType<typeof App.useApp>['message'];
  formatFen: (fen: number) => string;
}

function variantEdits({ form, label, t, modal, message, formatFen }: EditSetup): VariantEdits {
  const values = () => form.getFieldsValue(true) as ItemFormValues;
  const draftOf = (all: ItemFormValues): VariantDraft => ({
    variantOptions: all.variantOptions ?? [],
    variants: all.variants ?? [],
  });
  /** Sets the draft (and, turning variants off, the item's own prices) as the shop's edit. */
  const apply = (draft: VariantDraft, prices?: edits.ItemPrices) => {
    form.setFields([
      { name: 'variantOptions', value: draft.variantOptions, touched: true },
      { name: 'variants', value: draft.variants, touched: true },
      ...(prices
        ? [
            { name: 'price' as const, value: prices.price, touched: true },
            { name: 'listPrice' as const, value: prices.listPrice, touched: true },
          ]
        : []),
    ]);
  };

  const details = (variant: VariantValues) => {
    const fen = typedFen(variant.price);
    const listFen = typedFen(variant.listPrice);
    return [
      fen !== null ? formatFen(fen) : null,
      variant.listPrice.trim() && listFen !== null
        ? t('variantForm.detail.listPrice', { price: formatFen(listFen) })
        : null,
      variant.sku.trim() ? t('variantForm.detail.sku', { sku: variant.sku.trim() }) : null,
      variant.barcode.trim()
        ? t('variantForm.detail.barcode', { barcode: variant.barcode.trim() })
        : null,
    ]
      .filter(Boolean)
      .join(t('listSeparator'));
  };

  /** Applies a removal, asking first when what goes carries prices or codes the shop typed. */
  const removeWithCare = (removal: edits.Removal, title: string) => {
    const all = values();
    const typed = edits.typedIn(removal, all.price);
    const done = () => {
      apply(removal.draft);
      if (removal.removed.length > 0)
        void message.info(t('variantForm.removed', { count: removal.removed.length }));
    };
    if (typed.length === 0) return done();
    const shown = typed.slice(0, SHOWN_REMOVED);
    const hidden = typed.length - shown.length;
    modal.confirm({
      title,
      content: (
        <>
          <p>{t('variantForm.removeLead')}</p>
          <ul>
            {shown.map((variant) => (
              <li key={variant.id}>
                {t('variantForm.removedLine', {
                  variant: label(all, variant.valueIds),
                  details: details(variant),
                })}
              </li>
            ))}
            {hidden > 0 && <li>{t('variantForm.andMore', { count: hidden })}</li>}
          </ul>
        </>
      ),
      okText: t('variantForm.remove'),
      okButtonProps: { danger: true },
      onOk: done,
    });
  };

  const added = (result: edits.AddValueResult) => {
    if (result.ok) return apply(result.draft);
    void message.warning(
      t(`variantForm.limits.${result.reason}`, {
        values: edits.MAX_VARIANT_VALUES,
        variants: MAX_VARIANTS,
      }),
    );
  };

  return {
    start: () => {
      const all = values();
      apply(edits.startVariants({ price: all.price, listPrice: all.listPrice }, newId));
    },
    addOption: () => apply(edits.addOption(draftOf(values()), newId)),
    addValue: (optionIndex) =>
      added(edits.addValue(draftOf(values()), optionIndex, { newId, itemPrice: values().price })),
    removeValue: (optionIndex, valueId, valueName) => {
      const draft = draftOf(values());
      // The last value goes with its dimension (and the last dimension with every variant).
      if ((draft.variantOptions[optionIndex]?.values.length ?? 0) <= 1) {
        if (draft.variantOptions.length === 1) return removeAllOf(draft);
      }
      const removal = edits.removeValue(draft, optionIndex, valueId);
      removeWithCare(
        removal,
        t('variantForm.removeValueTitle', { value: valueName, count: removal.removed.length }),
      );
    },
    removeOption: (optionIndex, optionName) => {
      const draft = draftOf(values());
      if (draft.variantOptions.length === 1) return removeAllOf(draft);
      removeWithCare(
        edits.removeOption(draft, optionIndex),
        t('variantForm.removeOptionTitle', { option: optionName }),
      );
    },
    removeVariant: (variantId) => apply(edits.removeVariant(draftOf(values()), variantId).draft),
    restore: (valueIds) =>
      apply(
        edits.restoreCombination(draftOf(values()), valueIds, {
          newId,
          itemPrice: values().price,
        }),
      ),
    removeAll: () => removeAllOf(draftOf(values())),
  };

  /** Variants off: the item sells at what was its "from" price, which the shop can change. */
  function removeAllOf(draft: VariantDraft) {
    const readable = draft.variants.filter((variant) => typedFen(variant.price) !== null);
    const fromFen = fromPriceFen(variantsFromForm(readable));
    const price = fromFen !== null ? fenToYuanInput(fromFen) : values().price;
    modal.confirm({
      title: t('variantForm.removeAllTitle', { count: draft.variants.length }),
      content: t('variantForm.removeAllBody', {
        price: fromFen !== null ? formatFen(fromFen) : price,
      }),
      okText: t('variantForm.remove'),
      okButtonProps: { danger: true },
      onOk: () => apply({ variantOptions: [], variants: [] }, { price, listPrice: '' }),
    });
  }
}
