import { describe, expect, it } from 'vitest';
import { keyboardTarget } from './reorder-keys';

describe('moving a category with the keyboard', () => {
  it('moves by one with the arrows and to the ends with Home and End', () => {
    expect(keyboardTarget('ArrowUp', 2, 4)).toBe(1);
    expect(keyboardTarget('ArrowDown', 2, 4)).toBe(3);
    expect(keyboardTarget('Home', 2, 4)).toBe(0);
    expect(keyboardTarget('End', 1, 4)).toBe(3);
  });

  it('does nothing past the ends or for other keys', () => {
    expect(keyboardTarget('ArrowUp', 0, 4)).toBeNull();
    expect(keyboardTarget('ArrowDown', 3, 4)).toBeNull();
    expect(keyboardTarget('Home', 0, 4)).toBeNull();
    expect(keyboardTarget('Enter', 1, 4)).toBeNull();
  });
});
