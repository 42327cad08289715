import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SVG_WITH_SCRIPT, makePhoto, withIptc } from '../helpers/photos';
import { composeIme, useSession, waitSaved } from './harness';

const ctx = useSession();

async function openArticle(headline = 'Bài có ảnh'): Promise<string> {
  await ctx.start();
  const article = await ctx.workstation.library.create({ headline, sapo: 'Sapo của bài.', byline: ['Lê Minh'] });
  await ctx.openArticle(article.id);
  await ctx.page.getByRole('textbox', { name: 'Article body' }).click();
  await ctx.page.keyboard.type('Đoạn mở đầu của bài.');
  return article.id;
}

async function photoFile(name: string, bytes: Buffer): Promise<string> {
  // Beside the articles, inside the temp library that is removed after the test.
  const dir = join(ctx.workstation.root, 'incoming');
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

const figures = () => ctx.page.locator('.figure-block');

async function photoLoaded(index: number): Promise<boolean> {
  return figures()
    .nth(index)
    .locator('img')
    .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
}

/** Drops or pastes files into the editor the way the ctx.browser does, with a DataTransfer. */
async function sendFiles(kind: 'paste' | 'drop', files: { name: string; type: string; base64: string }[]): Promise<void> {
  await ctx.page.evaluate(
    ({ kind, files }) => {
      const data = new DataTransfer();
      for (const file of files) data.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.type }));
      const editor = document.querySelector('.body-editor') as HTMLElement;
      const box = editor.getBoundingClientRect();
      const event =
        kind === 'paste'
          ? new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
          : new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, clientX: box.left + 20, clientY: box.top + 10 });
      editor.dispatchEvent(event);
    },
    { kind, files },
  );
}

