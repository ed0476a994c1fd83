import { useMemo, useState } from 'react';
import { App, Button, Empty, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Category, Menu } from '@domain/menu/schema';
import { useActiveVendor } from '../../vendors/use-vendor';
import { createCategory, deleteCategory, updateCategory } from '../actions/category-actions';
import { useLocalName } from '../display';
import { useUndo } from '../undo/undo-context';
import { useRun } from '../use-run';
import { CategoryDialog } from './CategoryDialog';
import { CategoryRow } from './CategoryRow';
import { DeleteCategoryDialog } from './DeleteCategoryDialog';
import { useCategoryOrder } from './use-category-order';
import { useScheduleLabel } from './use-schedule-label';
import { visuallyHidden } from '../../components/visually-hidden';

type Editing = { category: Category | null } | null;

/** The shop's categories in customer order: create, rename, reorder, hide, delete. */
export function CategoriesPanel({ menu }: { menu: Menu }) {
  const { t } = useTranslation('menu');
  const { db } = useActiveVendor();
  const { modal } = App.useApp();
  const { offer } = useUndo();
  const run = useRun();
  const localName = useLocalName();
  const scheduleLabel = useScheduleLabel(menu.dayparts);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Category | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const order = useCategoryOrder(menu.categories, (category, position) =>
    setAnnouncement(
      t('categories.moved', {
        name: localName(category.name),
        position,
        total: menu.categories.length,
      }),
    ),
  );
  const counts = useMemo(() => {
    const byCategory = new Map<string, number>();
    for (const item of menu.items)
      byCategory.set(item.categoryId, (byCategory.get(item.categoryId) ?? 0) + 1);
    return byCategory;
  }, [menu.items]);

  const removeEmpty = (category: Category) =>
    modal.confirm({
      title: t('categories.deleteTitle', { name: localName(category.name) }),
      content: t('categories.deleteEmptyBody'),
      okText: t('categories.delete'),
      okButtonProps: { danger: true },
      onOk: async () => {
        const result = await run(() => deleteCategory(db, category, menu.items, null, Date.now()));
        if (result?.ok)
          offer(t('categories.deleted', { name: localName(category.name) }), result.undo);
      },
    });

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary" id="category-reorder-help">
          {t('categories.reorderHelp')}
        </Typography.Text>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ category: null })}
        >
          {t('categories.new')}
        </Button>
      </Flex>
      {menu.categories.length === 0 ? (
        <Empty description={t('categories.empty')} />
      ) : (
        <ol
          aria-label={t('categories.listLabel')}
          style={{
            padding: 0,
            margin: 0,
            border: '1px solid #f0f0f0',
            borderRadius: 8,
            background: '#fff',
          }}
        >
          {menu.categories.map((category, index) => (
            <CategoryRow
              key={category.id}
              ref={order.handleRef(category.id)}
              category={category}
              index={index}
              itemCount={counts.get(category.id) ?? 0}
              schedule={scheduleLabel(category.availability)}
              {...order.dragProps(category, index)}
              onHandleKey={order.onHandleKey(category, index)}
              onHiddenChange={(hidden) =>
                void run(() => updateCategory(db, category.id, { hidden }))
              }
              onEdit={() => setEditing({ category })}
              onDelete={() =>
                (counts.get(category.id) ?? 0) === 0 ? removeEmpty(category) : setDeleting(category)
              }
            />
          ))}
        </ol>
      )}
      <div aria-live="polite" style={visuallyHidden}>
        {announcement}
      </div>
      {editing && (
        <CategoryDialog
          category={editing.category}
          dayparts={menu.dayparts}
          onCancel={() => setEditing(null)}
          onSave={async (fields) => {
            const target = editing.category;
            const done = await run(async () => {
              if (target) await updateCategory(db, target.id, fields);
              else await createCategory(db, fields, menu.categories);
              return true;
            });
            if (done) setEditing(null);
          }}
        />
      )}
      {deleting && (
        <DeleteCategoryDialog
          menu={menu}
          category={deleting}
          itemCount={counts.get(deleting.id) ?? 0}
          onClose={() => setDeleting(null)}
        />
      )}
    </Flex>
  );
}
