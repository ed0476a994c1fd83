/**
 * The draft as a document: the theme record and the block records in sort-key order, without
 * their sort keys and times — what the preview renders and a publish sends. A shop that has not
 * set a theme yet gets the default one.
 */
import { compareSortKeys } from '../menu/sort-key';
import {
  STOREFRONT_SCHEMA_VERSION,
  defaultTheme,
  type Block,
  type DraftBlock,
  type DraftTheme,
  type StorefrontDocument,
  type ThemeFields,
} from './schema';

export function themeFieldsOf(theme: DraftTheme | null | undefined): ThemeFields {
  if (!theme) return defaultTheme();
  const { primary, background, text, corner, textSize, logo, cover } = theme;
  return { primary, background, text, corner, textSize, logo, cover };
}

export function blockOfDraft(draft: DraftBlock): Block {
  const { sortKey: _sortKey, updatedAt: _updatedAt, ...block } = draft;
  return block as Block;
}

export function draftDocument(
  blocks: readonly DraftBlock[],
  theme: DraftTheme | null | undefined,
): StorefrontDocument {
  return {
    schemaVersion: STOREFRONT_SCHEMA_VERSION,
    theme: themeFieldsOf(theme),
    blocks: [...blocks]
      .sort((a, b) => compareSortKeys(a.sortKey, b.sortKey) || (a.id < b.id ? -1 : 1))
      .map(blockOfDraft),
  };
}
