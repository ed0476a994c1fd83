import { describe, expect, it } from 'vitest';
import { movePhoto, withinRoom } from './photo-list';

describe('a photo list being edited', () => {
  it('moves a photo one place earlier or later, making a new cover when it reaches the front', () => {
    expect(movePhoto(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(movePhoto(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(movePhoto(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
  });

  it('leaves the list as it is at either end or for a photo not in it', () => {
    expect(movePhoto(['a', 'b'], 'a', -1)).toEqual(['a', 'b']);
    expect(movePhoto(['a', 'b'], 'b', 1)).toEqual(['a', 'b']);
    expect(movePhoto(['a', 'b'], 'z', 1)).toEqual(['a', 'b']);
  });

  it('takes files up to the room left and counts the ones it leaves', () => {
    expect(withinRoom([1, 2, 3], 2)).toEqual({ taken: [1, 2], left: 1 });
    expect(withinRoom([1, 2], 5)).toEqual({ taken: [1, 2], left: 0 });
    expect(withinRoom([1, 2], 0)).toEqual({ taken: [], left: 2 });
    expect(withinRoom([1], -1)).toEqual({ taken: [], left: 1 });
  });
});
