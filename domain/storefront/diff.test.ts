import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffDocuments, sameValue, type BlockDiff } from './diff';
import { testBlock, testDocument } from './fixtures/blocks';
import type { Block } from './schema';

const blocks = (n: number): Block[] =>
  Array.from({ length: n }, (_, i) =>
    testBlock('text', { body: { zh: `第${i}段`, en: `Part ${i}` } }),
  );

/** A short picture of a diff: "+id", "-id", "=id", "~id" (changed), "^id" (moved). */
const names = new Map<string, string>();
const name = (block: Block) => names.get(block.id) ?? block.id;
const picture = (entries: BlockDiff[]) =>
  entries.map((entry) => {
    if (entry.kind === 'added') return `+${name(entry.block)}`;
    if (entry.kind === 'removed') return `-${name(entry.block)}`;
    const marks = (entry.moved ? '^' : '') + (entry.fields.length > 0 ? '~' : '');
    return `${marks || '='}${name(entry.after)}`;
  });

const lettered = (n: number) => {
  const list = blocks(n);
  list.forEach((block, i) => names.set(block.id, 'abcdefghijklmnopqrstuvwxyz'[i]!));
  return list;
};

describe('the diff of two documents', () => {
  it('says two equal documents are the same', () => {
    const list = lettered(4);
    const diff = diffDocuments(testDocument(list), testDocument(structuredClone(list)));
    expect(diff.same).toBe(true);
    expect(diff.theme).toEqual([]);
    expect(picture(diff.blocks)).toEqual(['=a', '=b', '=c', '=d']);
  });

  it('is not fooled by the order of keys inside a block', () => {
    const [a] = lettered(1);
    const reordered = Object.fromEntries(Object.entries(a!).reverse()) as Block;
    expect(diffDocuments(testDocument([a!]), testDocument([reordered])).same).toBe(true);
    expect(sameValue({ x: 1, y: { p: 1, q: 2 } }, { y: { q: 2, p: 1 }, x: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });

  it('finds blocks added, with their place in the newer document', () => {
    const [a, b, c] = lettered(3);
    const diff = diffDocuments(testDocument([a!, c!]), testDocument([a!, b!, c!]));
    expect(picture(diff.blocks)).toEqual(['=a', '+b', '=c']);
    expect(diff.blocks[1]).toMatchObject({ kind: 'added', toIndex: 1 });
    expect(diff.same).toBe(false);
  });

  it('finds blocks removed, each placed after the block it followed', () => {
    const [a, b, c, d] = lettered(4);
    const diff = diffDocuments(testDocument([a!, b!, c!, d!]), testDocument([a!, d!]));
    expect(picture(diff.blocks)).toEqual(['=a', '-b', '-c', '=d']);
    expect(diff.blocks[1]).toMatchObject({ kind: 'removed', fromIndex: 1 });
    const first = diffDocuments(testDocument([a!, b!]), testDocument([b!]));
    expect(picture(first.blocks)).toEqual(['-a', '=b']);
  });

  it('a removal does not make the blocks after it count as moved', () => {
    const [a, b, c, d] = lettered(4);
    const diff = diffDocuments(testDocument([a!, b!, c!, d!]), testDocument([b!, c!, d!]));
    expect(picture(diff.blocks)).toEqual(['-a', '=b', '=c', '=d']);
  });

  it('moving one block down marks that one, not every block it passed', () => {
    const [a, b, c, d, e] = lettered(5);
    const diff = diffDocuments(
      testDocument([a!, b!, c!, d!, e!]),
      testDocument([b!, c!, d!, a!, e!]),
    );
    expect(picture(diff.blocks)).toEqual(['=b', '=c', '=d', '^a', '=e']);
    expect(diff.blocks[3]).toMatchObject({ fromIndex: 0, toIndex: 3, moved: true });
  });

  it('moving the last block to the top marks only it', () => {
    const [a, b, c, d] = lettered(4);
    const diff = diffDocuments(testDocument([a!, b!, c!, d!]), testDocument([d!, a!, b!, c!]));
    expect(picture(diff.blocks)).toEqual(['^d', '=a', '=b', '=c']);
  });

  it('swapping two neighbours marks one of them', () => {
    const [a, b] = lettered(2);
    const diff = diffDocuments(testDocument([a!, b!]), testDocument([b!, a!]));
    expect(diff.blocks.filter((entry) => entry.kind === 'kept' && entry.moved)).toHaveLength(1);
    expect(diff.same).toBe(false);
  });

  it('lists a block’s changed fields with before and after, and not its id', () => {
    const notice = testBlock('notice', { text: { zh: '周一休息', en: '' } });
    const edited = {
      ...notice,
      text: { zh: '周一休息', en: 'Closed on Mondays' },
      visibility: { ...notice.visibility, days: 'weekdays' as const },
    };
    const diff = diffDocuments(testDocument([notice]), testDocument([edited]));
    expect(diff.blocks).toEqual([
      {
        kind: 'kept',
        before: notice,
        after: edited,
        fromIndex: 0,
        toIndex: 0,
        moved: false,
        fields: [
          { field: 'visibility', before: notice.visibility, after: edited.visibility },
          { field: 'text', before: notice.text, after: edited.text },
        ],
      },
    ]);
  });

  it('a block both moved and edited says both', () => {
    const [a, b, c] = lettered(3);
    const editedA = { ...a!, body: { zh: '新的', en: 'New' } } as Block;
    const diff = diffDocuments(testDocument([a!, b!, c!]), testDocument([b!, c!, editedA]));
    expect(picture(diff.blocks)).toEqual(['=b', '=c', '^~a']);
  });

  it('lists the theme’s changed fields', () => {
    const [a] = lettered(1);
    const diff = diffDocuments(
      testDocument([a!]),
      testDocument([a!], { primary: '#1d4ed8', corner: 'pill' }),
    );
    expect(diff.theme).toEqual([
      { field: 'primary', before: '#c2410c', after: '#1d4ed8' },
      { field: 'corner', before: 'rounded', after: 'pill' },
    ]);
    expect(picture(diff.blocks)).toEqual(['=a']);
    expect(diff.same).toBe(false);
  });

  it('added, removed, moved and changed at once', () => {
    const [a, b, c, d, e] = lettered(5);
    const editedC = { ...c!, body: { zh: '改', en: 'Changed' } } as Block;
    const diff = diffDocuments(testDocument([a!, b!, c!, d!]), testDocument([d!, a!, editedC, e!]));
    expect(picture(diff.blocks)).toEqual(['^d', '=a', '-b', '~c', '+e']);
  });

  describe('on random reorderings', () => {
    const movedCount = (before: Block[], after: Block[]) =>
      diffDocuments(testDocument(before), testDocument(after)).blocks.filter(
        (entry) => entry.kind === 'kept' && entry.moved,
      ).length;

    /** n minus the longest run kept in order, by the plain O(n²) reckoning. */
    const fewestMoves = (order: number[]) => {
      const best = order.map(() => 1);
      for (let i = 0; i < order.length; i += 1)
        for (let j = 0; j < i; j += 1)
          if (order[j]! < order[i]!) best[i] = Math.max(best[i]!, best[j]! + 1);
      return order.length - Math.max(0, ...best);
    };

    const pool = blocks(12);
    const permutation = fc
      .integer({ min: 0, max: 12 })
      .chain((n) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }));

    it('never marks more than n-1 blocks moved, and exactly the fewest moves that explain it', () => {
      fc.assert(
        fc.property(permutation, (order) => {
          const before = pool.slice(0, order.length);
          const after = order.map((i) => before[i]!);
          const moved = movedCount(before, after);
          expect(moved).toBeLessThanOrEqual(Math.max(0, order.length - 1));
          expect(moved).toBe(fewestMoves(order));
        }),
      );
    });

    it('moving one block anywhere marks at most that one', () => {
      fc.assert(
        fc.property(
          fc
            .integer({ min: 1, max: 12 })
            .chain((n) => fc.tuple(fc.constant(n), fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 }))),
          ([n, from, to]) => {
            const before = pool.slice(0, n);
            const after = [...before];
            const [block] = after.splice(from, 1);
            after.splice(to, 0, block!);
            const diff = diffDocuments(testDocument(before), testDocument(after));
            const moved = diff.blocks.filter((entry) => entry.kind === 'kept' && entry.moved);
            expect(moved.length).toBe(from === to ? 0 : 1);
            expect(diff.same).toBe(from === to);
          },
        ),
      );
    });

    it('lists every block of both documents once', () => {
      fc.assert(
        fc.property(fc.shuffledSubarray(pool), fc.shuffledSubarray(pool), (before, after) => {
          const diff = diffDocuments(testDocument(before), testDocument(after));
          const ids = diff.blocks.map((entry) =>
            entry.kind === 'kept' ? entry.after.id : entry.block.id,
          );
          expect(new Set(ids).size).toBe(ids.length);
          expect(new Set(ids)).toEqual(new Set([...before, ...after].map((block) => block.id)));
          // The newer document's blocks appear in its order.
          const newer = diff.blocks.filter((entry) => entry.kind !== 'removed');
          expect(
            newer.map((entry) => (entry.kind === 'kept' ? entry.after.id : entry.block.id)),
          ).toEqual(after.map((block) => block.id));
        }),
      );
    });
  });
});
