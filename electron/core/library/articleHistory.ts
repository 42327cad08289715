import type { Article } from '../article';
import { LibraryError } from '../store/errors';
import { message } from '../messages';
import type { ArticleWrites } from './articleWrites';
import { withPatch, type PatchInput } from './patch';
import type { RevisionStore, RevisionSummary } from './revisions';

/** An article's snapshots: listed, read, brought back, and a version kept aside as one. */
export class ArticleHistory {
  constructor(
    private readonly writes: ArticleWrites,
    private readonly revisions: RevisionStore,
    private readonly now: () => Date,
  ) {}

  /** The article's snapshots, newest first. */
  async list(id: string): Promise<RevisionSummary[]> {
    await this.writes.get(id);
    return this.revisions.list(id);
  }

  async get(id: string, revision: string): Promise<Article> {
    const found = await this.revisions.get(id, revision);
    if (!found) throw new LibraryError('not-found', message('noRevision', { id, revision }));
    return found.article;
  }

  /** Brings back a snapshot; the version it replaces becomes a snapshot first, so a restore can be undone. */
  async restore(id: string, revision: string): Promise<Article> {
    const target = await this.get(id, revision);
    // In the write queue as one step: no save lands between the snapshot and the restore.
    return this.writes.run(async () => {
      const current = await this.writes.get(id);
      await this.revisions.take(current, 'before-restore', this.now());
      const { schemaVersion: _v, id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = target;
      return this.writes.saveNow(id, fields, current.revision);
    });
  }

  /** Keeps a version that is not saved (the reporter's, when they take the other one) as a snapshot. */
  keep(id: string, patch: PatchInput): Promise<string> {
    return this.writes.run(async () => this.revisions.take(withPatch(await this.writes.get(id), patch), 'conflict', this.now()));
  }
}
