import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rect } from './window-state';
import { loadWindowState, restoreWindowState, saveWindowState, windowSize } from './window-state';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 1280, height: 984 };

describe('restoreWindowState', () => {
  it('opens a first window at the default size, centred on the primary display', () => {
    const { bounds, isMaximized } = restoreWindowState(null, [primary], primary);
    expect(bounds).toEqual({ x: 320, y: 120, width: 1280, height: 800 });
    expect(isMaximized).toBe(false);
  });

  it('puts the window back where it was when that display is still there', () => {
    const saved = { x: 2000, y: 50, width: 1000, height: 700, isMaximized: true };
    const { bounds, isMaximized } = restoreWindowState(saved, [primary, rightMonitor], primary);
    expect(bounds).toEqual({ x: 2000, y: 50, width: 1000, height: 700 });
    expect(isMaximized).toBe(true);
  });

  it('moves a window saved on an unplugged monitor onto the primary display', () => {
    const saved = { x: 2000, y: 50, width: 1000, height: 700, isMaximized: false };
    const { bounds } = restoreWindowState(saved, [primary], primary);
    expect(bounds).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
  });

  it('pulls a window hanging off the edge fully inside and shrinks it to fit', () => {
    const saved = { x: 1700, y: -30, width: 2400, height: 1400, isMaximized: false };
    const { bounds } = restoreWindowState(saved, [primary], primary);
    expect(bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('treats a sliver left on screen as gone', () => {
    const saved = { x: 1900, y: 100, width: 1000, height: 700, isMaximized: false };
    const { bounds } = restoreWindowState(saved, [primary], primary);
    expect(bounds.x).toBe(460);
  });

  it('never opens below the minimum size when the display has room', () => {
    const saved = { x: 10, y: 10, width: 200, height: 100, isMaximized: false };
    const { bounds } = restoreWindowState(saved, [primary], primary);
    expect(bounds.width).toBe(windowSize.minWidth);
    expect(bounds.height).toBe(windowSize.minHeight);
  });
});

describe('loadWindowState / saveWindowState', () => {
  it('round-trips and reads a damaged file as no state', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'window-state-'));
    const file = path.join(dir, 'window-state.json');
    try {
      expect(await loadWindowState(file)).toBeNull();
      const state = { x: 1, y: 2, width: 1000, height: 700, isMaximized: false };
      await saveWindowState(file, state);
      expect(await loadWindowState(file)).toEqual(state);
      await writeFile(file, '{"x":"left"}');
      expect(await loadWindowState(file)).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
