import { getSchema } from '@tiptap/core';
import { Fragment, Slice, type Node as PmNode } from '@tiptap/pm/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../electron/core/schema';
import { blockChange, wholeBody } from '../../renderer/article/bodyChange';

const schema = getSchema(bodyExtensions());
const paragraph = (text: string): PmNode => schema.nodes.paragraph!.create(null, text ? schema.text(text) : null);
const doc = (blocks: PmNode[]): PmNode => schema.nodes.doc!.create(null, Fragment.fromArray(blocks));

describe('the blocks an autosave sends', () => {
  it('are exactly what turns the stored body into the edited one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 12 }),
        fc.nat(12),
        fc.nat(4),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }),
        (texts, at, remove, added) => {
          const saved = doc(texts.map(paragraph));
          // An edit keeps every block it does not touch as the same object, as ProseMirror does.
          const children: PmNode[] = [];
          saved.forEach((child) => children.push(child));
          children.splice(Math.min(at, children.length), remove, ...added.map(paragraph));
          fc.pre(children.length > 0);
          const now = doc(children);
          const change = blockChange(saved, now);
          const stored = wholeBody(saved).content as unknown[];
          expect(change.length).toBe(stored.length);
          const applied = [...stored.slice(0, change.at), ...change.insert, ...stored.slice(change.at + change.remove)];
          expect(applied).toEqual(wholeBody(now).content);
          expect(change.insert.length).toBeLessThanOrEqual(added.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hold one paragraph when one was typed in, however long the article', () => {
    const saved = doc(Array.from({ length: 2000 }, (_, i) => paragraph(`Đoạn ${i}`)));
    let pos = 3;
    for (let i = 0; i < 1000; i++) pos += saved.child(i).nodeSize;
    const typed = saved.replace(pos, pos, new Slice(Fragment.from(schema.text('ă')), 0, 0));
    expect(typed.child(1000).textContent).toBe('Đoăạn 1000');
    expect(blockChange(saved, typed)).toEqual({ at: 1000, remove: 1, insert: [typed.child(1000).toJSON()], length: 2000 });
    expect(blockChange(saved, saved)).toEqual({ at: 2000, remove: 0, insert: [], length: 2000 });
  });
});
