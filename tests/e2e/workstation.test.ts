import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makePhoto } from '../helpers/photos';
import { composeIme, screenshotDir, useSession, waitSaved } from './harness';

const ctx = useSession();

async function storedArticle(id: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(ctx.workstation.root, 'articles', id, 'article.json'), 'utf8'));
}

/** A page in a browser context of its own (its own caches, a start of its own), closed afterwards. */
async function inNewPage(run: (page: Page) => Promise<void>): Promise<void> {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 820 } });
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

function openId(): string {
  const match = /#\/article\/(.+)$/.exec(ctx.page.url());
  if (!match?.[1]) throw new Error(`no article open at ${ctx.page.url()}`);
  return match[1];
}

describe('the workstation in the browser harness', () => {
  it('drafts a Vietnamese article by keyboard and IME, saves it, and brings it back from disk', async () => {
    await ctx.start();
    await ctx.page.getByRole('button', { name: 'New article' }).first().click();
    const headline = ctx.page.getByPlaceholder('Headline');
    await headline.waitFor();
    // A new article puts the cursor in the headline; Enter moves on to the sapo, then the body.
    await expect.poll(() => headline.evaluate((element) => element === document.activeElement)).toBe(true);
    const cdp = await ctx.page.context().newCDPSession(ctx.page);
    await composeIme(cdp, ['Đ', 'Đa', 'Đà'], 'Đà');
    await ctx.page.keyboard.type(' Nẵng đón 5 triệu lượt khách');
    await ctx.page.keyboard.press('Enter');
    await ctx.page.keyboard.type('Ngành du lịch thành phố tăng trưởng mạnh trong quý đầu ');
    await composeIme(cdp, ['n', 'na', 'nă', 'năm'], 'năm');
    await ctx.page.keyboard.type('.');
    await ctx.page.keyboard.press('Enter');
    await ctx.page.keyboard.type('Theo số liệu của Sở Du lịch, lượng khách quốc tế tăng ');
    await ctx.page.getByLabel('Byline').fill('Nguyễn Hoài, Trần Quế');
    await ctx.page.getByLabel('Dateline place').fill('Đà Nẵng');
    await ctx.page.getByLabel('Source').fill('Theo TTXVN');

    const body = ctx.page.getByRole('textbox', { name: 'Article body' });
    await body.click();
    await ctx.page.keyboard.press('Control+End');
    await ctx.page.keyboard.press('Control+b');
    await ctx.page.keyboard.type('gần gấp đôi');
    await ctx.page.keyboard.press('Control+b');
    await ctx.page.keyboard.type(' so với cùng kỳ. Khách ');
    await composeIme(cdp, ['V', 'Vi', 'Vie', 'Viê', 'Việ', 'Việt'], 'Việt');
    await ctx.page.keyboard.type(' ');
    await composeIme(cdp, ['N', 'Na', 'Nam'], 'Nam');
    await ctx.page.keyboard.type(' chiếm phần lớn.');
    await ctx.page.keyboard.press('Enter');
    await composeIme(cdp, ['d', 'đ', 'đư', 'đươ', 'đươc', 'được'], 'được');
    await ctx.page.keyboard.type(' ghi nhận.');
    await waitSaved(ctx.page);

    const id = openId();
    const expectedBody = 'Theo số liệu của Sở Du lịch, lượng khách quốc tế tăng gần gấp đôi so với cùng kỳ. Khách Việt Nam chiếm phần lớn.';
    const stored = await storedArticle(id);
    expect(stored).toMatchObject({
      headline: 'Đà Nẵng đón 5 triệu lượt khách',
      sapo: 'Ngành du lịch thành phố tăng trưởng mạnh trong quý đầu năm.',
      byline: ['Nguyễn Hoài', 'Trần Quế'],
      dateline: { place: 'Đà Nẵng' },
      source: 'Theo TTXVN',
      language: 'vi',
    });
    expect(JSON.stringify(stored)).toContain('"text":"gần gấp đôi","marks":[{"type":"bold"}]');
    const paragraphs = [expectedBody, 'được ghi nhận.'];
    expect(await body.locator('p').allInnerTexts()).toEqual(paragraphs);

    await ctx.page.reload();
    await expect.poll(() => body.locator('p').allInnerTexts()).toEqual(paragraphs);
    await expect.poll(() => ctx.page.getByPlaceholder('Headline').inputValue()).toBe('Đà Nẵng đón 5 triệu lượt khách');
    expect(await body.locator('strong').innerText()).toBe('gần gấp đôi');
    const row = ctx.page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Đà Nẵng đón 5 triệu lượt khách/ }).first();
    await expect.poll(() => row.innerText()).toMatch(/40 words/);
    await expect.poll(() => ctx.page.locator('.status-bar').innerText()).toMatch(/40 words/);
  });

  it('opens an article from a deep link', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({ headline: 'Mở bằng liên kết' });
    await ctx.openArticle(article.id);
    await expect.poll(() => ctx.page.getByPlaceholder('Headline').inputValue()).toBe('Mở bằng liên kết');
  });

  it('asks the library for the first screen before the main bundle has even arrived, and only once', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({ headline: 'Tin mở đầu' });
    await inNewPage(async (page) => {
      const asked: string[] = [];
      let bundleHeld = true;
      let libraryAsked!: () => void;
      const whenAsked = new Promise<void>((resolve) => (libraryAsked = resolve));
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (!path.startsWith('/api/')) return;
        asked.push(`${path}${bundleHeld ? ' before the bundle' : ''}`);
        if (path === '/api/getArticle') libraryAsked();
      });
      // The main bundle is held back until the library has been asked (or 10 s have passed).
      await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
        await Promise.race([whenAsked, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        bundleHeld = false;
        await route.continue();
      });
      await page.goto(`${ctx.workstation.server.url}#/article/${article.id}`);
      await expect.poll(() => page.getByPlaceholder('Headline').inputValue()).toBe('Tin mở đầu');
      expect(asked.filter((request) => request.endsWith(' before the bundle')).sort()).toEqual(
        ['/api/getArticle', '/api/libraryInfo', '/api/listArticles', '/api/listTrash'].map((path) => `${path} before the bundle`),
      );
      // The bundle takes those answers: the library info and the article are not asked for again.
      expect(asked.filter((request) => request.startsWith('/api/libraryInfo') || request.startsWith('/api/getArticle'))).toHaveLength(2);
    });
  });

  it('draws the date field’s calendar button itself: no image document as the window opens, and the button opens the field’s calendar', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({ headline: 'Tin có ngày' });
    await inNewPage(async (page) => {
      // Playwright leaves data: URLs out of its requests; the browser's own network log has them.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      const images: string[] = [];
      cdp.on('Network.requestWillBeSent', (event) => {
        if (event.request.url.startsWith('data:image/svg')) images.push(event.request.url.slice(0, 40));
      });
      await page.goto(`${ctx.workstation.server.url}#/article/${article.id}`);
      await expect.poll(() => page.getByPlaceholder('Headline').inputValue()).toBe('Tin có ngày');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
      expect(images).toEqual([]);

      await page.evaluate(() => {
        const opened: string[] = [];
        (window as unknown as { opened: string[] }).opened = opened;
        const showPicker = HTMLInputElement.prototype.showPicker;
        HTMLInputElement.prototype.showPicker = function (this: HTMLInputElement) {
          opened.push(this.type);
          showPicker.call(this);
        };
      });
      await page.getByRole('button', { name: 'Choose a date' }).click();
      expect(await page.evaluate(() => (window as unknown as { opened: string[] }).opened)).toEqual(['date']);
      // Not a stop of its own for Tab, like the browser's: the field opens its calendar from the keyboard.
      expect(await page.getByRole('button', { name: 'Choose a date' }).getAttribute('tabindex')).toBe('-1');
      const date = page.getByLabel('Date', { exact: true });
      await date.focus();
      await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(() => date.evaluate((field) => field.matches(':open'))).toBe(true);
      await page.keyboard.press('Escape');

      // The search filters' two date fields, side by side, stay inside the sidebar with their buttons.
      await page.getByRole('button', { name: 'Filters' }).click();
      const sidebar = await page.locator('.sidebar').boundingBox();
      const buttons = page.locator('.search-filters').getByRole('button', { name: 'Choose a date' });
      expect(await buttons.count()).toBe(2);
      for (const button of await buttons.all()) {
        const box = await button.boundingBox();
        expect(box && sidebar && box.x + box.width <= sidebar.x + sidebar.width).toBe(true);
      }
    });
  });

  it('asks for an article while its row is pointed at or focused, and opens it with that answer', async () => {
    await ctx.start();
    const first = await ctx.workstation.library.create({ headline: 'Tin thứ nhất' });
    const second = await ctx.workstation.library.create({ headline: 'Tin thứ hai', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung tin thứ hai.' }] }] } });
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
    expect(await storedArticle(article.id)).toMatchObject({ status: 'ready' });

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
    const shown = () => ctx.page.evaluate(() => ['.sidebar', '.toolbar', '.status-bar', '.article-actions', '.meta-grid', '.body-editor'].map((selector) => (document.querySelector(selector) as HTMLElement | null)?.offsetParent !== null));

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
    const article = await ctx.workstation.library.create({ headline: 'Bài có mục tiêu', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một hai ba bốn năm.' }] }] } });
    await ctx.openArticle(article.id);
    const target = ctx.page.getByLabel('Word target', { exact: true });
    await target.waitFor();
    const bar = ctx.page.locator('.status-bar');
    await expect.poll(() => bar.innerText()).toMatch(/^5 words/);
    await target.fill('20');
    await expect.poll(() => bar.innerText()).toMatch(/^5 of 20 words/);
    expect(await ctx.page.getByRole('progressbar', { name: 'Word target: 25%' }).getAttribute('value')).toBe('5');
    await waitSaved(ctx.page);
    expect(await storedArticle(article.id)).toMatchObject({ wordTarget: 20 });
    // Out of range is not taken; empty is no target.
    await target.fill('0');
    await target.fill('');
    await expect.poll(() => bar.innerText()).toMatch(/^5 words/);
    await waitSaved(ctx.page);
    expect(await storedArticle(article.id)).toMatchObject({ wordTarget: null });
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
    expect(JSON.stringify(await storedArticle(article.id))).toContain('Câu đầu!');
  });

  it('shows what another tool added or removed when the window comes back, and draws a long list a page at a time', async () => {
    await ctx.start();
    for (let i = 1; i <= 99; i++) await ctx.workstation.library.create({ headline: `Tin số ${i}` });
    const list = ctx.page.getByRole('list', { name: 'Articles' });
    const rows = list.getByRole('button', { name: /^Tin số|^Chép từ máy khác/ });
    // Another tool (a sync client, say) writes an article straight into the folder.
    const copied = '20260301-777777';
    const template = await storedArticle((ctx.workstation.library.list()[0] as { id: string }).id);
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
    await ctx.page.getByRole('button', { name: /Bài thứ ba/ }).first().click();
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
    await ctx.page.getByTestId('save-state').filter({ hasText: /^Not saved: This article was changed outside this window/ }).waitFor();
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
    await history.getByRole('list', { name: 'Revisions' }).getByRole('button', { name: /Bản của ai.*other version kept/ }).first().click();
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

  it('takes the screenshot of the workstation for the README', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({
      headline: 'Tổng kết mùa mưa bão: miền Trung chủ động hơn trước thiên tai',
      sapo: 'Sau ba đợt mưa lớn liên tiếp, các tỉnh miền Trung đã sơ tán kịp thời hàng nghìn hộ dân, thiệt hại về người giảm rõ rệt so với năm trước.',
      byline: ['Phạm Thu Hà', 'Lê Quang Vinh'],
      dateline: { place: 'Huế', date: '2026-11-20' },
      source: 'Theo TTXVN',
      section: 'Thời sự',
      tags: ['thiên tai', 'miền Trung'],
      status: 'editing',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Theo Ban Chỉ huy phòng chống thiên tai, từ đầu tháng 10 đến nay, mưa lớn kéo dài đã làm ngập hơn 12.000 ngôi nhà tại Thừa Thiên Huế, Quảng Nam và Quảng Ngãi.' }] },
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sơ tán sớm, giảm thiệt hại' }] },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Nhờ bản tin dự báo được phát sớm, chính quyền các xã ven sông đã ' },
              { type: 'text', text: 'di dời người dân trước 24 giờ', marks: [{ type: 'bold' }] },
              { type: 'text', text: ', theo hướng dẫn trên ' },
              { type: 'text', text: 'cổng thông tin', marks: [{ type: 'link', attrs: { href: 'https://example.vn/canh-bao' } }] },
              { type: 'text', text: ' của tỉnh.' },
            ],
          },
          { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: '“Năm nay bà con đã quen với việc chằng chống nhà cửa từ sớm”, một cán bộ xã cho biết.' }] }] },
          {
            type: 'bulletList',
            content: [
              { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hơn 4.000 hộ dân được sơ tán an toàn.' }] }] },
              { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '126 tuyến đường đã thông xe trở lại.' }] }] },
            ],
          },
        ],
      },
    });
    const photo = await makePhoto({ width: 1800, height: 1000, colour: '#5b7f95', xmp: { description: 'Người dân xã ven sông chằng chống nhà cửa trước khi lũ về', creator: 'Hoàng Hải', credit: 'TTXVN' } });
    const { article: withPhoto } = await ctx.workstation.library.photos.add(article.id, photo, 'lu-mien-trung.jpg', { alt: 'Hai người dùng dây buộc mái tôn của một ngôi nhà thấp' });
    await ctx.workstation.library.create({ headline: 'Giá vàng trong nước lập đỉnh mới', status: 'ready' });
    await ctx.workstation.library.create({ headline: 'Hà Nội mở thêm tuyến buýt điện', status: 'draft' });
    await ctx.openArticle(article.id);
    await ctx.page.reload();
    await expect.poll(() => ctx.page.getByPlaceholder('Headline').inputValue()).toMatch(/^Tổng kết/);
    await ctx.page.getByRole('textbox', { name: 'Article body' }).click();
    await ctx.page.keyboard.press('Control+End');
    await ctx.page.locator('.figure-block img').evaluate((img: HTMLImageElement) => img.decode());
    // Opening an article and moving around in it is not an edit.
    expect(await ctx.page.getByTestId('save-state').innerText()).toBe('Saved');
    expect((await ctx.workstation.library.get(article.id)).revision).toBe(withPhoto.revision);
    await ctx.page.mouse.move(0, 0);
    await ctx.page.locator('.article-scroll').evaluate((element) => element.scrollTo(0, 0));
    await ctx.page.screenshot({ path: join(await screenshotDir(), 'workstation-vi.png') });
    await ctx.page.locator('.figure-block').scrollIntoViewIfNeeded();
    await ctx.page.waitForTimeout(200);
    await ctx.page.screenshot({ path: join(await screenshotDir(), 'photo-vi.png') });

    // View › Theme › Dark, then back to the system's (here dark too), then Light.
    const paper = () => ctx.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const choose = (command: string) => ctx.page.evaluate((detail) => window.dispatchEvent(new CustomEvent('copydesk:menu-command', { detail })), command);
    expect(await paper()).toBe('rgb(251, 250, 247)');
    await choose('themeDark');
    await expect.poll(paper).toBe('rgb(27, 26, 24)');
    await ctx.page.locator('.article-scroll').evaluate((element) => element.scrollTo(0, 0));
    await ctx.page.screenshot({ path: join(await screenshotDir(), 'workstation-vi-dark.png') });
    await ctx.page.emulateMedia({ colorScheme: 'dark' });
    await choose('themeSystem');
    expect(await paper()).toBe('rgb(27, 26, 24)');
    await choose('themeLight');
    await expect.poll(paper).toBe('rgb(251, 250, 247)');
    await choose('themeSystem');
    await expect.poll(paper).toBe('rgb(27, 26, 24)');
  });
});
