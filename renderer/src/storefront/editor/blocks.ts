/**
 * The editor's block model: what a new block of each type starts with, the starter page a new
 * shop gets in one click, and where a block goes in the list (sort keys, as menu categories).
 */
import { newId } from '@domain/ids';
import { keyBetween, keyForIndex } from '@domain/menu/sort-key';
import {
  alwaysVisible,
  emptyText,
  type BlockFields,
  type BlockType,
  type DraftBlock,
} from '@domain/storefront/schema';

export function defaultFields<T extends BlockType>(type: T): BlockFields<T> {
  const fields: { [K in BlockType]: BlockFields<K> } = {
    header: { showHours: true, showAddress: true, showPhone: true },
    notice: { text: emptyText(), tone: 'info' },
    menu: { title: emptyText(), categoryIds: [], itemIds: [], showPhotos: true },
    offers: { title: emptyText(), offerIds: [], limit: 6 },
    booking: { title: emptyText(), serviceIds: [] },
    gallery: { title: emptyText(), photos: [] },
    text: { body: emptyText() },
    banner: { image: null, alt: emptyText(), headline: emptyText(), target: null },
  };
  return fields[type];
}

/** A new block of `type` with the given sort key, shown always. */
export function newBlock(type: BlockType, sortKey: string, at: number): DraftBlock {
  return {
    id: newId(),
    type,
    visibility: alwaysVisible(),
    ...defaultFields(type),
    sortKey,
    updatedAt: at,
  } as DraftBlock;
}

/** The sort key for a block put at `index` of `blocks` (in order, without the block itself). */
export function sortKeyAt(blocks: readonly DraftBlock[], index: number): string {
  return keyForIndex(
    blocks.map((block) => block.sortKey),
    index,
  );
}

/** The starter page: the shop's header, a notice, the menu, the offers and booking. */
export const STARTER_TYPES = ['header', 'notice', 'menu', 'offers', 'booking'] as const;

export function starterBlocks(
  notice: { zh: string; en: string },
  at: number,
  after: string | null = null,
): DraftBlock[] {
  let previous = after;
  return STARTER_TYPES.map((type) => {
    const sortKey = keyBetween(previous, null);
    previous = sortKey;
    const block = newBlock(type, sortKey, at);
    return type === 'notice' ? ({ ...block, text: notice } as DraftBlock) : block;
  });
}

/**
 * The new sort key that moves the block at `from` to `to` in `blocks` (in order), or null when it
 * stays where it is.
 */
export function sortKeyForMove(
  blocks: readonly DraftBlock[],
  from: number,
  to: number,
): string | null {
  if (from === to || from < 0 || from >= blocks.length) return null;
  const others = blocks.filter((_, index) => index !== from);
  return sortKeyAt(others, Math.max(0, Math.min(to, others.length)));
}
