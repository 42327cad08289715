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
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Du khách đến ' },
              { type: 'text', text: 'điện biên', marks: [{ type: 'bold' }] },
              { type: 'text', text: ' vào mùa hoa ban.' },
            ],
          },
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

  it('brings each match into view below the toolbar and the find bar, and keeps the caret in view while typing at the foot of the screen', async () => {
    await ctx.start();
    const filler = 'Người dân trong xã đã góp công sức làm con đường bê tông dẫn vào thôn, dài gần hai cây số. ';
    const paragraph = (n: number) => ({ type: 'paragraph', content: [{ type: 'text', text: `${n === 6 || n === 48 ? 'Cột mốc biên giới. ' : ''}${filler.repeat(3)}` }] });
    const article = await ctx.workstation.library.create({ headline: 'Đường vào thôn', body: { type: 'doc', content: Array.from({ length: 60 }, (_, n) => paragraph(n)) } });
    await ctx.openArticle(article.id);
    const body = ctx.page.getByRole('textbox', { name: 'Article body' });
    const scroller = ctx.page.locator('.article-scroll');
    const visibleTop = async (): Promise<number> =>
      Math.max(...(await ctx.page.locator('.article-scroll .toolbar, .article-scroll .find-bar').evaluateAll((stuck) => stuck.map((element) => element.getBoundingClientRect().bottom))));
    const scrollerBottom = async (): Promise<number> => scroller.evaluate((element) => element.getBoundingClientRect().top + element.clientHeight);

    // Typing at the foot of the article: the new line is scrolled up into view.
    await body.click();
    await ctx.page.keyboard.press('Control+End');
    await ctx.page.keyboard.type(' Thêm một câu cho dài dòng, thêm nữa, thêm nữa, cho đến khi xuống dòng mới.');
    const caret = async () =>
      ctx.page.evaluate(() => {
        const range = getSelection()?.getRangeAt(0);
        const rect = range?.getClientRects()[0] ?? range?.getBoundingClientRect();
        return { top: rect?.top ?? Number.NaN, bottom: rect?.bottom ?? Number.NaN };
      });
    expect((await caret()).bottom).toBeLessThanOrEqual(await scrollerBottom());

    // Each match found far up the article is shown below the stuck toolbar and find bar, not under them.
    await ctx.page.keyboard.press('Control+f');
    await ctx.page.getByRole('searchbox', { name: 'Find' }).fill('cot moc');
    const count = ctx.page.locator('.find-count');
    await expect.poll(() => count.innerText()).toMatch(/of 2$/);
    for (let step = 0; step < 2; step++) {
      await ctx.page.getByRole('searchbox', { name: 'Find' }).press('Enter');
      const current = body.locator('.find-match.current');
      await expect.poll(() => current.count()).toBe(1);
      const match = await current.evaluate((element) => element.getBoundingClientRect());
      expect(match.top).toBeGreaterThanOrEqual(await visibleTop());
      expect(match.bottom).toBeLessThanOrEqual(await scrollerBottom());
    }
  });
});
