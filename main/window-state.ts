/**
 * Remembers the main window's size and place between launches, and restores it only where it
 * will be visible: a window saved on a monitor that has since been unplugged comes back on the
 * primary display instead of off-screen.
 */
import { z } from 'zod';
import { readJsonFileOr, writeJsonFileAtomic } from './json-file';

export type Rect = { x: number; y: number; width: number; height: number };

export const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  isMaximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const windowSize = { width: 1280, height: 800, minWidth: 960, minHeight: 600 } as const;

/** How much of the window must lie on a display to count as still there (enough to grab it). */
const minVisible = { width: 120, height: 60 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/** Fits a size into a work area and moves the window so all of it lies inside. */
function fitInto(area: Rect, wanted: Rect): Rect {
  const width = Math.min(Math.max(wanted.width, windowSize.minWidth), area.width);
  const height = Math.min(Math.max(wanted.height, windowSize.minHeight), area.height);
  return {
    width,
    height,
    x: clamp(wanted.x, area.x, area.x + area.width - width),
    y: clamp(wanted.y, area.y, area.y + area.height - height),
  };
}

function centeredIn(area: Rect, width: number, height: number): Rect {
  const fitted = fitInto(area, { x: 0, y: 0, width, height });
  return {
    ...fitted,
    x: area.x + Math.round((area.width - fitted.width) / 2),
    y: area.y + Math.round((area.height - fitted.height) / 2),
  };
}

/**
 * The bounds to open the window with, given the saved state and the work areas of the displays
 * connected now (primary first).
 */
export function restoreWindowState(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primary: Rect,
): { bounds: Rect; isMaximized: boolean } {
  if (saved === null) {
    return {
      bounds: centeredIn(primary, windowSize.width, windowSize.height),
      isMaximized: false,
    };
  }
  const home = workAreas.find((area) => {
    const seen = overlap(area, saved);
    return seen.width >= minVisible.width && seen.height >= minVisible.height;
  });
  const bounds = home ? fitInto(home, saved) : centeredIn(primary, saved.width, saved.height);
  return { bounds, isMaximized: saved.isMaximized };
}

export function loadWindowState(file: string): Promise<WindowState | null> {
  return readJsonFileOr(file, windowStateSchema.nullable(), null);
}

export function saveWindowState(file: string, state: WindowState): Promise<void> {
  return writeJsonFileAtomic(file, state);
}
