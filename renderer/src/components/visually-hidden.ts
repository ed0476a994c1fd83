/**
 * Read by screen readers, not drawn: a live region's announcements, a heading a column of
 * buttons needs, what a block shows by other means. One style for every such text.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;
