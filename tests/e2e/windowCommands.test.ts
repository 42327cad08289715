import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotDir, storedArticle, useSession, waitSaved } from './harness';

const ctx = useSession();

describe('the window’s commands in the browser harness', () => {
  it('asks for an article while its row is pointed at or focused, and opens it with that answer', async () => {
    await ctx.start();
    const first = await ctx.workstation.library.create({ headline: 'Tin thứ nhất' });
    const second = await ctx.workstation.library.create({
      headline: 'Tin thứ hai',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung tin thứ hai.' }] }] },
    });
    await ctx.page.reload();
    const asked: string[] = [];
    ctx.page.on('request', (request) => request.url().endsWith('/api/getArticle') && asked.push((JSON.parse(request.postData() ?? '{}') as { id: string }).id));
    const row = (headline: string) => ctx.page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: new RegExp(`^${headline}`) });

    // Passing over a row asks for nothing (the pointer enters and leaves at once); resting on it does.
    await row('Tin thứ hai').evaluate((element) => {
      element.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, relatedTarget: document.body }));
      element.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, relatedTarget: document.body }));
    });
    await ctx.page.waitForTimeout(300);
    expect(asked).toEqual([]);
    await row('Tin thứ hai').hover();
    await expect.poll(() => asked).toEqual([second.id]);
    await ctx.page.waitForTimeout(200);
    await row('Tin thứ hai').click();
    await expect.poll(() => ctx.page.getByRole('textbox', { name: 'Article body' }).innerText()).toBe('Nội dung tin thứ hai.');
    expect(asked).toEqual([second.id]);

    // The keyboard's focus on a row asks at once.
    await row('Tin thứ nhất').focus();
    await expect.poll(() => asked).toEqual([second.id, first.id]);
    await ctx.page.keyboard.press('Enter');
    await expect.poll(() => ctx.page.getByPlaceholder('Headline').inputValue()).toBe('Tin thứ nhất');
    expect(asked).toEqual([second.id, first.id]);
  });

  it('carries out the menu’s items for the open article: export, find, replace, status and the checklist', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({ headline: 'Tin có menu', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung ngắn.' }] }] } });
    await ctx.openArticle(article.id);
    await ctx.page.getByRole('textbox', { name: 'Article body' }).waitFor();
    const choose = (command: string) => ctx.page.evaluate((detail) => window.dispatchEvent(new CustomEvent('copydesk:menu-command', { detail })), command);

    await choose('exportArticle');
    const dialog = ctx.page.getByRole('dialog', { name: /^Export/ });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await ctx.page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    await choose('find');
    await expect.poll(() => ctx.page.getByRole('searchbox', { name: 'Find' }).isVisible()).toBe(true);
    expect(await ctx.page.getByRole('search', { name: 'Find in article' }).getByRole('textbox').count()).toBe(0);
    await choose('replace');
    await expect.poll(() => ctx.page.getByRole('search', { name: 'Find in article' }).getByRole('textbox').count()).toBe(1);

    await choose('statusReady');
    await expect.poll(() => ctx.page.getByLabel('Status').inputValue()).toBe('ready');
    await waitSaved(ctx.page);
    expect(await storedArticle(ctx.workstation, article.id)).toMatchObject({ status: 'ready' });

    // Unknown commands are ignored; the checklist opens with the focus on it.
    await choose('formatDisk');
    await choose('checklist');
    await expect.poll(() => ctx.page.getByRole('region', { name: 'Ready-to-export checklist' }).isVisible()).toBe(true);
    expect(await ctx.page.evaluate(() => document.activeElement?.className)).toMatch(/checklist-toggle/);
  });

  it('puts everything but the text away in focus mode, and lists the shortcuts in Help', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({ headline: 'Viết tập trung' });
    await ctx.openArticle(article.id);
    const body = ctx.page.getByRole('textbox', { name: 'Article body' });
    await body.waitFor();
    const shown = () =>
      ctx.page.evaluate(() =>
        ['.sidebar', '.toolbar', '.status-bar', '.article-actions', '.meta-grid', '.body-editor'].map((selector) => (document.querySelector(selector) as HTMLElement | null)?.offsetParent !== null),
      );

    await ctx.page.evaluate(() => window.dispatchEvent(new CustomEvent('copydesk:menu-command', { detail: 'focusMode' })));
    await expect.poll(shown).toEqual([false, false, false, false, false, true]);
    await body.click();
    await ctx.page.keyboard.type('Chỉ còn chữ.');
    await ctx.page.keyboard.press('Escape');
    await expect.poll(shown).toEqual([true, true, true, true, true, true]);
    await body.click();
    await ctx.page.keyboard.press('Control+Shift+F');
    await expect.poll(shown).toEqual([false, false, false, false, false, true]);
    await ctx.page.screenshot({ path: join(await screenshotDir(), 'focus-mode.png') });
    await ctx.page.getByRole('button', { name: 'Leave focus mode (Esc)' }).click();
    await expect.poll(shown).toEqual([true, true, true, true, true, true]);
    expect(await body.innerText()).toBe('Chỉ còn chữ.');

    await ctx.page.keyboard.press('Control+/');
    const help = ctx.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => help.isVisible()).toBe(true);
    const text = await help.innerText();
    expect(text).toMatch(/Ctrl\+Shift\+P\s+Insert a photo/);
    expect(text).toMatch(/Ctrl\+H\s+Find and replace/);
    await ctx.page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
    await ctx.page.evaluate(() => window.dispatchEvent(new CustomEvent('copydesk:menu-command', { detail: 'shortcuts' })));
    await expect.poll(() => help.isVisible()).toBe(true);
    await ctx.page.screenshot({ path: join(await screenshotDir(), 'shortcuts.png') });
  });

  it('keeps a word target for each article and shows how far the text is toward it', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({
      headline: 'Bài có mục tiêu',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một hai ba bốn năm.' }] }] },
    });
    await ctx.openArticle(article.id);
    const target = ctx.page.getByLabel('Word target', { exact: true });
    await target.waitFor();
    const bar = ctx.page.locator('.status-bar');
    await expect.poll(() => bar.innerText()).toMatch(/^5 words/);
    await target.fill('20');
    await expect.poll(() => bar.innerText()).toMatch(/^5 of 20 words/);
    expect(await ctx.page.getByRole('progressbar', { name: 'Word target: 25%' }).getAttribute('value')).toBe('5');
    await waitSaved(ctx.page);
    expect(await storedArticle(ctx.workstation, article.id)).toMatchObject({ wordTarget: 20 });
    // Out of range is not taken; empty is no target.
    await target.fill('0');
    await target.fill('');
    await expect.poll(() => bar.innerText()).toMatch(/^5 words/);
    await waitSaved(ctx.page);
    expect(await storedArticle(ctx.workstation, article.id)).toMatchObject({ wordTarget: null });
  });

  it('turns the save label to "Saving…" after the first typed letter is drawn, then saves it', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({ headline: 'Nhãn lưu', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Câu đầu' }] }] } });
    await ctx.openArticle(article.id);
    const body = ctx.page.getByRole('textbox', { name: 'Article body' });
    await body.click();
    await ctx.page.keyboard.press('End');
    await waitSaved(ctx.page);
    // The label's texts from the key on, and the one it showed when the key's frame was drawn.
    await ctx.page.evaluate(() => {
      const label = document.querySelector('[data-testid="save-state"]') as HTMLElement;
      const seen = { atFrame: '', texts: [] as string[] };
      (window as unknown as { __label: typeof seen }).__label = seen;
      new MutationObserver(() => seen.texts.push(label.innerText)).observe(label, { childList: true, characterData: true, subtree: true });
      addEventListener('keydown', () => requestAnimationFrame(() => (seen.atFrame = label.innerText)), { capture: true, once: true });
    });
    await ctx.page.keyboard.type('!');
    await waitSaved(ctx.page);
    expect(await ctx.page.evaluate(() => (window as unknown as { __label: unknown }).__label)).toEqual({ atFrame: 'Saved', texts: ['Saving…', 'Saved'] });
    expect(JSON.stringify(await storedArticle(ctx.workstation, article.id))).toContain('Câu đầu!');
  });
});
