export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const GLOBAL_TIMERS: Timers = { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

/**
 * Calls back once things have been quiet for a while. Asked again and again (on every key), it
 * only notes the new time: one timer runs, and when it fires early it waits out the rest. Clearing
 * and setting a timer per keystroke is a measurable part of a key's cost in a long article.
 */
export class QuietTimer {
  private timer: unknown = null;
  /** When the callback is due. */
  private due = 0;
  /** When the running timer fires. */
  private firesAt = 0;

  constructor(
    private readonly callback: () => void,
    private readonly timers: Timers = GLOBAL_TIMERS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Calls back `ms` from now (not before), unless asked again meanwhile. */
  after(ms: number): void {
    this.due = this.now() + ms;
    // A timer already running fires before then (and waits out the rest), or is too late: reset.
    if (this.timer === null || this.firesAt > this.due) this.arm(ms);
  }

  get pending(): boolean {
    return this.timer !== null;
  }

  cancel(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private arm(ms: number): void {
    this.cancel();
    this.firesAt = this.now() + ms;
    this.timer = this.timers.set(() => {
      this.timer = null;
      const left = this.due - this.now();
      if (left > 0) this.arm(left);
      else this.callback();
    }, ms);
  }
}
