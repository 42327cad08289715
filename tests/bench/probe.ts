// In-page instruments, installed before any of the page's own scripts (page.addInitScript), the
// same on the workstation and on the bare baseline page. They run in the browser: self-contained.

export interface KeyTiming {
  /** keydown → the first task after the editor handled the input. */
  processed: number;
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
  // it and reads the change back, or inserts it itself: then no input event fires). The key's
  // keydown, keypress and input are one task: a message posted now runs once it is over.
  addEventListener('keydown', (event) => {
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey) return;
    const t0 = event.timeStamp;
    const timing: KeyTiming = { processed: Number.NaN, frame: Number.NaN };
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      timing.processed = performance.now() - t0;
    };
    channel.port2.postMessage(0);
    afterFrame(() => {
      timing.frame = performance.now() - t0;
      probe.keys.push(timing);
    });
  }, true);
  document.addEventListener('DOMContentLoaded', () => {
    void whenPresent(readySelectors).then((at) => {
      probe.ready = at;
    });
  });
}
