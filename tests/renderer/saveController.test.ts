import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleSummary } from '../../electron/core/article/schema';
import type { SavePatch as ArticlePatch } from '../../renderer/article/saveController';
import { summarize } from '../../electron/core/article/summary';
import { SaveController, type SaveState } from '../../renderer/article/saveController';
import { sampleArticle } from '../helpers/sampleArticle';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(save: (patch: ArticlePatch, base: number) => Promise<ArticleSummary>, isRetryable?: (error: unknown) => boolean) {
  let text = 'v0';
  const states: SaveState['kind'][] = [];
  const saved: number[] = [];
  const controller = new SaveController({
    baseRevision: 1,
    collect: () => ({ headline: text }),
    save,
    onState: (state) => states.push(state.kind),
    onSaved: (article) => saved.push(article.revision),
    ...(isRetryable ? { isRetryable } : {}),
  });
  return { controller, states, saved, type: (value: string) => ((text = value), controller.markDirty()) };
}

const okSave = () => {
  let revision = 1;
  return vi.fn(async (patch: ArticlePatch, base: number) => {
    expect(base).toBe(revision);
    return summarize(sampleArticle({ headline: patch.headline ?? '', revision: ++revision }));
  });
};

describe('autosave', () => {
  it('saves once, about a second after typing stops, with the latest text', async () => {
    const save = okSave();
    const { type, states } = setup(save);
    type('a');
    await vi.advanceTimersByTimeAsync(600);
    type('ab');
    await vi.advanceTimersByTimeAsync(600);
    type('abc');
    await vi.advanceTimersByTimeAsync(999);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0]).toEqual({ headline: 'abc' });
    expect(states.at(-1)).toBe('saved');
  });

  it('tells of a change of state once, not on every keystroke', async () => {
    const { type, states } = setup(okSave());
    for (const text of ['a', 'ab', 'abc', 'abcd']) type(text);
    expect(states).toEqual(['pending']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(states).toEqual(['pending', 'saving', 'saved']);
  });

  it('flush saves at once and carries the new revision forward', async () => {
    const save = okSave();
    const { controller, type, saved } = setup(save);
    type('one');
    await controller.flush();
    type('two');
    await controller.flush();
    expect(saved).toEqual([2, 3]);
    expect(controller.hasUnsavedChanges).toBe(false);
  });

  it('runs one save at a time and saves again what changed meanwhile', async () => {
    let release!: () => void;
    const save = vi.fn(
      (patch: ArticlePatch, base: number) =>
        new Promise<ArticleSummary>((resolve) => {
          release = () => resolve(summarize(sampleArticle({ headline: patch.headline ?? '', revision: base + 1 })));
        }),
    );
    const { controller, type } = setup(save);
    type('first');
    const flushed = controller.flush();
    type('second');
    void controller.flush();
    expect(save).toHaveBeenCalledTimes(1);
    release();
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1]).toEqual([{ headline: 'second' }, 2]);
    release();
    await flushed;
  });

  it('keeps the edit and retries with back-off while the disk refuses', async () => {
    let failures = 2;
    const save = vi.fn(async (patch: ArticlePatch, base: number) => {
      if (failures-- > 0) throw new Error('the disk is full');
      return summarize(sampleArticle({ headline: patch.headline ?? '', revision: base + 1 }));
    });
    const { controller, type, states } = setup(save);
    type('kept');
    await controller.flush();
    expect(controller.current).toEqual({ kind: 'failed', message: 'the disk is full', willRetry: true });
    expect(controller.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3999);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(3);
    expect(save.mock.calls.every(([patch]) => patch.headline === 'kept')).toBe(true);
    expect(states.at(-1)).toBe('saved');
  });

  it('does not retry what retrying cannot fix, and keeps saying so while typing goes on', async () => {
    const save = vi.fn(async () => {
      throw new Error('changed elsewhere');
    });
    const { controller, type, states } = setup(save, () => false);
    type('x');
    await controller.flush();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
    type('xy');
    expect(controller.current.kind).toBe('failed');
    expect(states.filter((kind) => kind === 'pending')).toHaveLength(1);
  });
});
