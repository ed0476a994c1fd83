import { useState } from 'react';
import { Alert, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Category, Menu } from '@domain/menu/schema';
import { useActiveVendor } from '../../vendors/use-vendor';
import { deleteCategory } from '../actions/category-actions';
import { useLocalName } from '../display';
import { useUndo } from '../undo/undo-context';
import { useRun } from '../use-run';

interface DeleteCategoryDialogProps {
  menu: Menu;
  category: Category;
  itemCount: number;
  onClose: () => void;
}

/** A category with items is deleted only by moving its items to another category in the same change. */
export function DeleteCategoryDialog({
  menu,
  category,
  itemCount,
  onClose,
}: DeleteCategoryDialogProps) {
  const { t } = useTranslation('menu');
  const { db } = useActiveVendor();
  const { offer } = useUndo();
  const run = useRun();
  const localName = useLocalName();
  const [target, setTarget] = useState<string>();
  const others = menu.categories.filter((each) => each.id !== category.id);
  const name = localName(category.name);

  const confirm = async () => {
    if (!target) return;
    const result = await run(() => deleteCategory(db, category, menu.items, target, Date.now()));
    if (!result?.ok) return;
    offer(t('categories.deletedMoved', { name, count: itemCount }), result.undo);
    onClose();
  };

  return (
    <Modal
      open
      title={t('categories.deleteTitle', { name })}
      okText={t('categories.moveAndDelete')}
      okButtonProps={{ danger: true, disabled: !target }}
      onOk={confirm}
      onCancel={onClose}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('categories.notEmpty', { count: itemCount })}
      />
      {others.length === 0 ? (
        <Alert type="info" showIcon title={t('categories.noOtherCategory')} />
      ) : (
        <Form layout="vertical">
          <Form.Item label={t('categories.moveItemsTo')} htmlFor="delete-category-target">
            <Select
              id="delete-category-target"
              value={target}
              onChange={setTarget}
              options={others.map((each) => ({ value: each.id, label: localName(each.name) }))}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
