import type { Node as PmNode } from '@tiptap/pm/model';
import type { BodyDoc } from '../../electron/core/article/schema';
import type { VerbInput } from '../../electron/contract';

export type BodyChange = NonNullable<VerbInput<'saveArticle'>['patch']['bodyChange']>;

/**
 * The blocks of `now` that are not those of `saved`, as a change to `saved`. ProseMirror keeps the
 * blocks an edit did not touch as the very same objects, so comparing them costs nothing, and an
 * autosave of a long article serializes and sends the paragraph that was typed in, not the whole.
 */
export function blockChange(saved: PmNode, now: PmNode): BodyChange {
  const before = saved.childCount;
  const after = now.childCount;
  let at = 0;
  while (at < before && at < after && saved.child(at) === now.child(at)) at++;
  let endBefore = before;
  let endAfter = after;
  while (endBefore > at && endAfter > at && saved.child(endBefore - 1) === now.child(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  const insert: unknown[] = [];
  for (let i = at; i < endAfter; i++) insert.push(now.child(i).toJSON());
  return { at, remove: endBefore - at, insert, length: before };
}

/** The whole body, for the first save or when the library's copy is out of step. */
export function wholeBody(doc: PmNode): BodyDoc {
  return { type: 'doc', content: (doc.toJSON() as BodyDoc).content ?? [] };
}
