import { useState } from 'react';
import { Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Category } from '@domain/menu/schema';
import { useLocalName } from '../display';

interface BulkMoveDialogProps {
  count: number;
  categories: readonly Category[];
  onCancel: () => void;
  onConfirm: (categoryId: string) => void;
}

export function BulkMoveDialog({ count, categories, onCancel, onConfirm }: BulkMoveDialogProps) {
  const { t } = useTranslation('menu');
  const localName = useLocalName();
  const [categoryId, setCategoryId] = useState<string>();
  return (
    <Modal
      open
      title={t('bulk.move.title', { count })}
      okText={t('bulk.move.apply')}
      okButtonProps={{ disabled: !categoryId }}
      onOk={() => categoryId && onConfirm(categoryId)}
      onCancel={onCancel}
    >
      <Form layout="vertical">
        <Form.Item label={t('bulk.move.to')} htmlFor="bulk-move-category">
          <Select
            id="bulk-move-category"
            value={categoryId}
            onChange={setCategoryId}
            options={categories.map((category) => ({
              value: category.id,
              label: localName(category.name),
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
