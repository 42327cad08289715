import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getSchema } from '@tiptap/core';
import { Fragment, Slice, type Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../electron/core/article/summary';
import { Library, LibraryError } from '../../electron/core/library';
import { bodyExtensions } from '../../electron/core/schema';
import { ChangedBlocks, type FieldsPatch, type SavePatch } from '../../renderer/article/saveController';
import { sequentialIds, steppingClock, useTempDirs } from '../helpers/tempDir';

const schema = getSchema(bodyExtensions());
const tempDir = useTempDirs();
const paragraphs = (count: number) => Array.from({ length: count }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Đoạn ${i + 1}.` }] }));

/** Types `text` at the start of block `index`, as the editor would (the other blocks stay the same objects). */
function typeInto(doc: PmNode, index: number, text: string): PmNode {
  let pos = 1;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return doc.replace(pos, pos, new Slice(Fragment.from(schema.text(text)), 0, 0));
}

/** An article in a real library, opened as the article screen opens it, saved through the real core. */
async function opened() {
  const library = await Library.open({ root: await tempDir(), create: true, clock: steppingClock(), newId: sequentialIds() });
  const article = await library.create({ headline: 'Lũ ở miền Trung', body: { type: 'doc', content: paragraphs(40) } });
  let doc = schema.nodeFromJSON(article.body);
  let fields: FieldsPatch = { headline: article.headline };
  let revision = article.revision;
  const blocks = new ChangedBlocks(
    () => fields,
    () => doc,
  );
  blocks.opened(doc);
  const sent: SavePatch[] = [];
  const save = async (): Promise<void> => {
    const saved = await blocks.save(
      blocks.collect(),
      async (patch) => {
        sent.push(patch);
        return summarize(await library.save(article.id, patch, revision));
      },
      (error) => error instanceof LibraryError && error.code === 'out-of-step',
    );
    revision = saved.revision;
  };
  return {
    library,
    id: article.id,
    sent,
    save,
    edit(next: PmNode) {
      doc = next;
      blocks.edited();
    },
    retitle(headline: string) {
      fields = { headline };
    },
    blocks,
    doc: () => doc,
  };
}

describe('what of the body an autosave sends', () => {
  it('sends the one paragraph typed in, and the library then holds the editor’s body', async () => {
    const screen = await opened();
    screen.edit(typeInto(screen.doc(), 20, 'Mới: '));
    await screen.save();
    expect(screen.sent[0]).toEqual({ headline: 'Lũ ở miền Trung', bodyChange: { at: 20, remove: 1, insert: [screen.doc().child(20).toJSON()], length: 40 } });
    expect((await screen.library.get(screen.id)).body).toEqual(screen.doc().toJSON());
    // The next change is made against the body that save left.
    screen.edit(typeInto(screen.doc(), 3, 'Thêm '));
    await screen.save();
    expect(screen.sent[1]?.bodyChange).toMatchObject({ at: 3, remove: 1, length: 40 });
    expect((await screen.library.get(screen.id)).body).toEqual(screen.doc().toJSON());
  });

  it('sends no body when only the header changed', async () => {
    const screen = await opened();
    screen.edit(typeInto(screen.doc(), 0, 'A'));
    await screen.save();
    screen.retitle('Lũ ở miền Trung: cập nhật');
    await screen.save();
    expect(screen.sent[1]).toEqual({ headline: 'Lũ ở miền Trung: cập nhật' });
  });

  it('sends the whole body when the library’s body is not the one the change was made against', async () => {
    const screen = await opened();
    // Another tool adds a paragraph to the file without a new revision.
    const file = join(screen.library.root, 'articles', screen.id, 'article.json');
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    onDisk.body.content.push(...paragraphs(1));
    await writeFile(file, JSON.stringify(onDisk));
    screen.edit(typeInto(screen.doc(), 5, 'Sửa '));
    await screen.save();
    expect(screen.sent.map((patch) => Object.keys(patch).sort())).toEqual([
      ['bodyChange', 'headline'],
      ['body', 'headline'],
    ]);
    expect((await screen.library.get(screen.id)).body).toEqual(screen.doc().toJSON());
  });

  it('sends the whole body after the reporter keeps their version over another, even if it was saved before', async () => {
    const screen = await opened();
    screen.edit(typeInto(screen.doc(), 1, 'X'));
    await screen.save();
    screen.blocks.sendWhole();
    await screen.save();
    expect(screen.sent[1]).toEqual({ headline: 'Lũ ở miền Trung', body: screen.doc().toJSON() });
    expect(screen.blocks.whole()).toEqual({ headline: 'Lũ ở miền Trung', body: screen.doc().toJSON() });
  });
});
