import { ArticlePatch, BodyShapeError, cleanBodyAgainst, describeIssues, type Article } from '../article';
import { errorText, message } from '../messages';
import { deepNfc } from '../text';
import { LibraryError } from '../store/errors';

/**
 * Blocks of the body replaced in place: `remove` blocks from `at` give way to `insert`. `length` is
 * how many blocks the sender believes the stored body has: the change applies only to that body.
 */
export interface BodyChange {
  at: number;
  remove: number;
  insert: unknown[];
  length: number;
}

/**
 * What a save may change, the body's blocks not yet checked (the library checks them): the whole
 * body, or only the blocks that changed since the revision the save starts from.
 */
export type PatchInput = Omit<ArticlePatch, 'body'> & { body?: { type: 'doc'; content: unknown[] } | undefined; bodyChange?: BodyChange | undefined };
const FieldsPatch = ArticlePatch.omit({ body: true });

/** The stored blocks with a change applied; refused when the change was made against another body. */
function changedBody(stored: unknown[], change: BodyChange): { type: 'doc'; content: unknown[] } {
  const { at, remove, insert, length } = change;
  if (length !== stored.length || !Number.isInteger(at) || !Number.isInteger(remove) || at < 0 || remove < 0 || at + remove > stored.length) {
    throw new LibraryError('out-of-step', message('outOfStep', { given: length, stored: stored.length }));
  }
  return { type: 'doc', content: [...stored.slice(0, at), ...insert, ...stored.slice(at + remove)] };
}

/**
 * `base` is a stored (valid, NFC) article; only what the patch brings is normalized and checked,
 * and of a body only the blocks that differ from the stored ones (see cleanBodyAgainst).
 */
export function withPatch(base: Article, rawPatch: PatchInput): Article {
  const { body: wholeBody, bodyChange, ...fields } = rawPatch;
  const parsed = FieldsPatch.safeParse(fields);
  if (!parsed.success) throw new LibraryError('invalid', message('cannotSave', { reason: describeIssues(parsed.error) }));
  const patch = deepNfc(parsed.data);
  const body = bodyChange ? changedBody(base.body.content, bodyChange) : wholeBody;
  if (body === undefined) return { ...base, ...patch };
  try {
    return { ...base, ...patch, body: cleanBodyAgainst(base.body, body) };
  } catch (error) {
    if (error instanceof BodyShapeError) throw new LibraryError('invalid', message('cannotSave', { reason: describeIssues(error.issues) }));
    throw new LibraryError('invalid', message('bodyCannotSave', { reason: errorText(error) }));
  }
}
