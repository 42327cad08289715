import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../electron/i18n/en';
import { vi } from '../../electron/i18n/vi';
import { makePhoto } from '../helpers/photos';
import { screenshotDir, useSession } from './harness';

const ctx = useSession();

const choose = (command: string) => ctx.page.evaluate((detail) => window.dispatchEvent(new CustomEvent('copydesk:menu-command', { detail })), command);

/** The words of a catalog (letters only, four or more). */
function words(messages: object): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const word of value.replace(/\{\{[^}]*\}\}/g, ' ').match(/\p{L}{4,}/gu) ?? []) found.add(word.toLowerCase());
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(messages);
  return found;
}

/** English words of the interface that Vietnamese never uses: seeing one in the Vietnamese interface means a string was left out. */
const ENGLISH_ONLY = [...words(en)].filter((word) => !words(vi).has(word));

/**
 * The words the interface shows outside the reporter's own text (the article's fields and body, the
 * list's headlines): text, labels, titles and placeholders.
 */
async function interfaceWords(): Promise<string[]> {
  return ctx.page.evaluate(() => {
    const own =
      '.body-editor > :not(.figure-block), .figure-caption, .row-headline, .row-snippet, .history-text, .history-view h3, .library-name, code.path, .export-files, textarea, input, select option, .credit-preview, #export-title, .row-meta, iframe';
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !parent.closest(own) && parent.checkVisibility()) texts.push(node.textContent ?? '');
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [data-label]')) {
      if (element.closest('.body-editor > :not(.figure-block), .row-headline')) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'data-label']) texts.push(element.getAttribute(name) ?? '');
    }
    return texts.join(' ').match(/\p{L}{4,}/gu) ?? [];
  });
}

async function untranslated(): Promise<string[]> {
  const shown = new Set((await interfaceWords()).map((word) => word.toLowerCase()));
  return ENGLISH_ONLY.filter((word) => shown.has(word));
}

