/**
 * The page's blocks in order. Each moves by drag and drop (dnd-kit's sortable; its handle also
 * moves by keyboard: Space, the arrow keys, Space) or by its labelled "move up" and "move down"
 * buttons, is removed after a confirm, and is chosen for the properties panel by a click. A block
 * with visibility rules carries a mark saying when it shows.
 */
import { Button, Flex, Popconfirm, Tag, Tooltip, Typography } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  HolderOutlined,
} from '@ant-design/icons';
import { useDndContext, useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import type { Daypart } from '@domain/menu/schema';
import type { Problem } from '@domain/storefront/checks';
import type { DraftBlock } from '@domain/storefront/schema';
import { useLanguage } from '../../settings/language';
import { blockIcons } from './block-icons';
import { ProblemMark } from './BlockProblems';
import { blockSnippet, visibilityMark } from './labels';
import { PALETTE_PREFIX } from './Palette';
import { tagProps } from '../versions/tag-colours';

export const LIST_ID = 'block-list';

interface RowProps {
  block: DraftBlock;
  index: number;
  count: number;
  name: string;
  selected: boolean;
  mark: string | null;
  problems: readonly Problem[];
  onSelect: (id: string) => void;
  onMove: (id: string, by: -1 | 1) => void;
  onRemove: (id: string) => void;
}

function BlockRow({
  block,
  index,
  count,
  name,
  selected,
  mark,
  problems,
  onSelect,
  onMove,
  onRemove,
}: RowProps) {
  const { t, i18n } = useTranslation('storefront');
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: block.id });
  const snippet = blockSnippet(block, i18n.language);
  return (
    <li
      ref={setNodeRef}
      aria-current={selected ? 'true' : undefined}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        listStyle: 'none',
        padding: '6px 8px',
        marginBottom: 6,
        borderRadius: 8,
        border: `1px solid ${selected ? '#c2410c' : '#d9d9d9'}`,
        background: isDragging ? '#fff7ed' : selected ? '#fff7ed' : '#fff',
        position: 'relative',
        zIndex: isDragging ? 1 : undefined,
      }}
    >
      <Flex align="center" gap={4}>
        <Button
          ref={setActivatorNodeRef}
          type="text"
          size="small"
          icon={<HolderOutlined />}
          {...attributes}
          {...listeners}
          aria-label={t('editor.list.drag', { name })}
          style={{ cursor: 'grab', touchAction: 'none' }}
        />
        {/* The button's name is its visible words (the type); the snippet beside it selects too. */}
        <Flex vertical align="start" style={{ flex: 1, minWidth: 0 }}>
          <Button
            type="text"
            size="small"
            onClick={() => onSelect(block.id)}
            aria-pressed={selected}
            aria-label={t('editor.list.select', { name })}
            style={{ justifyContent: 'flex-start', height: 'auto', padding: '2px 4px' }}
          >
            {blockIcons[block.type]} {t(`editor.types.${block.type}`)}
          </Button>
          {snippet && (
            <Typography.Text
              type="secondary"
              ellipsis
              onClick={() => onSelect(block.id)}
              style={{ fontSize: 12, maxWidth: 150, paddingInline: 4, cursor: 'pointer' }}
            >
              {snippet}
            </Typography.Text>
          )}
          <ProblemMark problems={problems} />
        </Flex>
        {mark && (
          <Tag
            color="orange"
            style={{ ...tagProps('orange').style, marginInlineEnd: 0, maxWidth: 90 }}
          >
            <Typography.Text ellipsis style={{ fontSize: 12, color: 'inherit', maxWidth: 80 }}>
              {mark}
            </Typography.Text>
          </Tag>
        )}
        <Tooltip title={t('editor.list.moveUp', { name })}>
          <Button
            type="text"
            size="small"
            icon={<ArrowUpOutlined />}
            disabled={index === 0}
            aria-label={t('editor.list.moveUp', { name })}
            onClick={() => onMove(block.id, -1)}
          />
        </Tooltip>
        <Tooltip title={t('editor.list.moveDown', { name })}>
          <Button
            type="text"
            size="small"
            icon={<ArrowDownOutlined />}
            disabled={index === count - 1}
            aria-label={t('editor.list.moveDown', { name })}
            onClick={() => onMove(block.id, 1)}
          />
        </Tooltip>
        <Popconfirm
          title={t('editor.list.removeConfirm', { name })}
          okText={t('editor.list.removeOk')}
          cancelText={t('editor.list.removeCancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => onRemove(block.id)}
        >
          <Button
            type="text"
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('editor.list.remove', { name })}
          />
        </Popconfirm>
      </Flex>
    </li>
  );
}

export function BlockList({
  blocks,
  dayparts,
  problems,
  selectedId,
  onSelect,
  onMove,
  onRemove,
}: {
  blocks: readonly DraftBlock[];
  dayparts: readonly Daypart[];
  /** The pre-publish checks' findings by block. */
  problems: ReadonlyMap<string | null, readonly Problem[]>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onMove: (id: string, by: -1 | 1) => void;
  onRemove: (id: string) => void;
}) {
  const { t } = useTranslation('storefront');
  const { language } = useLanguage();
  // The list takes a block dragged in from the palette; while a block of the list moves, only the
  // blocks are places to go (the keyboard's arrows would otherwise land on the list itself).
  const { active } = useDndContext();
  const fromPalette = String(active?.id ?? '').startsWith(PALETTE_PREFIX);
  const { setNodeRef, isOver } = useDroppable({ id: LIST_ID, disabled: !fromPalette });
  const names = blockNames(blocks, (type) => t(`editor.types.${type}`));
  return (
    <SortableContext items={blocks.map((block) => block.id)} strategy={verticalListSortingStrategy}>
      <ol
        ref={setNodeRef}
        aria-label={t('editor.list.title')}
        style={{
          padding: 4,
          margin: 0,
          minHeight: 120,
          borderRadius: 8,
          outline: isOver ? '2px dashed #c2410c' : undefined,
        }}
      >
        {blocks.map((block, index) => (
          <BlockRow
            key={block.id}
            block={block}
            index={index}
            count={blocks.length}
            name={names.get(block.id)!}
            selected={block.id === selectedId}
            mark={visibilityMark(block.visibility, dayparts, t, language)}
            problems={problems.get(block.id) ?? []}
            onSelect={onSelect}
            onMove={onMove}
            onRemove={onRemove}
          />
        ))}
      </ol>
    </SortableContext>
  );
}

/**
 * Each block's name in labels: its type, numbered when the page has more than one of the type
 * ("文字 2"), so every button's name is unique.
 */
export function blockNames(
  blocks: readonly DraftBlock[],
  typeName: (type: DraftBlock['type']) => string,
): Map<string, string> {
  const totals = new Map<string, number>();
  for (const block of blocks) totals.set(block.type, (totals.get(block.type) ?? 0) + 1);
  const seen = new Map<string, number>();
  const names = new Map<string, string>();
  for (const block of blocks) {
    const n = (seen.get(block.type) ?? 0) + 1;
    seen.set(block.type, n);
    names.set(
      block.id,
      (totals.get(block.type) ?? 0) > 1 ? `${typeName(block.type)} ${n}` : typeName(block.type),
    );
  }
  return names;
}
