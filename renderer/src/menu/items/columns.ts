/** The item list's columns, shared by its header and its rows so they always line up. */
export const ITEM_ROW_HEIGHT = 64;

// Actions fit "Edit" + "Back on sale" in English, the longest pair.
export const itemGridColumns =
  '36px 52px minmax(180px, 2.2fr) minmax(80px, 1fr) 140px 130px minmax(100px, 1fr) 224px';

export const itemGridStyle = {
  display: 'grid',
  gridTemplateColumns: itemGridColumns,
  alignItems: 'center',
  columnGap: 12,
  paddingInline: 12,
} as const;
