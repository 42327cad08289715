import type { Browser, Page } from 'playwright-core';
import type { KeyTiming, Probe } from '../probe';
import { summarize } from '../stats';
import type { BenchCase } from '../types';
import { EDITABLE, closePage, probedPage } from './pages';

/** Typing, measured key by key in the workstation and in the bare page side by side. */

const KEY_INTERVAL_MS = 70;

/**
 * Puts the caret inside the middle paragraph of the editor and gives it focus, and waits until that
 * is done: TipTap's focus command focuses the editor in the next animation frame, and in the long
 * article that frame lays out what it had not yet (30-45 ms). Typed at once, the first letter waited
 * for it (22-62 ms against 26-42 ms, five starts each): the click's cost, not a keystroke's.
 */
async function caretInTheMiddle(page: Page): Promise<void> {
  await page.evaluate(() => {
    const editor = (
      document.querySelector('.ProseMirror') as unknown as {
        editor: {
          state: { doc: { childCount: number; child(i: number): { type: { name: string }; nodeSize: number } } };
          commands: { setTextSelection(pos: number): void; scrollIntoView(): void; focus(): void };
        };
      }
    ).editor;
    const doc = editor.state.doc;
    let pos = 0;
    let index = 0;
    for (; index < Math.floor(doc.childCount / 2); index++) pos += doc.child(index).nodeSize;
    while (doc.child(index).type.name !== 'paragraph') pos += doc.child(index++).nodeSize;
    editor.commands.focus();
    editor.commands.setTextSelection(pos + 6);
    editor.commands.scrollIntoView();
  });
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

const TYPED = 'the quick brown fox jumps over the lazy dog and the reporter files on deadline ';

/** Types `count` letters at a steady pace, with a pause halfway that lets the autosave run. */
async function typeBlock(page: Page, count: number, offset: number): Promise<KeyTiming[]> {
  await page.bringToFront();
  await page.evaluate(() => void ((window as unknown as { __probe: Probe }).__probe.keys = []));
  for (let i = 0; i < count; i++) {
    const started = Date.now();
    const char = TYPED[(offset + i) % TYPED.length] as string;
    await page.keyboard.press(char === ' ' ? 'Space' : char);
    if (i === Math.floor(count / 2)) await page.waitForTimeout(1300);
    const wait = KEY_INTERVAL_MS - (Date.now() - started);
    if (wait > 0) await page.waitForTimeout(wait);
  }
  await page.waitForTimeout(200);
  return page.evaluate(() => (window as unknown as { __probe: Probe }).__probe.keys);
}

/** Waits until the workstation says everything is saved, so its work never lands on the other side's block. */
async function settled(page: Page): Promise<void> {
  await page.locator('[data-testid="save-state"].save-saved').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
}

export function typingRows(name: string, words: number, ours: KeyTiming[], bare: KeyTiming[], ratio: number, full: boolean): BenchCase[] {
  const of = (pick: (key: KeyTiming) => number) => ({ ours: summarize(ours.map(pick)), bare: summarize(bare.map(pick)) });
  const frame = of((key) => key.frame);
  const processed = of((key) => key.processed);
  const nextTask = of((key) => key.nextTask);
  const baselineName = `bare TipTap StarterKit page, ${words.toLocaleString('en')} words`;
  const rows: BenchCase[] = [{ name, metric: 'frame p95', unit: 'ms', ours: frame.ours.p95, baseline: frame.bare.p95, baselineName, budget: { ratio }, detail: frame }];
  if (full) {
    rows.push(
      { name, metric: 'processing p95', unit: 'ms', ours: processed.ours.p95, baseline: processed.bare.p95, baselineName, budget: { absolute: 8 }, detail: processed },
      // The moment the measure above replaced: Chromium draws the frame first (see probe.ts).
      { name, metric: 'next task p95', unit: 'ms', ours: nextTask.ours.p95, baseline: nextTask.bare.p95, baselineName, budget: {}, detail: nextTask },
      { name, metric: 'slowest key', unit: 'ms', ours: frame.ours.max, baseline: frame.bare.max, baselineName, budget: { absolute: 50 }, detail: null },
    );
  }
  return rows;
}

/**
 * Sends a few keys to a blank page first. The first key a freshly started browser delivers costs
 * it about 30 ms whatever the page (its input path starts up): measured, it went to whichever side
 * typed first — ours, every run — and made the slowest key 50–60 ms, against 15–25 ms for the same
 * page typing second.
 */
async function warmKeyboard(browser: Browser): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.setContent('<textarea aria-label="warm-up"></textarea>');
    await page.locator('textarea').focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('x');
  } finally {
    await context.close();
  }
}

export async function typing(browser: Browser, ours: string, bare: string, blocks: number): Promise<{ ours: KeyTiming[]; bare: KeyTiming[] }> {
  await warmKeyboard(browser);
  const oursPage = await probedPage(browser, ours, EDITABLE);
  const barePage = await probedPage(browser, bare, EDITABLE);
  try {
    await caretInTheMiddle(oursPage);
    await caretInTheMiddle(barePage);
    const all = { ours: [] as KeyTiming[], bare: [] as KeyTiming[] };
    for (let block = 0; block < blocks; block++) {
      all.ours.push(...(await typeBlock(oursPage, 50, block * 50)));
      await settled(oursPage);
      all.bare.push(...(await typeBlock(barePage, 50, block * 50)));
    }
    return all;
  } finally {
    await closePage(oursPage);
    await closePage(barePage);
  }
}
