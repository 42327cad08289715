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
  /** Resolves with performance.now() a painted frame after `selector` matches. */
  whenPresent(selector: string): Promise<number>;
}

export function installProbe(readySelector: string): void {
  const afterFrame = (then: () => void): void => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = then;
      channel.port2.postMessage(0);
    });
  };
  const whenPresent = (selector: string): Promise<number> =>
    new Promise((resolve) => {
      const done = (): void => afterFrame(() => resolve(performance.now()));
      if (document.querySelector(selector)) return done();
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        done();
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    });
  const probe: Probe = { keys: [], ready: null, whenPresent };
  (window as unknown as { __probe: Probe }).__probe = probe;
  let pending: { t0: number } | null = null;
  addEventListener('keydown', (event) => {
    if (event.key.length === 1) pending = { t0: event.timeStamp };
  }, true);
  addEventListener('input', () => {
    const key = pending;
    pending = null;
    if (!key) return;
    const timing: KeyTiming = { processed: Number.NaN, frame: Number.NaN };
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      timing.processed = performance.now() - key.t0;
    };
    channel.port2.postMessage(0);
    afterFrame(() => {
      timing.frame = performance.now() - key.t0;
      probe.keys.push(timing);
    });
  }, true);
  document.addEventListener('DOMContentLoaded', () => {
    void whenPresent(readySelector).then((at) => {
      probe.ready = at;
    });
  });
}
