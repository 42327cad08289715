import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePhoto } from '../helpers/photos';
import { screenshotDir, useSession } from './harness';

const ctx = useSession();

describe('export from the workstation', () => {
  it('exports from the dialog, after saving what was just typed, and shows the preview with no script running', async () => {
    await ctx.start();
    const created = await ctx.workstation.library.create({
      headline: 'Lễ hội pháo hoa Đà Nẵng <script>window.parent.document.title="pwned"</script>',
      sapo: 'Đêm khai mạc thu hút hàng vạn người xem.',
      byline: ['Ngọc Trâm'],
      dateline: { place: 'Đà Nẵng', date: '2026-06-01' },
    });
    const { article } = await ctx.workstation.library.photos.add(
      created.id,
      await makePhoto({ width: 1200, height: 800, xmp: { description: 'Pháo hoa trên sông Hàn', creator: 'Ngọc Trâm' } }),
      'phao-hoa.jpg',
      {
        alt: 'Pháo hoa nở trên mặt sông',
      },
    );
    await ctx.openArticle(article.id);
    await ctx.page.reload();
    const body = ctx.page.getByRole('textbox', { name: 'Article body' });
    await body.locator('p').first().click();
    await ctx.page.keyboard.type('Chữ vừa gõ xong.');

    await ctx.page.getByRole('button', { name: 'Export…' }).click();
    const dialog = ctx.page.getByRole('dialog', { name: /^Export/ });
    expect(await dialog.getByLabel('Export into').inputValue()).toBe(ctx.workstation.exportsFolder);
    await dialog.getByRole('radio', { name: /Web page/ }).check();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const done = dialog.getByRole('status');
    await expect.poll(() => done.innerText()).toMatch(/Exported to/);
    await ctx.page.screenshot({ path: join(await screenshotDir(), 'export-vi.png') });

    const folder = join(ctx.workstation.exportsFolder, 'le-hoi-phao-hoa-da-nang-script-window-parent-document-title-pwned-script-html');
    expect((await readdir(folder)).sort()).toEqual(['images', 'index.html']);
    const html = await readFile(join(folder, 'index.html'), 'utf8');
    expect(html).toContain('Chữ vừa gõ xong.');
    expect(html).toContain('<figcaption>Pháo hoa trên sông Hàn <span class="credit">ẢNH: NGỌC TRÂM</span></figcaption>');
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The preview: the same export, in a frame where nothing runs.
    await ctx.page.getByRole('button', { name: 'Preview' }).click();
    const frameElement = ctx.page.locator('iframe[title="Export preview"]');
    await frameElement.waitFor();
    expect(await frameElement.getAttribute('sandbox')).toBe('');
    const frame = ctx.page.frameLocator('iframe[title="Export preview"]');
    await expect.poll(() => frame.locator('h1').innerText()).toContain('Lễ hội pháo hoa Đà Nẵng <script>');
    await expect.poll(() => frame.locator('figure img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
    expect(await frame.locator('figcaption .credit').innerText()).toBe('ẢNH: NGỌC TRÂM');
    expect(await ctx.page.title()).toBe('Copydesk');
    await ctx.page.screenshot({ path: join(await screenshotDir(), 'preview-vi.png') });
    await ctx.page.getByRole('button', { name: 'Close' }).click();
  });
});
