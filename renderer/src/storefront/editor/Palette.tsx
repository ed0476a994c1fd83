/** The block types a page can have: a click adds one at the end, a drag puts it in the list. */
import { Button, Flex, Typography } from 'antd';
import { useDraggable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { blockTypes, type BlockType } from '@domain/storefront/schema';
import { blockIcons } from './block-icons';

export const PALETTE_PREFIX = 'palette:';

function PaletteEntry({
  type,
  disabled,
  onAdd,
}: {
  type: BlockType;
  disabled: boolean;
  onAdd: (type: BlockType) => void;
}) {
  const { t } = useTranslation('storefront');
  // The pointer drags; the keyboard adds with Enter (the button's click), so no keyboard sensor.
  const { setNodeRef, listeners, isDragging } = useDraggable({
    id: `${PALETTE_PREFIX}${type}`,
    disabled,
  });
  return (
    <Button
      ref={setNodeRef}
      onPointerDown={listeners?.onPointerDown as React.PointerEventHandler<HTMLElement> | undefined}
      block
      icon={blockIcons[type]}
      disabled={disabled}
      aria-label={t('editor.palette.add', { type: t(`editor.types.${type}`) })}
      onClick={() => onAdd(type)}
      style={{ justifyContent: 'flex-start', opacity: isDragging ? 0.5 : 1, touchAction: 'none' }}
    >
      {t(`editor.types.${type}`)}
    </Button>
  );
}

export function Palette({
  full,
  onAdd,
}: {
  /** The page has as many blocks as it may. */
  full: boolean;
  onAdd: (type: BlockType) => void;
}) {
  const { t } = useTranslation('storefront');
  return (
    <section aria-labelledby="sf-palette-title">
      <Typography.Title level={2} id="sf-palette-title" style={{ fontSize: 16 }}>
        {t('editor.palette.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('editor.palette.hint')}
      </Typography.Paragraph>
      <Flex vertical gap={6}>
        {blockTypes.map((type) => (
          <PaletteEntry key={type} type={type} disabled={full} onAdd={onAdd} />
        ))}
      </Flex>
    </section>
  );
}
