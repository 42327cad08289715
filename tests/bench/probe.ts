// In-page instruments, installed before any of the page's own scripts (page.addInitScript), the
// same on the workstation and on the bare baseline page. They run in the browser: self-contained.

export interface KeyTiming {
  /**
   * keydown → the end of the key's event handling: the last listener of its keydown, keypress and
   * input events, and the microtasks they queued (where the bare editor reads the browser's
   * insertion back, and React does its synchronous work). Event Timing's processing, from the key's
   * timestamp.
   */
  processed: number;
  /**
   * keydown → the first task after the key's events. Chromium draws the key's frame before it runs
   * such a task, so this is the frame again, not the editor's handling: shown, not budgeted.
   */
  nextTask: number;
  /** keydown → the task after the next animation frame, that is after the frame was painted. */
  frame: number;
}

export interface Probe {
  keys: KeyTiming[];
  /** performance.now() (ms since navigation) when `readySelector` first matched, a frame later. */
  ready: number | null;
  /** Resolves with performance.now() a painted frame after every one of `selectors` matches. */
  whenPresent(selectors: string | string[]): Promise<number>;
}

/** `ready` is set when every one of `readySelectors` matches (plain selectors: cheap to test often). */
export function installProbe(readySelectors: string | string[]): void {
  const afterFrame = (then: () => void): void => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = then;
      channel.port2.postMessage(0);
    });
  };
  const whenPresent = (selectors: string | string[]): Promise<number> =>
    new Promise((resolve) => {
      const all = typeof selectors === 'string' ? [selectors] : selectors;
      const present = (): boolean => all.every((selector) => document.querySelector(selector) !== null);
      const done = (): void => afterFrame(() => resolve(performance.now()));
      if (present()) return done();
      const observer = new MutationObserver(() => {
        if (!present()) return;
        observer.disconnect();
        done();
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    });
  const probe: Probe = { keys: [], ready: null, whenPresent };
  (window as unknown as { __probe: Probe }).__probe = probe;
  // Timed from the keydown itself, whatever the editor does with the letter (lets the browser insert
  // it and reads the change back, or inserts it itself: then no input event fires).
  let current: { timing: KeyTiming; t0: number } | null = null;
  addEventListener(
    'keydown',
    (event) => {
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey) {
        current = null;
        return;
      }
      const t0 = event.timeStamp;
      const timing: KeyTiming = { processed: Number.NaN, nextTask: Number.NaN, frame: Number.NaN };
      current = { timing, t0 };
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        timing.nextTask = performance.now() - t0;
        // A listener that stopped the event's way up leaves only this later moment.
        if (Number.isNaN(timing.processed)) timing.processed = timing.nextTask;
      };
      channel.port2.postMessage(0);
      afterFrame(() => {
        timing.frame = performance.now() - t0;
        probe.keys.push(timing);
      });
    },
    true,
  );
  // Listening on the window as events bubble: after the editor's own listeners, on its element.
  // The microtask runs after those its listeners queued; the last of the key's events sets it.
  const handled = (): void => {
    const key = current;
    if (!key) return;
    queueMicrotask(() => {
      if (Number.isNaN(key.timing.nextTask)) key.timing.processed = performance.now() - key.t0;
    });
  };
  for (const type of ['keydown', 'keypress', 'input']) addEventListener(type, handled);
  document.addEventListener('DOMContentLoaded', () => {
    void whenPresent(readySelectors).then((at) => {
      probe.ready = at;
    });
  });
}