describe('the interface in two languages', () => {
  it('follows the system’s language, switches in Settings at once and for the next start, and leaves the article’s language alone', async () => {
    // The browser is Vietnamese (see openPage) and nothing is chosen: the interface is Vietnamese.
    await ctx.start({ interfaceLanguage: 'system' });
    const article = await ctx.workstation.library.create({
      headline: 'Mùa nước nổi ở miền Tây',
      sapo: 'Người dân đầu nguồn chuẩn bị đón lũ.',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nước lên nhanh trong tuần qua.' }] }] },
      wordTarget: 1500,
    });
    await ctx.workstation.library.photos.add(article.id, await makePhoto(), 'lu.jpg');
    await ctx.openArticle(article.id);
    const page = ctx.page;
    await page.getByRole('navigation', { name: 'Thư viện' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.getByRole('textbox', { name: 'Nội dung bài' }).waitFor();
    expect(await page.getByRole('button', { name: 'Bài mới' }).count()).toBe(1);
    // Numbers as Vietnamese writes them, counts in its words.
    await expect.poll(() => page.locator('.word-target').innerText()).toMatch(/^\d+ \/ 1\.500 chữ/);
    expect(await page.getByTestId('save-state').innerText()).toBe('Đã lưu');
    // The figure's own labels, drawn outside React, speak it too; what the photo lacks is named.
    await expect.poll(() => page.locator('.figure-gaps').innerText()).toBe('Còn thiếu: chú thích, tác giả ảnh, văn bản thay thế');
    expect(await page.locator('.figure-block').getByRole('button', { name: 'Bỏ ảnh khỏi bài' }).count()).toBe(1);
    expect(await untranslated()).toEqual([]);

    // Settings: English, at once; the article stays Vietnamese.
    await page.keyboard.press('Control+,');
    const settings = page.getByRole('dialog', { name: 'Cài đặt' });
    await settings.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    await page.getByRole('textbox', { name: 'Article body' }).waitFor();
    expect(await page.locator('.body-editor').getAttribute('lang')).toBe('vi');
    expect(
      await page
        .locator('label.field', { hasText: /^Language/ })
        .locator('select')
        .inputValue(),
    ).toBe('vi');
    await expect.poll(() => page.locator('.word-target').innerText()).toMatch(/^\d+ of 1,500 words/);
    expect(await page.locator('.figure-gaps').innerText()).toBe('Missing: caption, credit, alt text');
    expect(await page.locator('.figure-block').getByRole('button', { name: 'Remove the photo from the article' }).count()).toBe(1);
    expect(await page.locator('.figure-caption').getAttribute('data-label')).toBe('Caption');
    // The check for untranslated words does see English where there is English.
    expect(await untranslated()).toEqual(expect.arrayContaining(['library', 'missing', 'remove']));
    // The choice is the app's, not the page's: the next start (a reload here) is in English.
    expect(await ctx.workstation.library.get(article.id).then((stored) => stored.language)).toBe('vi');
    await page.reload();
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // Back to the system's language, and a dark theme, both kept.
    await choose('settings');
    const again = page.getByRole('dialog', { name: 'Settings' });
    expect(await again.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    await again.getByRole('radio', { name: /Same as the system \(Tiếng Việt\)/ }).check();
    await page.getByRole('dialog', { name: 'Cài đặt' }).getByRole('radio', { name: 'Tối' }).check();
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.keyboard.press('Escape');
    await page.reload();
    await page.getByRole('navigation', { name: 'Thư viện' }).waitFor();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
  });

  it('leaves no English in the Vietnamese interface, screen by screen', async () => {
    await ctx.start({ interfaceLanguage: 'vi' });
    const article = await ctx.workstation.library.create({
      headline: 'Khai mạc hội chợ nông sản',
      sapo: 'Hơn hai trăm gian hàng từ khắp các tỉnh.',
      byline: ['Lê Văn Phúc'],
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hội chợ kéo dài năm ngày, mở cửa tự do.' }] }] },
    });
    await ctx.workstation.library.photos.add(article.id, await makePhoto(), 'hoi-cho.jpg', { caption: 'Gian hàng trái cây' });
    const gone = await ctx.workstation.library.create({ headline: 'Bài cũ đã bỏ' });
    await ctx.workstation.library.trash.move(gone.id);
    const page = ctx.page;
    await page.reload();
    await page.getByRole('navigation', { name: 'Thư viện' }).waitFor();
    const screens: Record<string, string[]> = {};
    const look = async (name: string) => void (screens[name] = await untranslated());

    await look('welcome');
    // What the library refuses is said in Vietnamese too (the core's message, by key, over the bridge).
    await page.getByTestId('import-input').setInputFiles({ name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
    await expect.poll(() => page.locator('.banner.error').innerText()).toContain('bao-cao.pdf: Copydesk không nhận ra định dạng từ tên tệp.');
    await look('import refused');
    await page.getByRole('button', { name: 'Ẩn thông báo' }).click();
    await page.getByRole('button', { name: 'Thùng rác (1)' }).click();
    await look('trash');
    await ctx.openArticle(article.id);
    await page.locator('.figure-block .figure-credit').waitFor();
    await look('article');
    await page.getByRole('button', { name: /việc trước khi xuất bài/ }).click();
    await look('checklist');
    await choose('replace');
    await page.getByRole('searchbox', { name: 'Tìm', exact: true }).fill('hội chợ');
    await look('find');
    await page.keyboard.press('Escape');
    await page.locator('.body-editor p').first().dblclick();
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Liên kết' }).waitFor();
    await look('link');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Lịch sử' }).click();
    await page.getByRole('dialog', { name: 'Lịch sử' }).waitFor();
    await look('history');
    await page.keyboard.press('Escape');
    await choose('exportArticle');
    await page.getByRole('dialog', { name: /^Xuất bài/ }).waitFor();
    await look('export');
    await page.keyboard.press('Escape');
    await choose('shortcuts');
    await page.getByRole('dialog', { name: 'Phím tắt' }).waitFor();
    await look('shortcuts');
    await page.keyboard.press('Escape');
    await choose('settings');
    await page.getByRole('dialog', { name: 'Cài đặt' }).getByRole('radio').first().waitFor();
    await look('settings');
    await page.screenshot({ path: join(await screenshotDir(), 'settings-vi.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('searchbox', { name: 'Tìm trong thư viện' }).fill('hoi cho');
    await page.getByRole('button', { name: 'Bộ lọc' }).click();
    await page.locator('.search-results .row-snippet:not(.pending)').first().waitFor();
    await look('search');
    expect(screens).toEqual(Object.fromEntries(Object.keys(screens).map((name) => [name, []])));
  });

  it.each([
    ['en', 'light'],
    ['en', 'dark'],
    ['vi', 'light'],
    ['vi', 'dark'],
  ] as const)('shows the workstation in %s, %s theme (README screenshot)', async (language, theme) => {
    await ctx.start({ interfaceLanguage: language, theme });
    const article = await ctx.workstation.library.create({
      headline: 'Khánh thành cầu mới nối hai bờ sông Hậu',
      sapo: 'Cây cầu dài 1,2 km rút ngắn quãng đường đi lại của hàng vạn người dân hai huyện.',
      byline: ['Trần Minh Châu'],
      dateline: { place: 'Cần Thơ', date: '2026-11-26' },
      source: 'Theo TTXVN',
      section: 'Thời sự',
      status: 'editing',
      wordTarget: 600,
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Sáng nay, cây cầu đã chính thức thông xe sau hai năm thi công, sớm hơn kế hoạch ba tháng.' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Trước đây, người dân phải đi phà mất gần một giờ để sang sông; nay chỉ còn năm phút.' }] },
        ],
      },
    });
    await ctx.workstation.library.photos.add(article.id, await makePhoto({ width: 1600, height: 900, colour: '#6f8fa3' }), 'cau.jpg', { caption: 'Cầu mới nhìn từ bờ bắc', credit: 'Ngọc Hà' });
    await ctx.workstation.library.create({ headline: 'Giá lúa tăng nhẹ đầu vụ', status: 'ready' });
    await ctx.workstation.library.create({ headline: 'Mưa lớn ở Nam Bộ', status: 'draft' });
    await ctx.openArticle(article.id);
    // Loaded afresh: the list shows the articles made after the page opened.
    await ctx.page.reload();
    await ctx.page.locator('.figure-block img').evaluate((img: HTMLImageElement) => img.decode());
    expect(await ctx.page.locator('html').getAttribute('lang')).toBe(language);
    expect(await ctx.page.locator('html').getAttribute('data-theme')).toBe(theme);
    await ctx.page.mouse.move(0, 0);
    await ctx.page.screenshot({ path: join(await screenshotDir(), `interface-${language}-${theme}.png`) });
  });
});
