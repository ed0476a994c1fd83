/**
 * The order of a thing's photos as a form edits it (an item's photo ids, an offer's content
 * hashes): the first is the cover. Pure, so the field and its tests agree on every step.
 */

/** The list with `id` moved `by` places (−1 earlier, +1 later); unchanged at either end. */
export function movePhoto(ids: readonly string[], id: string, by: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const moved = [...ids];
  moved.splice(from, 1);
  moved.splice(to, 0, id);
  return moved;
}

/** The files a field with `room` places left takes, in the order given, and how many it leaves. */
export function withinRoom<T>(files: readonly T[], room: number): { taken: T[]; left: number } {
  const taken = files.slice(0, Math.max(room, 0));
  return { taken, left: files.length - taken.length };
}
