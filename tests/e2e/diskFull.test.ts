import { describe, expect, it } from 'vitest';
import { diskFault, useSession, waitSaved } from './harness';

const ctx = useSession();

describe.each([
  ['ENOSPC', /^Not saved: Could not save the article: the disk is full/],
  ['EACCES', /^Not saved: Could not save the article: permission denied/],
] as const)('when the disk refuses (%s)', (code, message) => {
  it('says "Not saved" and why, lets typing go on, keeps the edit and saves it once the disk takes it', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({ headline: 'Đĩa đầy' });
    await ctx.openArticle(article.id);
    const body = ctx.page.getByRole('textbox', { name: 'Article body' });
    await body.click();
    diskFault.code = code;
    await ctx.page.keyboard.type('Phóng viên vẫn gõ');
    const state = ctx.page.getByTestId('save-state');
    await expect.poll(() => state.innerText(), { timeout: 10_000 }).toMatch(message);
    await ctx.page.keyboard.type(' khi đĩa đầy.');
    expect(await body.innerText()).toBe('Phóng viên vẫn gõ khi đĩa đầy.');
    expect(await state.innerText()).toMatch(message);
    expect(JSON.stringify((await ctx.workstation.library.get(article.id)).body)).not.toContain('Phóng viên');

    diskFault.code = null;
    // The retry comes by itself; no keystroke is needed.
    await waitSaved(ctx.page);
    expect(JSON.stringify((await ctx.workstation.library.get(article.id)).body)).toContain('Phóng viên vẫn gõ khi đĩa đầy.');
  });
});
