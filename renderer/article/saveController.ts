import type { Node as PmNode } from '@tiptap/pm/model';
import type { VerbInput } from '../../electron/contract';
import type { ArticleSummary } from '../../electron/core/article/schema';
import { QuietTimer, type Timers } from '../quietTimer';
import { errorText } from '../../electron/core/messages';
import { blockChange, wholeBody } from './bodyChange';

/** What a save sends: changed fields, and the body or the blocks of it that changed. */
export type SavePatch = VerbInput<'saveArticle'>['patch'];

export type SaveState =
  { kind: 'saved' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'failed'; message: string; willRetry: boolean; /** The bridge's error code, when it gave one. */ code?: string };

export interface SaveControllerOptions {
  /** Writes the article; rejects with an error whose message is shown as is. */
  save(patch: SavePatch, baseRevision: number): Promise<ArticleSummary>;
  /** Reads the article as the reporter sees it now. Called only when a save starts. */
  collect(): SavePatch;
  baseRevision: number;
  onSaved?(saved: ArticleSummary): void;
  onState?(state: SaveState): void;
  /** Whether a failure is worth retrying (a full disk is; an edit made elsewhere is not). */
  isRetryable?(error: unknown): boolean;
  /** Quiet time after the last change before saving. @default 1000 */
  delayMs?: number;
  /** @default the global setTimeout/clearTimeout */
  timers?: Timers;
}

const MAX_RETRY_MS = 30_000;

/**
 * Autosave for one open article: saves about a second after typing stops, on blur and on close,
 * one save at a time, and keeps retrying (with back-off) while the disk refuses. The article is
 * serialized only when a save starts, never per keystroke.
 */
export class SaveController {
  private dirty = false;
  private running: Promise<void> | null = null;
  private readonly timer: QuietTimer;
  private failures = 0;
  private state: SaveState = { kind: 'saved' };
  private baseRevision: number;

  constructor(private readonly options: SaveControllerOptions) {
    this.baseRevision = options.baseRevision;
    this.timer = new QuietTimer(() => void this.run(), options.timers);
  }

  get current(): SaveState {
    return this.state;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.running !== null;
  }

  /** Whether anything was written since the article was opened (a close then is a save point). */
  get savedSinceOpen(): boolean {
    return this.baseRevision !== this.options.baseRevision;
  }

  /**
   * After a conflict, takes the version on disk as the new base, so the next save writes the
   * reporter's version over it (the other version is already in the history).
   */
  rebase(revision: number): Promise<void> {
    this.baseRevision = revision;
    this.dirty = true;
    return this.flush();
  }

  /** Something changed: save once the reporter pauses. */
  markDirty(): void {
    this.dirty = true;
    if (this.state.kind !== 'failed') this.setState({ kind: 'pending' });
    this.timer.after(this.options.delayMs ?? 1000);
  }

  /** Saves now whatever is unsaved; resolves when it is written or has failed. */
  flush(): Promise<void> {
    this.timer.cancel();
    return this.run();
  }

  dispose(): void {
    this.timer.cancel();
  }

  private run(): Promise<void> {
    if (this.running) return this.running.then(() => (this.dirty ? this.run() : undefined));
    if (!this.dirty) return Promise.resolve();
    this.running = this.saveWhileDirty().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async saveWhileDirty(): Promise<void> {
    while (this.dirty) {
      this.dirty = false;
      const patch = this.options.collect();
      this.setState({ kind: 'saving' });
      try {
        const saved = await this.options.save(patch, this.baseRevision);
        this.baseRevision = saved.revision;
        this.failures = 0;
        this.options.onSaved?.(saved);
      } catch (error) {
        this.dirty = true;
        const willRetry = this.options.isRetryable?.(error) ?? true;
        const code = (error as { code?: unknown }).code;
        this.setState({ kind: 'failed', message: errorText(error), willRetry, ...(typeof code === 'string' ? { code } : {}) });
        if (willRetry) this.timer.after(Math.min(MAX_RETRY_MS, 2000 * 2 ** this.failures++));
        return;
      }
    }
    this.setState({ kind: 'saved' });
  }

  private setState(state: SaveState): void {
    // Told only of changes: every keystroke marks the article dirty, and must not re-render anything.
    const before = this.state;
    if (before.kind === state.kind && (before.kind !== 'failed' || (state.kind === 'failed' && before.message === state.message && before.willRetry === state.willRetry))) return;
    this.state = state;
    this.options.onState?.(state);
  }
}

/** The header's fields as a save sends them (everything but the body). */
export type FieldsPatch = Omit<SavePatch, 'body' | 'bodyChange'>;

/**
 * What of the body a save sends. The body travels only when it changed since the last save that
 * got through (a header edit in a long article serializes and sends no body, and the library checks
 * none), and then only the top-level blocks that differ from the body the library holds, as opened
 * and then as each save left it: typing in a long article sends the paragraph typed in.
 */
export class ChangedBlocks {
  private versions = { edited: 0, collected: 0, saved: 0 };
  /** The body as the library holds it; null: send the whole body. */
  private stored: PmNode | null = null;
  /** The body the save under way was collected from. */
  private sent: PmNode | null = null;

  constructor(
    private readonly fields: () => FieldsPatch,
    /** The editor's document now; null before the editor is drawn. */
    private readonly doc: () => PmNode | null,
  ) {}

  /** The editor is drawn with the body the library holds. */
  opened(doc: PmNode): void {
    this.stored = doc;
  }

  /** The body changed (typing, mostly). */
  edited(): void {
    this.versions.edited++;
  }

  /** The next save sends the whole body, even if it was saved before (the reporter's version goes over another). */
  sendWhole(): void {
    this.versions.saved = -1;
    this.stored = null;
  }

  /** What the next save sends: the fields, and the body or the blocks of it that changed. */
  collect(): SavePatch {
    this.versions.collected = this.versions.edited;
    this.sent = null;
    const doc = this.doc();
    if (this.versions.edited === this.versions.saved || !doc) return { ...this.fields() };
    this.sent = doc;
    return this.stored ? { ...this.fields(), bodyChange: blockChange(this.stored, doc) } : { ...this.fields(), body: wholeBody(doc) };
  }

  /** The article as the reporter sees it, body whole (kept aside as a revision, say). */
  whole(): SavePatch {
    const doc = this.doc();
    return doc ? { ...this.fields(), body: wholeBody(doc) } : { ...this.fields() };
  }

  /**
   * Writes a collected patch with `write`; when the library's body is not the one the change was
   * made against (`isOutOfStep`: rewritten by another tool without a new revision), sends the body
   * whole instead. A save that gets through becomes the body the next change is made against.
   */
  async save(patch: SavePatch, write: (patch: SavePatch) => Promise<ArticleSummary>, isOutOfStep: (error: unknown) => boolean): Promise<ArticleSummary> {
    const sent = this.sent;
    let saved: ArticleSummary;
    try {
      saved = await write(patch);
    } catch (error) {
      if (!isOutOfStep(error) || !sent) throw error;
      const { bodyChange: _change, ...rest } = patch;
      saved = await write({ ...rest, body: wholeBody(sent) });
    }
    this.versions.saved = this.versions.collected;
    if (sent) this.stored = sent;
    return saved;
  }
}
