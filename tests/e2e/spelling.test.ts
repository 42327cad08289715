import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotDir, useSession, waitSaved } from './harness';

const ctx = useSession();

const paragraph = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const flagged = () => ctx.page.locator('.ProseMirror .misspelled').allInnerTexts();

describe('spell checking in the editor (offline dictionaries)', () => {
  it('flags misspelled Vietnamese words, and offers spellings, adding to the dictionary and ignoring', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({ headline: 'Chính tả', language: 'vi', body: paragraph('Người dân nguời thành phố Huế đi trên đưòng mới.') });
    await ctx.openArticle(article.id);
    await expect.poll(flagged).toEqual(['nguời', 'Huế', 'đưòng']);

    // A spelling from the menu replaces the word, and is saved as any edit is.
    await ctx.page.locator('.misspelled', { hasText: 'nguời' }).click({ button: 'right' });
    const menu = ctx.page.getByRole('menu', { name: 'Spelling of “nguời”' });
    await expect.poll(() => menu.getByRole('menuitem').first().innerText()).toBe('người');
    expect(await ctx.page.evaluate(() => document.activeElement?.textContent)).toBe('người');
    await ctx.page.screenshot({ path: join(await screenshotDir(), 'spelling-vi.png') });
    await menu.getByRole('menuitem', { name: 'người', exact: true }).click();
    await expect.poll(flagged).toEqual(['Huế', 'đưòng']);
    await waitSaved(ctx.page);
    expect((await ctx.workstation.library.get(article.id)).body.content[0]).toMatchObject({ content: [{ text: 'Người dân người thành phố Huế đi trên đưòng mới.' }] });

    // Added to the library's dictionary: never flagged again, in any article.
    await ctx.page.locator('.misspelled', { hasText: 'Huế' }).click({ button: 'right' });
    await ctx.page.getByRole('menuitem', { name: 'Add to dictionary' }).click();
    await expect.poll(flagged).toEqual(['đưòng']);
    expect(JSON.parse(await readFile(join(ctx.workstation.root, 'dictionary.json'), 'utf8'))).toEqual({ version: 1, words: ['Huế'] });

    // Ignored: in this window only; the menu closes with Escape as well.
    await ctx.page.locator('.misspelled', { hasText: 'đưòng' }).click({ button: 'right' });
    await ctx.page.getByRole('menu', { name: 'Spelling of “đưòng”' }).waitFor();
    await ctx.page.keyboard.press('Escape');
    await expect.poll(() => ctx.page.getByRole('menu').count()).toBe(0);
    await ctx.page.locator('.misspelled', { hasText: 'đưòng' }).click({ button: 'right' });
    await ctx.page.getByRole('menuitem', { name: 'Ignore' }).click();
    await expect.poll(flagged).toEqual([]);

    // Typing: the word being written is left alone until the caret leaves it.
    await ctx.page.getByRole('textbox', { name: 'Article body' }).press('End');
    await ctx.page.keyboard.type(' Viêt');
    await ctx.page.waitForTimeout(1500);
    expect(await flagged()).toEqual([]);
    await ctx.page.keyboard.type(' Nam');
    await expect.poll(flagged).toEqual(['Viêt']);
  });

  it('checks an English article against the English dictionary, and again when its language changes', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({ headline: 'Spelling', language: 'en', body: paragraph('The reportr filed her story before the deadline.') });
    await ctx.openArticle(article.id);
    await expect.poll(flagged).toEqual(['reportr']);
    await ctx.page.getByLabel('Language').selectOption('vi');
    // In Vietnamese, every English word is unknown.
    await expect.poll(async () => (await flagged()).length).toBeGreaterThan(4);
  });
});
