import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makePhoto } from '../helpers/photos';
import { composeIme, screenshotDir, storedArticle, useSession, waitSaved } from './harness';

const ctx = useSession();

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
    const stored = await storedArticle(ctx.workstation, id);
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
    const row = ctx.page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('button', { name: /Đà Nẵng đón 5 triệu lượt khách/ })
      .first();
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
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Theo Ban Chỉ huy phòng chống thiên tai, từ đầu tháng 10 đến nay, mưa lớn kéo dài đã làm ngập hơn 12.000 ngôi nhà tại Thừa Thiên Huế, Quảng Nam và Quảng Ngãi.' },
            ],
          },
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
    const photo = await makePhoto({
      width: 1800,
      height: 1000,
      colour: '#5b7f95',
      xmp: { description: 'Người dân xã ven sông chằng chống nhà cửa trước khi lũ về', creator: 'Hoàng Hải', credit: 'TTXVN' },
    });
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
