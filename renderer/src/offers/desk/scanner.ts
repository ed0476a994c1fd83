/**
 * Telling a keyboard-wedge scanner from a person typing. A scanner types a whole code as fast
 * keystrokes and ends with Enter; a person types slower. A Chinese input method may split one
 * scan: part of it arrives as one committed chunk (compositionend), the rest as keys, so the
 * tracker counts characters per chunk and measures the gaps between chunks, not between
 * characters. The heuristic (LIBRARIES.md): every gap ≤ 100 ms, at least 4 characters.
 */
export const SCANNER_MAX_GAP_MS = 100;
export const SCANNER_MIN_CHARS = 4;

export type EntryHow = 'typed' | 'scanner';

export class WedgeTracker {
  private chunks: { chars: number; at: number }[] = [];

  /** Text arrived in the input at `at` (a key's character, or a chunk an input method committed). */
  input(text: string, at: number): void {
    if (text.length === 0) return;
    const last = this.chunks[this.chunks.length - 1];
    // A pause longer than a scanner's starts a new run: the earlier characters were typed.
    if (last && at - last.at > SCANNER_MAX_GAP_MS) this.chunks = [];
    this.chunks.push({ chars: text.length, at });
  }

  /** Enter at `at`: how the text since the last pause came in. Clears the run. */
  enter(at: number): EntryHow {
    const chunks = this.chunks;
    this.chunks = [];
    const last = chunks[chunks.length - 1];
    if (!last || at - last.at > SCANNER_MAX_GAP_MS) return 'typed';
    const chars = chunks.reduce((sum, chunk) => sum + chunk.chars, 0);
    // A one-chunk run of many characters is a paste or an input method's commit, not a scan,
    // unless the chunks around it came as fast keys: ask for at least two arrivals.
    return chars >= SCANNER_MIN_CHARS && chunks.length >= 2 ? 'scanner' : 'typed';
  }

  reset(): void {
    this.chunks = [];
  }
}
