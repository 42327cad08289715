import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

describe('copydesk history and restore', () => {
  it('makes every write a save point, lists them newest first, and restores undoably', async () => {
    const lib = await tempDir();
    const { id } = JSON.parse((await cli(['new', '--headline', 'Một', '--json', '--library', lib])).stdout);
    await cli(['set', id, '--headline', 'Hai', '--library', lib]);
    await cli(['set', id, '--headline', 'Ba', '--library', lib]);
    const history = JSON.parse((await cli(['history', id, '--json', '--library', lib])).stdout);
    expect(history.map((revision: { headline: string }) => revision.headline)).toEqual(['Ba', 'Hai', 'Một']);
    expect(history[0]).toEqual({ id: expect.stringMatching(/^\d{8}T\d{9}Z-r3$/), time: expect.any(String), headline: 'Ba', revision: 3, reason: 'command', words: 0 });

    const restore = await cli(['restore', id, history[2].id, '--library', lib]);
    expect(restore).toMatchObject({ code: 0, stdout: expect.stringMatching(/now revision 4/) });
    expect(JSON.parse((await cli(['show', id, '--json', '--library', lib])).stdout).headline).toBe('Một');
    const after = JSON.parse((await cli(['history', id, '--json', '--library', lib])).stdout);
    expect(after[0]).toMatchObject({ headline: 'Ba', reason: 'before-restore' });
    expect((await cli(['restore', id, after[0].id, '--library', lib])).code).toBe(0);
    expect(JSON.parse((await cli(['show', id, '--json', '--library', lib])).stdout).headline).toBe('Ba');
  });

  it('exits 1 for an unknown revision and 2 for a missing one', async () => {
    const lib = await tempDir();
    const { id } = JSON.parse((await cli(['new', '--headline', 'x', '--json', '--library', lib])).stdout);
    expect((await cli(['restore', id, '20260101T000000000Z-r1', '--library', lib])).code).toBe(1);
    expect((await cli(['restore', id, '--library', lib])).code).toBe(2);
  });
});
