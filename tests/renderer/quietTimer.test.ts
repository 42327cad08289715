import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuietTimer } from '../../renderer/quietTimer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a quiet timer', () => {
  it('calls back once, when asked no more for the whole delay, with one timer for a run of asks', async () => {
    const calls: number[] = [];
    const set = vi.fn((callback: () => void, ms: number) => setTimeout(callback, ms));
    const timer = new QuietTimer(() => calls.push(Date.now()), { set, clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) });
    const start = Date.now();
    for (let key = 0; key < 20; key++) {
      timer.after(400);
      await vi.advanceTimersByTimeAsync(70);
    }
    // Twenty keys 70 ms apart: the timer was set a handful of times, not twenty.
    expect(set.mock.calls.length).toBeLessThanOrEqual(5);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(329);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([start + 19 * 70 + 70 + 330]);
  });

  it('comes forward when asked for a shorter delay, and can be called off', async () => {
    let called = 0;
    const timer = new QuietTimer(() => called++);
    timer.after(30_000);
    timer.after(1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(called).toBe(1);
    timer.after(500);
    expect(timer.pending).toBe(true);
    timer.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(called).toBe(1);
  });
});
