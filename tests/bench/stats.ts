import { performance } from 'node:perf_hooks';

/**
 * Collects garbage before each timed run (node --expose-gc, as `npm run bench` starts it): the
 * pause for what one side allocated then never lands in the other side's time, nor in the next
 * run's.
 */
const settle = (): void => (globalThis as { gc?: () => void }).gc?.();

export interface Samples {
  median: number;
  p95: number;
  max: number;
  runs: number;
}

export function summarize(values: number[]): Samples {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) as number, runs: sorted.length };
}

/** Times `task` `runs` times (after `warmup` untimed runs), in milliseconds. */
export async function time(task: () => Promise<unknown> | unknown, runs: number, warmup = 2): Promise<Samples> {
  for (let i = 0; i < warmup; i++) await task();
  const values: number[] = [];
  for (let i = 0; i < runs; i++) {
    settle();
    const start = performance.now();
    await task();
    values.push(performance.now() - start);
  }
  return summarize(values);
}

/**
 * Ours and the baseline, interleaved run by run, so that whatever else the machine is doing
 * weighs on both alike.
 */
export async function sideBySide(ours: () => Promise<unknown> | unknown, baseline: () => Promise<unknown> | unknown, runs: number, warmup = 2): Promise<{ ours: Samples; baseline: Samples }> {
  for (let i = 0; i < warmup; i++) {
    await ours();
    await baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    settle();
    let start = performance.now();
    await ours();
    a.push(performance.now() - start);
    settle();
    start = performance.now();
    await baseline();
    b.push(performance.now() - start);
  }
  return { ours: summarize(a), baseline: summarize(b) };
}
