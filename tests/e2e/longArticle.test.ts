import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSession, waitSaved } from './harness';

const ctx = useSession();

const paragraphs = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `${prefix} ${i + 1}.` }] }));

async function stored(id: string): Promise<{ revision: number; body: { content: { content?: { text: string }[] }[] } }> {
  return JSON.parse(await readFile(join(ctx.workstation.root, 'articles', id, 'article.json'), 'utf8'));
}

/** Puts the caret at the end of the body's block `index`. */
async function caretAtEndOf(index: number): Promise<void> {
  await ctx.page.evaluate((at) => {
    const editor = (
      document.querySelector('.ProseMirror') as unknown as {
        editor: { state: { doc: { child(i: number): { nodeSize: number } } }; view: { focus(): void }; commands: { setTextSelection(pos: number): void } };
      }
    ).editor;
    let pos = 0;
    for (let i = 0; i <= at; i++) pos += editor.state.doc.child(i).nodeSize;
    editor.commands.setTextSelection(pos - 1);
    // At once: TipTap's focus command waits a frame, and the first keys would land elsewhere.
    editor.view.focus();
  }, index);
}

describe('autosave in a long article', () => {
  it('sends only the paragraph typed in, and the file holds exactly what the editor shows', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({ headline: 'Bài dài', body: { type: 'doc', content: paragraphs(400, 'Đoạn văn số') } });
    const saves: string[] = [];
    ctx.page.on('request', (request) => request.url().endsWith('/api/saveArticle') && saves.push(request.postData() ?? ''));
    await ctx.openArticle(article.id);
    await ctx.page.getByRole('textbox', { name: 'Article body' }).waitFor();
    await caretAtEndOf(200);
    await ctx.page.keyboard.type(' Thêm một câu.');
    await waitSaved(ctx.page);
    const sent = JSON.parse(saves.at(-1) ?? '{}') as { patch: { body?: unknown; bodyChange?: { at: number; remove: number; insert: unknown[]; length: number } } };
    expect(sent.patch.body).toBeUndefined();
    expect(sent.patch.bodyChange).toMatchObject({ at: 200, remove: 1, length: 400, insert: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn văn số 201. Thêm một câu.' }] }] });
    expect((saves.at(-1) ?? '').length).toBeLessThan(1000);
    const onDisk = await stored(article.id);
    expect(onDisk.body.content).toHaveLength(400);
    expect(onDisk.body.content[200]?.content?.[0]?.text).toBe('Đoạn văn số 201. Thêm một câu.');
    expect(onDisk.body.content[201]?.content?.[0]?.text).toBe('Đoạn văn số 202.');
    // Enter splits the paragraph: two blocks go where one was.
    await ctx.page.keyboard.press('Enter');
    await ctx.page.keyboard.type('Đoạn mới.');
    await waitSaved(ctx.page);
    const after = await stored(article.id);
    expect(after.body.content).toHaveLength(401);
    expect(after.body.content.slice(200, 203).map((block) => block.content?.[0]?.text)).toEqual(['Đoạn văn số 201. Thêm một câu.', 'Đoạn mới.', 'Đoạn văn số 202.']);
  });

  it('keeps figures out of view usable once their drawing is skipped', async () => {
    await ctx.start();
    const figure = (caption: string) => ({ type: 'figure', attrs: { src: null, credit: '', agency: '', alt: '' }, content: [{ type: 'text', text: caption }] });
    const content = [...paragraphs(150, 'Mở đầu'), figure('Ảnh giữa bài'), ...paragraphs(150, 'Tiếp theo'), figure('Ảnh cuối bài')];
    const article = await ctx.workstation.library.create({ headline: 'Bài nhiều ảnh', body: { type: 'doc', content } });
    await ctx.openArticle(article.id);
    await ctx.page.locator('.body-content.settled').waitFor();
    // Both figures are far from the top: their fields were drawn after the article opened.
    await expect.poll(() => ctx.page.locator('.figure-block .figure-credit').count()).toBe(2);
    const last = ctx.page.locator('.figure-block').last();
    expect(await last.evaluate((element) => getComputedStyle(element).contentVisibility)).toBe('auto');
    await last.locator('.figure-credit').fill('Lê Minh');
    await waitSaved(ctx.page);
    const onDisk = (await stored(article.id)) as unknown as { body: { content: { type: string; attrs?: { credit?: string } }[] } };
    expect(onDisk.body.content.filter((block) => block.type === 'figure').map((block) => block.attrs?.credit)).toEqual(['', 'Lê Minh']);
    expect(await last.locator('.figure-gaps').innerText()).toBe('Missing: photo, alt text');
  });

  it('sends the whole body when the file’s body is not the one the change was made against', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({ headline: 'Bị sửa ngoài', body: { type: 'doc', content: paragraphs(3, 'Câu') } });
    const answers: string[] = [];
    ctx.page.on('response', async (response) => {
      if (!response.url().endsWith('/api/saveArticle')) return;
      const sent = JSON.parse(response.request().postData() ?? '{}') as { patch: object };
      const answer = (await response.json()) as { ok: boolean; error?: { code: string } };
      answers.push(`${'bodyChange' in sent.patch ? 'change' : 'whole'} → ${answer.ok ? 'ok' : answer.error?.code}`);
    });
    await ctx.openArticle(article.id);
    await ctx.page.getByRole('textbox', { name: 'Article body' }).waitFor();
    // A careless tool adds a paragraph without counting a revision.
    const file = join(ctx.workstation.root, 'articles', article.id, 'article.json');
    const changed = await stored(article.id);
    await writeFile(file, JSON.stringify({ ...changed, body: { type: 'doc', content: [...changed.body.content, ...paragraphs(1, 'Thêm ngoài')] } }));
    await caretAtEndOf(1);
    await ctx.page.keyboard.type(' sửa');
    await waitSaved(ctx.page);
    const onDisk = await stored(article.id);
    expect(onDisk.body.content.map((block) => block.content?.[0]?.text)).toEqual(['Câu 1.', 'Câu 2. sửa', 'Câu 3.']);
    await expect.poll(() => answers).toEqual(['change → out-of-step', 'whole → ok']);
  });
});
