import { describe, expect, it } from 'vitest';
import { compareSortKeys } from '@domain/menu/sort-key';
import type { DraftBlock } from '@domain/storefront/schema';
import { newBlock, sortKeyAt, sortKeyForMove, starterBlocks } from './blocks';
import { changedFields, emptyHistory, invert, recorded, HISTORY_LIMIT, type Step } from './history';

const inOrder = (blocks: DraftBlock[]) =>
  [...blocks].sort((a, b) => compareSortKeys(a.sortKey, b.sortKey)).map((block) => block.type);

describe('the editor history', () => {
  const block = newBlock('notice', 'm', 1);

  it('takes back an add by a remove of the same block, and a remove by adding it back whole', () => {
    expect(invert({ kind: 'add', block })).toEqual({ kind: 'remove', block });
    expect(invert({ kind: 'remove', block })).toEqual({ kind: 'add', block });
  });

  it('edits back only the fields that changed, to their previous values', () => {
    const change = changedFields(block as unknown as Record<string, unknown>, {
      text: { zh: '今日休息', en: '' },
      tone: 'info',
    });
    expect(change).toEqual({
      fields: { text: { zh: '今日休息', en: '' } },
      previous: { text: { zh: '', en: '' } },
    });
    const step: Step = { kind: 'edit', id: block.id, type: 'notice', ...change! };
    expect(invert(step)).toMatchObject({ fields: change!.previous, previous: change!.fields });
    expect(invert(invert(step))).toEqual(step);
  });

  it('has nothing to write for an edit that changes nothing', () => {
    expect(changedFields(block as unknown as Record<string, unknown>, { tone: 'info' })).toBeNull();
  });

  it('moves back to the old sort key, and takes back a group in reverse order', () => {
    expect(invert({ kind: 'move', id: 'a', from: 'h', to: 't' })).toEqual({
      kind: 'move',
      id: 'a',
      from: 't',
      to: 'h',
    });
    const other = newBlock('text', 'x', 1);
    expect(
      invert({
        kind: 'group',
        steps: [
          { kind: 'add', block },
          { kind: 'add', block: other },
        ],
      }),
    ).toEqual({
      kind: 'group',
      steps: [
        { kind: 'remove', block: other },
        { kind: 'remove', block },
      ],
    });
  });

  it('forgets what was undone once a new step is recorded, and keeps a bounded list', () => {
    const undone = { done: [], undone: [{ kind: 'add', block } as Step] };
    expect(recorded(undone, { kind: 'remove', block }).undone).toEqual([]);
    let history = emptyHistory();
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1)
      history = recorded(history, { kind: 'add', block });
    expect(history.done).toHaveLength(HISTORY_LIMIT);
  });
});

describe('where blocks go', () => {
  const page = starterBlocks({ zh: '欢迎', en: 'Welcome' }, 1);

  it('gives the starter page its five blocks in order, with the notice written', () => {
    expect(inOrder(page)).toEqual(['header', 'notice', 'menu', 'offers', 'booking']);
    expect(page[1]).toMatchObject({ type: 'notice', text: { zh: '欢迎', en: 'Welcome' } });
  });

  it('puts a new block at any index with one key', () => {
    const added = newBlock('banner', sortKeyAt(page, 2), 1);
    expect(inOrder([...page, added])).toEqual([
      'header',
      'notice',
      'banner',
      'menu',
      'offers',
      'booking',
    ]);
  });

  it('moves a block up, down, to either end, or not at all', () => {
    const moved = (from: number, to: number) => {
      const sortKey = sortKeyForMove(page, from, to);
      return sortKey === null
        ? null
        : inOrder(page.map((each, index) => (index === from ? { ...each, sortKey } : each)));
    };
    expect(moved(2, 1)).toEqual(['header', 'menu', 'notice', 'offers', 'booking']);
    expect(moved(2, 3)).toEqual(['header', 'notice', 'offers', 'menu', 'booking']);
    expect(moved(4, 0)).toEqual(['booking', 'header', 'notice', 'menu', 'offers']);
    expect(moved(0, 4)).toEqual(['notice', 'menu', 'offers', 'booking', 'header']);
    expect(moved(1, 1)).toBeNull();
  });
});
