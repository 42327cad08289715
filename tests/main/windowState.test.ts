import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { WindowState } from '../../electron/main/settings';
import { DEFAULT_SIZE, trackWindow, windowBounds } from '../../electron/main/windowState';

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('the window’s place', () => {
  it('opens at the default size the first time', () => {
    expect(windowBounds(null, [laptop])).toEqual(DEFAULT_SIZE);
  });

  it('comes back where it was when that is on a screen', () => {
    expect(windowBounds({ x: 1600, y: 100, width: 1800, height: 1100, maximized: false }, [laptop, monitor])).toEqual({ x: 1600, y: 100, width: 1800, height: 1100 });
  });

  it('does not open out of sight when the screen it was on is gone', () => {
    const saved: WindowState = { x: 1600, y: 100, width: 1800, height: 1100, maximized: false };
    // Placed by the system, no bigger than needed to hold its last size within the minimum.
    expect(windowBounds(saved, [laptop])).toEqual({ width: 1800, height: 1100 });
  });

  it('fits on the screen it is mostly on, and never below the minimum size', () => {
    expect(windowBounds({ x: 1200, y: 700, width: 2000, height: 1200, maximized: false }, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 870 });
    expect(windowBounds({ x: 10, y: 10, width: 300, height: 200, maximized: false }, [laptop])).toEqual({ x: 10, y: 10, width: 760, height: 520 });
  });

  it('is remembered with its size before maximizing, and not while minimized', () => {
    const window = Object.assign(new EventEmitter(), {
      bounds: { x: 10, y: 20, width: 1300.4, height: 880 },
      maximized: false,
      minimized: false,
      getNormalBounds() {
        return this.bounds;
      },
      isMaximized() {
        return this.maximized;
      },
      isMinimized() {
        return this.minimized;
      },
    });
    const remembered: WindowState[] = [];
    trackWindow(window, (state) => remembered.push(state));
    window.emit('move');
    window.maximized = true;
    window.emit('maximize');
    window.minimized = true;
    window.emit('resize');
    window.minimized = false;
    window.emit('close');
    expect(remembered).toEqual([
      { x: 10, y: 20, width: 1300, height: 880, maximized: false },
      { x: 10, y: 20, width: 1300, height: 880, maximized: true },
      { x: 10, y: 20, width: 1300, height: 880, maximized: true },
    ]);
  });
});
