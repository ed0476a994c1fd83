import { useCallback, useMemo, useState } from 'react';
import { App, Button, Drawer, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { buildCodeIndex, findCodeConflicts } from '@domain/menu/codes';
import type { Menu } from '@domain/menu/schema';
import { newId } from '@domain/ids';
import { useActiveVendor } from '../../vendors/use-vendor';
import { useLocalName } from '../display';
import { lastSortKeyIn } from '../menu-order';
import { useRun } from '../use-run';
import { keyBetween } from '@domain/menu/sort-key';
import { AvailabilityFields } from './AvailabilityFields';
import { ItemBasicsFields } from './ItemBasicsFields';
import { ItemCodesFields } from './ItemCodesFields';
import { itemFormValues, type ItemFormValues } from './item-form-values';
import { PhotoField } from '../photos/PhotoField';
import { SpecGroupsField } from './SpecGroupsField';
import { discardPhotoDraft, MAX_ITEM_PHOTOS, usePhotoDraft } from './use-photo-draft';
import { useItemSave } from './use-item-save';
import { VariantsField } from './VariantsField';

interface ItemDrawerProps {
  menu: Menu;
  itemId: string | null;
  /** A variant to mark in the variants table (the one a scanned code belongs to). */
  variantId?: string;
  businessDate: string;
  defaultCategoryId: string | undefined;
  onClose: () => void;
}

function Section({ title }: { title: string }) {
  return (
    <Typography.Title level={2} style={{ fontSize: 16, marginTop: 8 }}>
      {title}
    </Typography.Title>
  );
}

/** Creates or edits one item; nothing is written until Save, and closing with changes asks first. */
export function ItemDrawer({
  menu,
  itemId,
  variantId,
  businessDate,
  defaultCategoryId,
  onClose,
}: ItemDrawerProps) {
  const { t } = useTranslation(['menu', 'common']);
  const { db } = useActiveVendor();
  const { message, modal } = App.useApp();
  const run = useRun();
  const localName = useLocalName();
  const [form] = Form.useForm<ItemFormValues>();
  const [before] = useState(() => menu.items.find((item) => item.id === itemId));
  const [id] = useState(() => before?.id ?? newId());
  const [initialValues] = useState(() =>
    itemFormValues(before, { categoryId: defaultCategoryId, businessDate }),
  );
  const photos = usePhotoDraft(db, id, before);
  const [saving, setSaving] = useState(false);
  const names = useMemo(
    () => new Map(menu.items.map((item) => [item.id, localName(item.name)])),
    [menu.items, localName],
  );
  const itemName = useCallback((each: string) => names.get(each), [names]);
  const codeIndex = useMemo(() => buildCodeIndex(menu.items), [menu.items]);
  const holderOf = (field: 'sku' | 'barcode', code: string) => {
    const problem = findCodeConflicts(codeIndex, {
      id,
      sku: null,
      barcode: null,
      [field]: code,
    })[0];
    return problem ? (names.get(String(problem.params?.itemId)) ?? '') : undefined;
  };
  const categoryId = Form.useWatch('categoryId', form);
  const sortKey =
    before && before.categoryId === categoryId
      ? before.sortKey
      : keyBetween(lastSortKeyIn(menu.items, categoryId ?? ''), null);
  const context = useMemo(
    () => ({
      id,
      sortKey,
      businessDate,
      before,
      items: menu.items,
      photoIds: before?.photoIds ?? [],
    }),
    [id, sortKey, businessDate, before, menu.items],
  );
  const save = useItemSave({
    db,
    form,
    t,
    context,
    draft: photos.draft,
    itemName,
  });

  const submit = async () => {
    setSaving(true);
    const saved = await run(save);
    setSaving(false);
    if (!saved) return;
    message.success(t(before ? 'form.saved' : 'form.created', { name: localName(saved.name) }));
    onClose();
  };
  const close = () => {
    // Variant edits set whole lists, which no single field registers as touched: compare them.
    const now = form.getFieldsValue(true) as ItemFormValues;
    const variantsChanged =
      JSON.stringify([now.variantOptions, now.variants]) !==
      JSON.stringify([initialValues.variantOptions, initialValues.variants]);
    const dirty =
      form.isFieldsTouched() ||
      variantsChanged ||
      photos.draft.added.length > 0 ||
      photos.draft.removed.length > 0;
    const leave = () => void discardPhotoDraft(db, photos.draft).finally(onClose);
    if (!dirty) return leave();
    modal.confirm({
      title: t('form.discardTitle'),
      content: t('form.discardBody'),
      okText: t('form.discard'),
      okButtonProps: { danger: true },
      onOk: leave,
    });
  };

  return (
    <Drawer
      open
      size={760}
      title={before ? t('form.editTitle', { name: localName(before.name) }) : t('form.newTitle')}
      onClose={close}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={close}>{t('common:actions.cancel')}</Button>
          <Button
            type="primary"
            loading={saving}
            disabled={photos.draft.busy > 0}
            onClick={() => void submit()}
          >
            {t('common:actions.save')}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={() => void submit()}
      >
        <Section title={t('form.sections.basics')} />
        <ItemBasicsFields menu={menu} />
        <PhotoField
          label={t('form.photos')}
          extra={t('form.photosHelp')}
          ids={photos.draft.ids}
          busy={photos.draft.busy}
          max={MAX_ITEM_PHOTOS}
          onAdd={photos.add}
          onRemove={photos.remove}
        />
        <Section title={t('variantForm.section')} />
        <VariantsField
          form={form}
          itemId={id}
          codeIndex={codeIndex}
          itemName={itemName}
          markedVariantId={variantId}
        />
        <Section title={t('form.sections.specs')} />
        <SpecGroupsField form={form} />
        <Section title={t('form.sections.availability')} />
        <AvailabilityFields dayparts={menu.dayparts} />
        <Section title={t('form.sections.codes')} />
        <ItemCodesFields holderOf={holderOf} />
      </Form>
    </Drawer>
  );
}
