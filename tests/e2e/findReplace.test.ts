import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { screenshotDir, useSession, waitSaved } from './harness';

const ctx = useSession();

describe('find and replace in the open article', () => {
  it('finds without accents, steps through matches, replaces one and then all, undoably', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({
      headline: 'Điện Biên',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Tỉnh Điện Biên đón khách. Điện Biên Phủ là thành phố.' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Du khách đến ' }, { type: 'text', text: 'điện biên', marks: [{ type: 'bold' }] }, { type: 'text', text: ' vào mùa hoa ban.' }] },
        ],
      },
    });
    await ctx.openArticle(article.id);
    await ctx.page.reload();
    const body = ctx.page.getByRole('textbox', { name: 'Article body' });
    await body.click();
    await ctx.page.keyboard.press('Control+Home');
    await ctx.page.keyboard.press('Control+h');
    const find = ctx.page.getByRole('searchbox', { name: 'Find' });
    await find.fill('dien bien');
    const count = ctx.page.locator('.find-count');
    await expect.poll(() => count.innerText()).toBe('1 of 3');
    expect(await body.locator('.find-match').count()).toBe(3);
    await ctx.page.screenshot({ path: join(await screenshotDir(), 'find-vi.png') });

    await ctx.page.getByRole('checkbox', { name: 'Match accents' }).check();
    await expect.poll(() => count.innerText()).toBe('No matches');
    await ctx.page.getByRole('checkbox', { name: 'Match accents' }).uncheck();
    await ctx.page.getByRole('checkbox', { name: 'Match case' }).check();
    await expect.poll(() => count.innerText()).toMatch(/1 of 1|1 matches/);
    await ctx.page.getByRole('checkbox', { name: 'Match case' }).uncheck();

    await find.press('Enter');
    await expect.poll(() => count.innerText()).toBe('2 of 3');
    await find.press('Shift+Enter');
    await expect.poll(() => count.innerText()).toBe('1 of 3');
    await ctx.page.getByRole('textbox', { name: 'Replace with' }).fill('Lai Châu');
    await ctx.page.getByRole('button', { name: 'Replace', exact: true }).click();
    await expect.poll(() => count.innerText()).toBe('1 of 2');
    await ctx.page.getByRole('button', { name: 'Replace all' }).click();
    await expect.poll(() => count.innerText()).toBe('No matches');
    expect(await body.locator('p').allInnerTexts()).toEqual(['Tỉnh Lai Châu đón khách. Lai Châu Phủ là thành phố.', 'Du khách đến Lai Châu vào mùa hoa ban.']);
    expect(await body.locator('strong').innerText()).toBe('Lai Châu');

    await ctx.page.getByRole('button', { name: 'Close find' }).click();
    expect(await body.locator('.find-match').count()).toBe(0);
    await ctx.page.keyboard.press('Control+z');
    await expect.poll(() => body.locator('p').allInnerTexts()).toEqual(['Tỉnh Lai Châu đón khách. Điện Biên Phủ là thành phố.', 'Du khách đến điện biên vào mùa hoa ban.']);
    await waitSaved(ctx.page);
    expect(JSON.stringify((await ctx.workstation.library.get(article.id)).body)).toContain('Tỉnh Lai Châu đón khách. Điện Biên Phủ');
  });
});
