import { readdir, rename, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { articleCounts, parseArticleValue, type Article } from '../article';
import { articlePart } from '../store/contained';
import { MAX_OWN_FILE_BYTES, readOwnText, writeFileDurably, type FileWriter } from '../store/durableFile';
import type { LibraryLayout } from '../store/layout';

import { RevisionId, RevisionReason } from './revisionSchema';

export { RevisionId, RevisionReason };

export type { RevisionSummary } from './revisionSchema';
import type { RevisionSummary } from './revisionSchema';

/** "20260301T080000000Z-r7" → its time in milliseconds. */
function timeOf(revision: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(revision);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), Number(m[7])) : 0;
}

const RevisionFile = z.object({ reason: RevisionReason, takenAt: z.string(), article: z.unknown() });

/** How many recent snapshots are kept whole; older ones keep one per day. */
export const KEEP_RECENT = 50;
/** While an article changes, a snapshot at most this often. */
export const AUTOSAVE_SNAPSHOT_MS = 5 * 60 * 1000;

/**
 * Snapshots of an article, in `articles/<id>/revisions/`: taken while it changes (at most every
 * five minutes), at every status change, on close, at every command-line write, before a restore
 * and when another tool's version would otherwise be overwritten. Bounded: the last 50, and one a
 * day before that; the ones let go move to the trash, never deleted.
 */
export class RevisionStore {
  private readonly lastTaken = new Map<string, number>();

  constructor(
    private readonly layout: LibraryLayout,
    /** Writes the snapshot files (the library's own writer: a full disk fails here as it does for saves). */
    private readonly writeFile: FileWriter = writeFileDurably,
  ) {}

  /** The article's revisions folder, checked: no link on the way out of the library. */
  private dir(id: string): Promise<string> {
    return articlePart(this.layout.root, id, 'revisions');
  }

  /** Whether an autosave should also be a snapshot now. Reads names only, never the snapshots. */
  async due(id: string, now: Date): Promise<boolean> {
    let last = this.lastTaken.get(id);
    if (last === undefined) {
      const [newest] = await this.ids(id);
      last = newest ? timeOf(newest) : 0;
      this.lastTaken.set(id, last);
    }
    return now.getTime() - last >= AUTOSAVE_SNAPSHOT_MS;
  }

  /** Revision ids, newest first: they begin with the time they were taken. */
  private async ids(id: string): Promise<string[]> {
    const names = await readdir(await this.dir(id)).catch(() => [] as string[]);
    return names
      .map((name) => name.replace(/\.json$/, ''))
      .filter((name) => RevisionId.safeParse(name).success)
      .sort()
      .reverse();
  }

  async take(article: Article, reason: RevisionReason, now: Date): Promise<string> {
    const id = `${now.toISOString().replace(/[-:.]/g, '')}-r${article.revision}`;
    const dir = await this.dir(article.id);
    await mkdir(dir, { recursive: true });
    await this.writeFile(join(dir, `${id}.json`), JSON.stringify({ reason, takenAt: now.toISOString(), article }));
    this.lastTaken.set(article.id, now.getTime());
    await this.prune(article.id, now);
    return id;
  }

  /** Newest first. Unreadable snapshot files are skipped, and left where they are. */
  async list(id: string): Promise<RevisionSummary[]> {
    const summaries: RevisionSummary[] = [];
    for (const revision of await this.ids(id)) {
      const read = await this.read(id, revision);
      if (!read) continue;
      summaries.push({ id: revision, time: read.takenAt, headline: read.article.headline, revision: read.article.revision, reason: read.reason, words: articleCounts(read.article).words });
    }
    return summaries;
  }

  async get(id: string, revision: string): Promise<{ article: Article; reason: RevisionReason; takenAt: string } | null> {
    return RevisionId.safeParse(revision).success ? this.read(id, revision) : null;
  }

  private async read(id: string, revision: string): Promise<{ article: Article; reason: RevisionReason; takenAt: string } | null> {
    try {
      const file = RevisionFile.parse(JSON.parse(await readOwnText(join(await this.dir(id), `${revision}.json`), MAX_OWN_FILE_BYTES)));
      return { article: parseArticleValue(file.article), reason: file.reason, takenAt: file.takenAt };
    } catch {
      return null;
    }
  }

  private async prune(id: string, now: Date): Promise<void> {
    const seenDays = new Set<string>();
    const letGo = (await this.ids(id)).slice(KEEP_RECENT).filter((revision) => {
      const day = revision.slice(0, 8);
      if (seenDays.has(day)) return true;
      seenDays.add(day);
      return false;
    });
    if (letGo.length === 0) return;
    const target = join(this.layout.trash, 'revisions', `${id}-${now.toISOString().replace(/[-:.]/g, '')}`);
    await mkdir(target, { recursive: true });
    const dir = await this.dir(id);
    for (const revision of letGo) await rename(join(dir, `${revision}.json`), join(target, `${revision}.json`));
  }
}
