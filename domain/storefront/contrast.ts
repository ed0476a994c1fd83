/**
 * Colour contrast as WCAG 2 defines it: the ratio of two colours' relative luminances, from 1 (the
 * same) to 21 (black on white). Body text needs 4.5 (AA), large text and buttons' labels 3.
 */
const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance of '#rrggbb'. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export const BODY_TEXT_CONTRAST = 4.5;
export const LARGE_TEXT_CONTRAST = 3;