describe('photos in the editor', () => {
  it('inserts a photo by file picker with caption and credit read from its IPTC, captions it with an IME, and brings it all back', async () => {
    const id = await openArticle();
    const photo = withIptc(await makePhoto({ width: 2600, height: 1700, gps: true }), { caption: 'Tổng Bí thư phát biểu', byline: 'Vũ Lợi', credit: 'TTXVN' });
    await ctx.page.getByTestId('photo-input').setInputFiles(await photoFile('dien-bien.jpg', photo));
    await expect.poll(() => figures().count()).toBe(1);
    await expect.poll(() => photoLoaded(0)).toBe(true);
    const figure = figures().first();
    expect(await figure.locator('figcaption').innerText()).toBe('Tổng Bí thư phát biểu');
    expect(await figure.locator('.figure-credit').inputValue()).toBe('Vũ Lợi');
    expect(await figure.locator('.figure-agency').inputValue()).toBe('TTXVN');
    expect(await figure.locator('.credit-preview').innerText()).toBe('VŨ LỢI/TTXVN');
    expect(await figure.locator('.figure-gaps').innerText()).toBe('Missing: alt text');

    // The cursor is in the caption after inserting: go on writing it with an input method.
    const cdp = await ctx.page.context().newCDPSession(ctx.page);
    await ctx.page.keyboard.type(' tại buổi làm việc với tỉnh ');
    await composeIme(cdp, ['Đ', 'Đi', 'Điê', 'Điện'], 'Điện');
    await ctx.page.keyboard.type(' ');
    await composeIme(cdp, ['B', 'Bi', 'Biê', 'Biên'], 'Biên');
    expect(await figure.locator('figcaption').innerText()).toBe('Tổng Bí thư phát biểu tại buổi làm việc với tỉnh Điện Biên');

    await figure.locator('.figure-alt').fill('Một người phát biểu trước hội trường');
    await expect.poll(() => figure.evaluate((el) => el.classList.contains('has-gaps'))).toBe(false);
    await waitSaved(ctx.page);

    const stored = (await ctx.workstation.library.get(id)).body.content.find((node) => node.type === 'figure');
    expect(stored).toMatchObject({
      attrs: { credit: 'Vũ Lợi', agency: 'TTXVN', alt: 'Một người phát biểu trước hội trường', width: 2048, height: 1339 },
      content: [{ type: 'text', text: 'Tổng Bí thư phát biểu tại buổi làm việc với tỉnh Điện Biên' }],
    });
    expect(JSON.stringify(stored)).not.toMatch(/GPS|latitude/i);

    await ctx.page.reload();
    await expect.poll(() => figures().count()).toBe(1);
    await expect.poll(() => photoLoaded(0)).toBe(true);
    // The photo may arrive before the caption is laid out (figures out of view are drawn lazily).
    await expect.poll(() => figures().first().locator('figcaption').innerText()).toBe('Tổng Bí thư phát biểu tại buổi làm việc với tỉnh Điện Biên');
    expect(await figures().first().locator('.figure-alt').inputValue()).toBe('Một người phát biểu trước hội trường');
    await ctx.page.getByRole('button', { name: 'Ready to export' }).waitFor();
  });

  it('takes a pasted photo, marks what it lacks, and clears the mark as the credit is typed', async () => {
    const id = await openArticle();
    const png = await makePhoto({ format: 'png', width: 800, height: 600 });
    await sendFiles('paste', [{ name: 'image.png', type: 'image/png', base64: png.toString('base64') }]);
    await expect.poll(() => figures().count()).toBe(1);
    await expect.poll(() => photoLoaded(0)).toBe(true);
    const figure = figures().first();
    expect(await figure.locator('.figure-gaps').innerText()).toBe('Missing: caption, credit, alt text');
    await ctx.page.getByRole('button', { name: '3 to fix before export' }).click();
    expect(await ctx.page.getByRole('region', { name: 'Ready-to-export checklist' }).innerText()).toMatch(/Photo 1 is credited/);

    await figure.locator('.figure-credit').click();
    await ctx.page.keyboard.type('Xuân Tư');
    await expect.poll(() => figure.locator('.figure-gaps').innerText()).toBe('Missing: caption, alt text');
    expect(await figure.locator('.credit-preview').innerText()).toBe('XUÂN TƯ');
    await ctx.page.getByRole('button', { name: '2 to fix before export' }).waitFor();
    await waitSaved(ctx.page);
    expect((await ctx.workstation.library.get(id)).body.content.find((node) => node.type === 'figure')?.attrs).toMatchObject({ credit: 'Xuân Tư', mime: 'image/png' });
    await ctx.page.reload();
    await expect.poll(() => figures().first().locator('.figure-credit').inputValue()).toBe('Xuân Tư');
  });

  it('takes several dropped photos in order, moves and removes them, and keeps the files', async () => {
    const id = await openArticle();
    const files = await Promise.all(
      ['#aa3333', '#33aa33', '#3333aa'].map(async (colour, i) => ({ name: `${i}.jpg`, type: 'image/jpeg', base64: (await makePhoto({ colour, width: 300 + i, height: 200 })).toString('base64') })),
    );
    await sendFiles('drop', files);
    await expect.poll(() => figures().count()).toBe(3);
    const widths = () =>
      figures()
        .locator('img')
        .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).width));
    await expect.poll(widths).toEqual([300, 301, 302]);
    await figures().nth(2).hover();
    await figures().nth(2).getByRole('button', { name: 'Move photo up' }).click();
    await expect.poll(widths).toEqual([300, 302, 301]);
    await figures().nth(0).hover();
    await figures().nth(0).getByRole('button', { name: 'Remove the photo from the article' }).click();
    await expect.poll(widths).toEqual([302, 301]);
    await waitSaved(ctx.page);
    const stored = (await ctx.workstation.library.get(id)).body.content.filter((node) => node.type === 'figure');
    expect(stored.map((node) => node.attrs?.width)).toEqual([302, 301]);
    // The removed photo's files stay until an explicit clean-up.
    expect((await readdir(join(ctx.workstation.root, 'articles', id, 'media'))).length).toBe(6);
  });

  it('replaces a photo and keeps its caption and credit', async () => {
    await openArticle();
    await ctx.page.getByTestId('photo-input').setInputFiles(await photoFile('a.jpg', await makePhoto({ width: 400, height: 300 })));
    await expect.poll(() => figures().count()).toBe(1);
    await ctx.page.keyboard.type('Chú thích giữ lại');
    await figures().first().locator('.figure-credit').fill('Ngọc Hà');
    await figures().first().hover();
    await figures().first().getByRole('button', { name: 'Replace the photo, keeping caption and credit' }).click();
    await ctx.page.getByTestId('photo-input').setInputFiles(await photoFile('b.jpg', withIptc(await makePhoto({ width: 500, height: 300 }), { caption: 'Khác', byline: 'Người khác' })));
    await expect
      .poll(() =>
        figures()
          .locator('img')
          .evaluate((img) => (img as HTMLImageElement).width),
      )
      .toBe(500);
    expect(await figures().first().locator('figcaption').innerText()).toBe('Chú thích giữ lại');
    expect(await figures().first().locator('.figure-credit').inputValue()).toBe('Ngọc Hà');
  });

  it('refuses an SVG and a text file named .jpg with a clear message, and adds nothing', async () => {
    const id = await openArticle();
    await ctx.page.getByTestId('photo-input').setInputFiles([await photoFile('logo.svg', SVG_WITH_SCRIPT), await photoFile('note.jpg', Buffer.from('chỉ là chữ'))]);
    const banner = ctx.page.getByRole('alert');
    await expect.poll(() => banner.innerText()).toMatch(/logo\.svg is an SVG drawing.*note\.jpg is not a photo/s);
    expect(await figures().count()).toBe(0);
    expect(await readdir(join(ctx.workstation.root, 'articles', id, 'media'))).toEqual([]);
  });
});
