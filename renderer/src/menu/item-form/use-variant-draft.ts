/** The form's variants as they stand, from the first render on (useWatch answers only after it). */
import { Form, type FormInstance } from 'antd';
import type { ItemFormValues } from './item-form-values';
import type { VariantDraft } from './variant-values';

function useWatched<K extends keyof VariantDraft>(
  form: FormInstance<ItemFormValues>,
  name: K,
): VariantDraft[K] {
  // preserve: the ids and value ids have no field of their own, and must be read too.
  const watched = Form.useWatch(name, { form, preserve: true });
  return watched ?? (form.getFieldValue(name) as VariantDraft[K] | undefined) ?? [];
}

export function useVariantDraft(form: FormInstance<ItemFormValues>): VariantDraft {
  return {
    variantOptions: useWatched(form, 'variantOptions'),
    variants: useWatched(form, 'variants'),
  };
}
