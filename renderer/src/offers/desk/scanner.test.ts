import { describe, expect, it } from 'vitest';
import { WedgeTracker } from './scanner';

function keys(tracker: WedgeTracker, text: string, start: number, gapMs: number): number {
  let at = start;
  for (const char of text) {
    tracker.input(char, at);
    at += gapMs;
  }
  return at - gapMs;
}

describe('keyboard-wedge scanner heuristic', () => {
  it('calls fast keystrokes ending in Enter a scan', () => {
    const tracker = new WedgeTracker();
    const last = keys(tracker, '123456789012', 1000, 8);
    expect(tracker.enter(last + 10)).toBe('scanner');
  });

  it('calls keys a person types (over 100 ms apart) typing', () => {
    const tracker = new WedgeTracker();
    const last = keys(tracker, '123456789012', 1000, 180);
    expect(tracker.enter(last + 150)).toBe('typed');
  });

  it('calls fewer than 4 fast characters typing', () => {
    const tracker = new WedgeTracker();
    const last = keys(tracker, '123', 1000, 5);
    expect(tracker.enter(last + 5)).toBe('typed');
  });

  it('keeps only the run after the last pause: typed digits, then a fast scan', () => {
    const tracker = new WedgeTracker();
    const typed = keys(tracker, '12', 1000, 300);
    const last = keys(tracker, '3456789012', typed + 400, 10);
    expect(tracker.enter(last + 10)).toBe('scanner');
  });

  it('calls a slow Enter after fast keys typing', () => {
    const tracker = new WedgeTracker();
    const last = keys(tracker, '123456789012', 1000, 10);
    expect(tracker.enter(last + 500)).toBe('typed');
  });

  it('survives a Chinese input method splitting one scan: a committed chunk, then keys', () => {
    const tracker = new WedgeTracker();
    tracker.input('１２３４', 1000); // the input method commits its composition at once
    const last = keys(tracker, '56789012', 1030, 9);
    expect(tracker.enter(last + 12)).toBe('scanner');
  });

  it('does not take a single pasted chunk for a scan', () => {
    const tracker = new WedgeTracker();
    tracker.input('123456789012', 1000);
    expect(tracker.enter(1020)).toBe('typed');
  });

  it('starts afresh after each Enter', () => {
    const tracker = new WedgeTracker();
    const last = keys(tracker, '123456789012', 1000, 8);
    expect(tracker.enter(last + 5)).toBe('scanner');
    expect(tracker.enter(last + 20)).toBe('typed');
  });
});
