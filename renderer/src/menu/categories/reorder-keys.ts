/**
 * Where a keyboard move takes a row, as its index in the list after the move (which is also the
 * index a drop on row `n` gives: the moved row takes that row's place). Arrows move by one, Home
 * and End to the ends; null when the key does not move it.
 */
export function keyboardTarget(key: string, index: number, count: number): number | null {
  const target =
    key === 'ArrowUp'
      ? index - 1
      : key === 'ArrowDown'
        ? index + 1
        : key === 'Home'
          ? 0
          : key === 'End'
            ? count - 1
            : null;
  if (target === null || target < 0 || target >= count || target === index) return null;
  return target;
}
