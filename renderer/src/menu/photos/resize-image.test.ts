import { describe, expect, it } from 'vitest';
import { fitWithin, MAX_PHOTO_PX, THUMB_PX } from './resize-image';

describe('photo sizes', () => {
  it('shrink the longer side to the limit, keeping the shape', () => {
    expect(fitWithin(1600, 1200, MAX_PHOTO_PX)).toEqual({ width: 1024, height: 768 });
    expect(fitWithin(3000, 4000, MAX_PHOTO_PX)).toEqual({ width: 768, height: 1024 });
    expect(fitWithin(1600, 1200, THUMB_PX)).toEqual({ width: 160, height: 120 });
  });

  it('never enlarge a small photo, and never reach zero', () => {
    expect(fitWithin(640, 480, MAX_PHOTO_PX)).toEqual({ width: 640, height: 480 });
    expect(fitWithin(10_000, 3, THUMB_PX)).toEqual({ width: 160, height: 1 });
  });
});
