import type { Rectangle } from 'electron';
import type { WindowState } from './settings';

export const DEFAULT_SIZE = { width: 1280, height: 860 };
export const MIN_SIZE = { width: 760, height: 520 };
/** How much of a remembered window must fall on a screen for it to come back there. */
const VISIBLE = { width: 160, height: 80 };

/**
 * Where the window opens: where it was, if that is still on one of the screens (a laptop taken
 * off its second monitor must not open its window out of sight), at most the size of that screen;
 * otherwise the default size, placed by the system.
 */
export function windowBounds(saved: WindowState | null, workAreas: Rectangle[]): Partial<Rectangle> & { width: number; height: number } {
  if (!saved) return { ...DEFAULT_SIZE };
  const area = workAreas.find((screen) => overlap(saved, screen).width >= VISIBLE.width && overlap(saved, screen).height >= VISIBLE.height);
  if (!area) return { width: Math.max(MIN_SIZE.width, saved.width), height: Math.max(MIN_SIZE.height, saved.height) };
  const width = Math.max(MIN_SIZE.width, Math.min(saved.width, area.width));
  const height = Math.max(MIN_SIZE.height, Math.min(saved.height, area.height));
  return { x: clamp(saved.x, area.x, area.x + area.width - width), y: clamp(saved.y, area.y, area.y + area.height - height), width, height };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(value, Math.max(low, high)));

/** What a window tells about its place, for `trackWindow`. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isMinimized(): boolean;
}

/** Calls `remember` with the window's place whenever it changes (its size before maximizing, and whether it is). */
export function trackWindow(window: TrackedWindow, remember: (state: WindowState) => void): void {
  const save = (): void => {
    if (window.isMinimized()) return;
    const { x, y, width, height } = window.getNormalBounds();
    remember({ x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height), maximized: window.isMaximized() });
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize', 'close'] as const) window.on(event, save);
}
