import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotDir, storedArticle, useSession, waitSaved } from './harness';

const ctx = useSession();

describe('the library changing under the window, in the browser harness', () => {
  it('shows what another tool added or removed when the window comes back, and draws a long list a page at a time', async () => {
    await ctx.start();
    for (let i = 1; i <= 99; i++) await ctx.workstation.library.create({ headline: `Tin số ${i}` });
    const list = ctx.page.getByRole('list', { name: 'Articles' });
    const rows = list.getByRole('button', { name: /^Tin số|^Chép từ máy khác/ });
    // Another tool (a sync client, say) writes an article straight into the folder.
    const copied = '20260301-777777';
    const template = await storedArticle(ctx.workstation, (ctx.workstation.library.list()[0] as { id: string }).id);
    await mkdir(join(ctx.workstation.root, 'articles', copied), { recursive: true });
    await writeFile(join(ctx.workstation.root, 'articles', copied, 'article.json'), JSON.stringify({ ...template, id: copied, headline: 'Chép từ máy khác', updatedAt: '2030-01-01T00:00:00.000Z' }));
    await ctx.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => rows.first().innerText()).toMatch(/Chép từ máy khác/);
    // The rows that fill the window are drawn, and the rest as the list is scrolled.
    const drawnAndSaid = async (): Promise<number> => {
      const drawn = await rows.count();
      return (await list.innerText()).includes(`${100 - drawn} more…`) ? drawn : 0;
    };
    await expect.poll(drawnAndSaid).toBeGreaterThan(0);
    expect(await rows.count()).toBeLessThan(100);
    // Enough of them to fill the list: it can be scrolled before any more are drawn.
    expect(await list.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    await expect
      .poll(async () => {
        await list.evaluate((element) => element.scrollTo(0, element.scrollHeight));
        return rows.count();
      })
      .toBe(100);
    await rename(join(ctx.workstation.root, 'articles', copied), join(ctx.workstation.root, 'moved-away'));
    await ctx.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => rows.count()).toBe(99);
    expect(await list.innerText()).not.toMatch(/Chép từ máy khác/);
  });

  it('keeps the whole list when the index is corrupted, and flags a damaged article', async () => {
    await ctx.start();
    const kept = await ctx.workstation.library.create({ headline: 'Bài vẫn còn' });
    const damaged = await ctx.workstation.library.create({ headline: 'Bài sẽ hỏng' });
    const third = await ctx.workstation.library.create({ headline: 'Bài thứ ba' });
    await writeFile(join(ctx.workstation.root, 'library.json'), '{"schemaVersion": 1, "articles": {"broken');
    const damagedBytes = '{"schemaVersion": 1, "headline": "Bài sẽ h';
    await writeFile(join(ctx.workstation.root, 'articles', damaged.id, 'article.json'), damagedBytes);
    await ctx.workstation.restart();
    await ctx.page.reload();
    const list = ctx.page.getByRole('list', { name: 'Articles' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(3);
    expect(await list.innerText()).toContain('Bài vẫn còn');
    expect(await list.innerText()).toContain('Bài thứ ba');
    expect(await list.innerText()).toMatch(/Damaged article[\s\S]*not valid JSON/);
    expect(await ctx.page.getByRole('status').filter({ hasText: 'rebuilt' }).count()).toBe(1);
    await ctx.page
      .getByRole('button', { name: /Bài thứ ba/ })
      .first()
      .click();
    await expect.poll(() => ctx.page.getByPlaceholder('Headline').inputValue()).toBe('Bài thứ ba');
    expect(await readFile(join(ctx.workstation.root, 'articles', damaged.id, 'article.json'), 'utf8')).toBe(damagedBytes);
    void kept;
    void third;
  });

  it('moves an article to the trash after confirmation and restores it', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({ headline: 'Bài cần xóa' });
    await ctx.page.reload();
    await ctx.page.getByRole('button', { name: 'Move “Bài cần xóa” to trash' }).click({ force: true });
    const dialog = ctx.page.getByRole('dialog', { name: 'Move to trash?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await ctx.page.getByRole('list', { name: 'Articles' }).innerText()).toContain('Bài cần xóa');
    await ctx.page.getByRole('button', { name: 'Move “Bài cần xóa” to trash' }).click({ force: true });
    await dialog.getByRole('button', { name: 'Move to trash' }).click();
    await expect.poll(() => ctx.page.getByRole('list', { name: 'Articles' }).innerText()).toContain('No articles yet.');
    await ctx.page.getByRole('button', { name: 'Trash (1)' }).click();
    await ctx.page.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => ctx.page.getByRole('list', { name: 'Articles' }).innerText()).toContain('Bài cần xóa');
    expect((await ctx.workstation.library.get(article.id)).headline).toBe('Bài cần xóa');
  });

  it('keeps both versions when the file changed elsewhere, and lets the reporter pick', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({ headline: 'Hai nơi cùng sửa' });
    await ctx.openArticle(article.id);
    const body = ctx.page.getByRole('textbox', { name: 'Article body' });
    await body.click();
    await ctx.workstation.library.save(article.id, { sapo: 'Sửa từ máy khác.' });
    await ctx.page.keyboard.type('Chữ của phóng viên');
    await ctx.page
      .getByTestId('save-state')
      .filter({ hasText: /^Not saved: This article was changed outside this window/ })
      .waitFor();
    const banner = ctx.page.getByRole('alert').filter({ hasText: 'Both versions are kept' });
    await banner.waitFor();
    expect(await body.innerText()).toBe('Chữ của phóng viên');
    expect((await ctx.workstation.library.get(article.id)).sapo).toBe('Sửa từ máy khác.');
    expect((await ctx.workstation.library.history.list(article.id))[0]).toMatchObject({ reason: 'conflict' });

    // Keeping mine writes it over the other, which stays in the history.
    await banner.getByRole('button', { name: 'Keep my version' }).click();
    await waitSaved(ctx.page);
    const saved = await ctx.workstation.library.get(article.id);
    expect(JSON.stringify(saved.body)).toContain('Chữ của phóng viên');
    expect(saved.sapo).toBe('');
    const kept = (await ctx.workstation.library.history.list(article.id)).find((revision) => revision.reason === 'conflict');
    expect((await ctx.workstation.library.history.get(article.id, kept?.id ?? '')).sapo).toBe('Sửa từ máy khác.');
  });

  it('takes the other version when asked, keeping the reporter’s in the history', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({ headline: 'Bản của ai' });
    await ctx.openArticle(article.id);
    await ctx.page.getByRole('textbox', { name: 'Article body' }).click();
    await ctx.workstation.library.save(article.id, { headline: 'Bản của máy khác' });
    await ctx.page.keyboard.type('Bản nháp của tôi');
    const banner = ctx.page.getByRole('alert').filter({ hasText: 'Both versions are kept' });
    await banner.getByRole('button', { name: 'Take the other version' }).click();
    await expect.poll(() => ctx.page.getByPlaceholder('Headline').inputValue()).toBe('Bản của máy khác');
    await ctx.page.getByRole('button', { name: 'History' }).click();
    const history = ctx.page.getByRole('dialog', { name: 'History' });
    await history
      .getByRole('list', { name: 'Revisions' })
      .getByRole('button', { name: /Bản của ai.*other version kept/ })
      .first()
      .click();
    await expect.poll(() => history.locator('.history-text').innerText()).toContain('Bản nháp của tôi');
    await ctx.page.screenshot({ path: join(await screenshotDir(), 'history-vi.png') });
    await history.getByRole('button', { name: 'Restore this version' }).click();
    await expect.poll(() => ctx.page.getByPlaceholder('Headline').inputValue()).toBe('Bản của ai');
    await expect.poll(() => ctx.page.getByRole('textbox', { name: 'Article body' }).innerText()).toBe('Bản nháp của tôi');
    expect((await ctx.workstation.library.history.list(article.id))[0]).toMatchObject({ reason: 'before-restore', headline: 'Bản của máy khác' });
  });

  it('saves what was typed when the page goes away before the autosave', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({ headline: 'Đóng ngay' });
    await ctx.openArticle(article.id);
    await ctx.page.getByRole('textbox', { name: 'Article body' }).click();
    await ctx.page.keyboard.type('Gõ xong đóng luôn');
    await ctx.page.close({ runBeforeUnload: true });
    await expect.poll(async () => JSON.stringify((await ctx.workstation.library.get(article.id)).body), { timeout: 5000 }).toContain('Gõ xong đóng luôn');
    await ctx.reopen();
  });
});
