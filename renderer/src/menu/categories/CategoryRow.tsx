import { forwardRef, type DragEvent, type KeyboardEvent } from 'react';
import { Button, Flex, Space, Switch, Tag, Typography } from 'antd';
import {
  DeleteOutlined,
  EditOutlined,
  EyeInvisibleOutlined,
  HolderOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Category } from '@domain/menu/schema';
import { useLocalName } from '../display';

interface CategoryRowProps {
  category: Category;
  index: number;
  itemCount: number;
  schedule: string | null;
  dropping: boolean;
  onHandleKey: (event: KeyboardEvent) => void;
  onDragStart: () => void;
  onDragOver: (event: DragEvent) => void;
  onDrop: () => void;
  onDragEnd: () => void;
  onHiddenChange: (hidden: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** A category in the list: a handle to drag or move with the arrow keys, its names and controls. */
export const CategoryRow = forwardRef<HTMLButtonElement, CategoryRowProps>(
  function CategoryRow(props, handleRef) {
    const { t } = useTranslation('menu');
    const localName = useLocalName();
    const { category } = props;
    const name = localName(category.name);
    return (
      <li
        draggable
        onDragStart={(event) => {
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData('text/plain', category.id);
          props.onDragStart();
        }}
        onDragOver={props.onDragOver}
        onDrop={(event) => {
          event.preventDefault();
          props.onDrop();
        }}
        onDragEnd={props.onDragEnd}
        style={{
          listStyle: 'none',
          padding: '10px 12px',
          borderBottom: '1px solid #f0f0f0',
          borderTop: props.dropping ? '2px solid #0958d9' : '2px solid transparent',
          background: '#fff',
        }}
      >
        <Flex align="center" gap={12}>
          <Button
            ref={handleRef}
            type="text"
            icon={<HolderOutlined />}
            style={{ cursor: 'grab' }}
            aria-label={t('categories.moveHandle', { name, position: props.index + 1 })}
            aria-describedby="category-reorder-help"
            onKeyDown={props.onHandleKey}
          />
          <Flex vertical style={{ flex: 1, minWidth: 0 }}>
            <Space size={8}>
              <Typography.Text strong>{category.name.zh}</Typography.Text>
              {category.name.en && (
                <Typography.Text type="secondary">{category.name.en}</Typography.Text>
              )}
              {category.hidden && (
                <Tag icon={<EyeInvisibleOutlined />}>{t('categories.hiddenTag')}</Tag>
              )}
            </Space>
            <Space size={4} wrap>
              <Typography.Text type="secondary">
                {t('categories.itemCount', { count: props.itemCount })}
              </Typography.Text>
              {props.schedule && <Tag>{props.schedule}</Tag>}
            </Space>
          </Flex>
          <Flex align="center" gap={6}>
            <Switch
              size="small"
              checked={category.hidden}
              aria-label={t('categories.hideNamed', { name })}
              onChange={props.onHiddenChange}
            />
            <Typography.Text>{t('categories.hiddenShort')}</Typography.Text>
          </Flex>
          <Button
            icon={<EditOutlined />}
            aria-label={t('categories.editNamed', { name })}
            onClick={props.onEdit}
          >
            {t('categories.edit')}
          </Button>
          <Button
            danger
            icon={<DeleteOutlined />}
            aria-label={t('categories.deleteNamed', { name })}
            onClick={props.onDelete}
          >
            {t('categories.delete')}
          </Button>
        </Flex>
      </li>
    );
  },
);
