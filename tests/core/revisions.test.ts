import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEEP_RECENT, Library } from '../../electron/core/library';
import { sequentialIds, useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

/** A clock the test moves by hand. */
function handClock(start = '2026-03-01T08:00:00.000Z') {
  let now = Date.parse(start);
  return { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
}

const MINUTE = 60_000;

describe('revisions', () => {
  it('snapshots while the article changes at most every five minutes, and at every status change', async () => {
    const clock = handClock();
    const library = await Library.open({ root: await tempDir(), clock: clock.now, newId: sequentialIds() });
    const { id } = await library.create({ headline: 'Bản nháp' });
    let base = 1;
    const type = async (sapo: string) => {
      clock.advance(MINUTE);
      base = (await library.save(id, { sapo }, base)).revision;
    };
    for (let i = 0; i < 12; i++) await type(`chữ ${i}`);
    const reasons = (await library.history.list(id)).map((revision) => revision.reason);
    expect(reasons).toEqual(['autosave', 'autosave', 'autosave']);
    clock.advance(MINUTE);
    base = (await library.save(id, { status: 'editing' }, base)).revision;
    expect((await library.history.list(id))[0]).toMatchObject({ reason: 'status', revision: base, headline: 'Bản nháp' });
  });

  it('restores a revision, and the version it replaced becomes a revision, so a restore can be undone', async () => {
    const clock = handClock();
    const library = await Library.open({ root: await tempDir(), clock: clock.now, newId: sequentialIds() });
    const { id } = await library.create({ headline: 'Phiên bản một' });
    await library.savePoint(id, 'command');
    clock.advance(MINUTE);
    await library.save(id, { headline: 'Phiên bản hai' }, 1);
    const [first] = (await library.history.list(id)).filter((revision) => revision.headline === 'Phiên bản một');
    clock.advance(MINUTE);
    const restored = await library.history.restore(id, first?.id ?? '');
    expect(restored).toMatchObject({ headline: 'Phiên bản một', revision: 3 });
    const history = await library.history.list(id);
    expect(history[0]).toMatchObject({ reason: 'before-restore', headline: 'Phiên bản hai' });
    const undone = await library.history.restore(id, history[0]?.id ?? '');
    expect(undone.headline).toBe('Phiên bản hai');
  });

  it('keeps the other version when the file changed after it was opened', async () => {
    const clock = handClock();
    const library = await Library.open({ root: await tempDir(), clock: clock.now, newId: sequentialIds() });
    const { id } = await library.create({ headline: 'Gốc' });
    clock.advance(MINUTE);
    await library.save(id, { headline: 'Sửa từ máy khác' }, 1);
    clock.advance(MINUTE);
    await expect(library.save(id, { headline: 'Sửa của tôi' }, 1)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/kept in its history/) });
    expect((await library.history.list(id))[0]).toMatchObject({ reason: 'conflict', headline: 'Sửa từ máy khác' });
    // Refused again (the reporter goes on typing): the other version is not kept twice.
    clock.advance(MINUTE);
    await expect(library.save(id, { headline: 'Sửa của tôi, tiếp' }, 1)).rejects.toMatchObject({ code: 'conflict' });
    expect((await library.history.list(id)).filter((revision) => revision.reason === 'conflict')).toHaveLength(1);
    clock.advance(MINUTE);
    await library.history.keep(id, { headline: 'Sửa của tôi' });
    expect((await library.history.list(id))[0]).toMatchObject({ reason: 'conflict', headline: 'Sửa của tôi' });
    expect((await library.get(id)).headline).toBe('Sửa từ máy khác');
  });

  it('keeps the last 50 and one a day before that, and moves the rest to the trash', async () => {
    const clock = handClock('2026-03-01T08:00:00.000Z');
    const library = await Library.open({ root: await tempDir(), clock: clock.now, newId: sequentialIds() });
    const { id } = await library.create({ headline: 'Nhiều bản' });
    // Three days, 30 save points a day.
    for (let day = 0; day < 3; day++) {
      for (let i = 0; i < 30; i++) {
        clock.advance(10 * MINUTE);
        await library.savePoint(id, 'command');
      }
      clock.advance(24 * 60 * MINUTE - 300 * MINUTE);
    }
    const kept = await library.history.list(id);
    const olderDays = new Set(kept.slice(KEEP_RECENT).map((revision) => revision.time.slice(0, 10)));
    expect(kept.length).toBe(KEEP_RECENT + olderDays.size);
    expect(olderDays.size).toBeGreaterThan(0);
    const trashed = await readdir(join(library.root, 'trash', 'revisions'));
    const moved = (await Promise.all(trashed.map((folder) => readdir(join(library.root, 'trash', 'revisions', folder))))).flat();
    expect(moved.length + kept.length).toBe(90);
  });

  it('says so for a revision that does not exist', async () => {
    const library = await Library.open({ root: await tempDir(), newId: sequentialIds() });
    const { id } = await library.create({});
    await expect(library.history.restore(id, '20260101T000000000Z-r9')).rejects.toMatchObject({ code: 'not-found' });
    await expect(library.history.restore(id, '../../etc/passwd')).rejects.toMatchObject({ code: 'not-found' });
  });
});
