/** The item list's columns, shared by its header and its rows so they always line up. */
export const ITEM_ROW_HEIGHT = 64;

export const itemGridColumns =
  '40px 52px minmax(200px, 2.2fr) minmax(90px, 1fr) 150px 150px minmax(110px, 1fr) 176px';

export const itemGridStyle = {
  display: 'grid',
  gridTemplateColumns: itemGridColumns,
  alignItems: 'center',
  columnGap: 12,
  paddingInline: 12,
} as const;
