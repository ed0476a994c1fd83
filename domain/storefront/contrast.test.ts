import { describe, expect, it } from 'vitest';
import { BODY_TEXT_CONTRAST, LARGE_TEXT_CONTRAST, contrastRatio, luminance } from './contrast';
import { defaultTheme } from './schema';

describe('WCAG contrast', () => {
  it('black on white is 21, whichever is given first; a colour on itself is 1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#c2410c', '#c2410c')).toBe(1);
  });

  it('luminance runs from 0 (black) to 1 (white), green weighing most', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1, 10);
    expect(luminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(luminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(luminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });

  it.each([
    // Known pairs (WebAIM's checker gives the same to two places).
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#999999', '#ffffff', 2.85],
    ['#ff0000', '#ffffff', 4.0],
    ['#0000ff', '#ffffff', 8.59],
    ['#1f2937', '#ffffff', 14.68],
    ['#c2410c', '#ffffff', 5.18],
  ])('%s on %s is %s', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });

  it('the linear part of the curve: dark greys below the 0.04045 knee', () => {
    // #0a0a0a: 10/255 = 0.0392 is below the knee, so c / 12.92.
    expect(luminance('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 10);
  });

  it('the default theme passes both thresholds', () => {
    const theme = defaultTheme();
    expect(contrastRatio(theme.text, theme.background)).toBeGreaterThanOrEqual(BODY_TEXT_CONTRAST);
    expect(contrastRatio(theme.background, theme.primary)).toBeGreaterThanOrEqual(
      LARGE_TEXT_CONTRAST,
    );
  });
});
