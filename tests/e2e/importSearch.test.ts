import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotDir, useSession } from './harness';

const ctx = useSession();

// In the shape of agency copy, written for the test.
const WIRE = `date 2026-02-20 Theo TTXVN, chiều nay tỉnh Quảng Ninh khánh thành cây cầu mới nối hai huyện đảo, rút ngắn thời gian đi lại cho hàng nghìn người dân.

Lãnh đạo tỉnh cắt băng khánh thành cây cầu ẢNH: MINH ĐỨC

Cây cầu dài hơn hai cây số, được xây dựng trong ba năm với tổng vốn đầu tư lớn.`;

async function dropOnLibrary(name: string, text: string): Promise<void> {
  await ctx.page.evaluate(
    ({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'text/plain' }));
      const library = document.querySelector('nav[aria-label="Library"]') as HTMLElement;
      library.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      library.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name, text },
  );
}

describe('wire copy in, and search', () => {
  it('imports a wire file dropped on the library, finds it without accents, and opens the hit', async () => {
    await ctx.start();
    await ctx.workstation.library.create({ headline: 'Bài khác về Hạ Long', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Du lịch biển.' }] }] } });
    await ctx.page.reload();
    // Dropped once the library shows, as a reporter sees it.
    await ctx.page.getByRole('button', { name: /^Bài khác về Hạ Long/ }).waitFor();
    await dropOnLibrary('quang-ninh.txt', WIRE);

    // The new article opens at once, with the caption awaiting its photo.
    const body = ctx.page.getByRole('textbox', { name: 'Article body' });
    await expect.poll(() => body.locator('p').first().innerText()).toMatch(/^Theo TTXVN, chiều nay tỉnh Quảng Ninh/);
    const figure = ctx.page.locator('.figure-block');
    // Looked at as a reporter would: scrolled to (a figure out of view is not drawn, and its text
    // as drawn is empty).
    await figure.scrollIntoViewIfNeeded();
    expect(await figure.locator('.figure-awaiting').innerText()).toMatch(/Photo awaited/);
    expect(await figure.locator('figcaption').innerText()).toBe('Lãnh đạo tỉnh cắt băng khánh thành cây cầu');
    expect(await figure.locator('.figure-credit').inputValue()).toBe('Minh Đức');
    expect(await ctx.page.getByLabel('Source').inputValue()).toBe('Theo TTXVN');
    expect(await ctx.page.getByLabel('Date', { exact: true }).inputValue()).toBe('2026-02-20');
    const importedId = /#\/article\/(.+)$/.exec(ctx.page.url())?.[1];

    // Somewhere else, then search for it without accents.
    await ctx.page
      .getByRole('button', { name: /Bài khác về Hạ Long/ })
      .first()
      .click();
    await expect.poll(() => ctx.page.getByPlaceholder('Headline').inputValue()).toBe('Bài khác về Hạ Long');
    const box = ctx.page.getByRole('searchbox', { name: 'Search the library' });
    await box.fill('quang ninh khanh thanh');
    const results = ctx.page.getByRole('list', { name: 'Search results' });
    await expect.poll(() => results.getByRole('listitem').count()).toBe(1);
    // The passage follows the hit.
    await expect.poll(() => results.locator('mark').allInnerTexts()).toEqual(['Quảng', 'Ninh', 'khánh', 'thành']);
    await ctx.page.screenshot({ path: join(await screenshotDir(), 'search-vi.png') });
    await results.getByRole('button').click();
    await expect.poll(() => /#\/article\/(.+)$/.exec(ctx.page.url())?.[1]).toBe(importedId);
    await expect.poll(() => body.locator('p').first().innerText()).toMatch(/Quảng Ninh/);

    // With accents the words must match as typed.
    await box.fill('Quảng Ninh');
    await expect.poll(() => results.getByRole('listitem').count()).toBe(1);
    await box.fill('Quang Nính');
    await expect.poll(() => ctx.page.locator('.sidebar').innerText()).toMatch(/No article matches\./);
    await box.fill('');
    await expect.poll(() => ctx.page.getByRole('list', { name: 'Articles' }).getByRole('listitem').count()).toBe(2);
  });

  it('says what an import mapped or left out, until the reporter dismisses it', async () => {
    await ctx.start();
    const page =
      '<html><body><article><h1>Bảng giá xăng</h1><p>Giá xăng giảm.<script>window.__pwned=1</script></p><table><tr><th colspan="2">Giá</th></tr><tr><td>RON 95</td><td>20.500</td></tr></table></article></body></html>';
    await ctx.page.getByTestId('import-input').setInputFiles({ name: 'gia-xang.html', mimeType: 'text/html', buffer: Buffer.from(page) });
    const notes = ctx.page.locator('.sidebar-notes');
    await expect.poll(() => notes.innerText()).toContain('gia-xang.html imported. On the way in: 1 script or style left out; 1 merged table cell split.');
    await expect.poll(() => ctx.page.getByRole('textbox', { name: 'Article body' }).locator('table td').allInnerTexts()).toEqual(['RON 95', '20.500']);
    await ctx.page.screenshot({ path: join(await screenshotDir(), 'import-notes.png') });
    await notes.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notes.count()).toBe(0);
  });

  it('refuses a binary file named .txt with a clear message and adds nothing', async () => {
    await ctx.start();
    await ctx.page.getByTestId('import-input').setInputFiles({ name: 'anh.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]) });
    await expect.poll(() => ctx.page.getByRole('alert').innerText()).toMatch(/anh\.txt is not a text file/);
    expect(await readdir(join(ctx.workstation.root, 'articles'))).toEqual([]);
  });
});
