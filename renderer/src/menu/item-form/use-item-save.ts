/** Saving the item form: the item through the mutation layer, then its photo changes. */
import { useCallback } from 'react';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { MenuItem } from '@domain/menu/schema';
import type { VendorDb } from '../../db/vendor-db';
import { saveItem } from '../actions/item-actions';
import { itemFromForm, type ItemContext, type ItemFormValues } from './item-form-values';
import { problemMessage } from './problem-message';
import { commitPhotoDraft, type PhotoDraft } from './use-photo-draft';

interface SaveSetup {
  db: VendorDb;
  form: FormInstance<ItemFormValues>;
  t: TFunction<'menu'>;
  context: Omit<ItemContext, 'now'>;
  draft: PhotoDraft;
  itemName: (id: string) => string | undefined;
}

/** Resolves to the saved item, or null when a field is wrong (its message is shown there). */
export function useItemSave({ db, form, t, context, draft, itemName }: SaveSetup) {
  return useCallback(async (): Promise<MenuItem | null> => {
    const valid = await form.validateFields().then(
      () => true,
      () => false,
    );
    if (!valid) return null;
    // All values, not just those with a field: spec groups and options carry their ids unseen.
    const values = form.getFieldsValue(true) as ItemFormValues;
    const result = itemFromForm(values, { ...context, now: Date.now() });
    if (!result.ok) {
      // Spec groups and variants show their problems as the shop types; the others are set here.
      const shownLive = new Set(['specGroups', 'variants', 'variantOptions']);
      form.setFields(
        result.problems
          .filter((problem) => !shownLive.has(String(problem.path[0])))
          .map((problem) => ({
            name: problem.path as never,
            errors: [problemMessage(t, problem, itemName)],
          })),
      );
      const first = result.problems[0];
      if (first)
        form.scrollToField(
          first.path.length > 1 ? (first.path as never) : (first.path[0] as never),
        );
      return null;
    }
    await saveItem(db, result.item, context.before);
    await commitPhotoDraft(db, result.item.id, context.before?.photoIds ?? [], draft);
    return result.item;
  }, [db, form, t, context, draft, itemName]);
}
