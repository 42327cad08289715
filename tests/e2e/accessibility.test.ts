import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { makePhoto } from '../helpers/photos';
import { useSession } from './harness';

const ctx = useSession();

/** Serious and critical findings of axe-core (WCAG 2.1 A and AA, and its best practices) on the page as it is. */
async function findings(): Promise<string[]> {
  const results = await new AxeBuilder({ page: ctx.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

const choose = (command: string) => ctx.page.evaluate((detail) => window.dispatchEvent(new CustomEvent('copydesk:menu-command', { detail })), command);

describe('accessibility (axe-core)', () => {
  it.each([
    ['en', 'themeLight'],
    ['en', 'themeDark'],
    ['vi', 'themeLight'],
    ['vi', 'themeDark'],
  ] as const)('finds nothing serious on the workstation, its dialogs and Settings, in %s, %s', async (language, theme) => {
    await ctx.start({ interfaceLanguage: language });
    const article = await ctx.workstation.library.create({
      headline: 'Khánh thành cầu mới nối hai bờ sông',
      sapo: 'Cây cầu dài 1,2 km rút ngắn quãng đường đi lại của hàng vạn người dân.',
      byline: ['Trần Minh Châu'],
      status: 'editing',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Sáng nay, cây cầu đã chính thức thông xe.' }] }] },
    });
    await ctx.workstation.library.photos.add(article.id, await makePhoto({ width: 1200, height: 800 }), 'cau.jpg', { caption: 'Cầu mới nhìn từ bờ bắc', credit: 'Ngọc Hà' });
    await ctx.workstation.library.create({ headline: 'Bản tin thời tiết', status: 'ready' });
    await ctx.openArticle(article.id);
    await ctx.page.locator('.body-editor').waitFor();
    await ctx.page.locator('.figure-block .figure-credit').waitFor();
    expect(await ctx.page.locator('html').getAttribute('lang')).toBe(language);
    await choose(theme);
    expect(await findings()).toEqual([]);

    // Dialogs are found by their class: their names are in the language under test.
    await choose('exportArticle');
    await ctx.page.locator('dialog.export-dialog').waitFor();
    expect(await findings()).toEqual([]);
    await ctx.page.keyboard.press('Escape');

    await choose('shortcuts');
    await ctx.page.locator('dialog.shortcuts-dialog').waitFor();
    expect(await findings()).toEqual([]);
    await ctx.page.keyboard.press('Escape');

    await choose('settings');
    await ctx.page.locator('dialog.settings-dialog input[type="radio"]').first().waitFor();
    expect(await findings()).toEqual([]);
    await ctx.page.keyboard.press('Escape');

    await choose('checklist');
    await choose('find');
    await ctx.page.locator('.find-bar input[type="search"]').fill('cầu');
    expect(await findings()).toEqual([]);
  });
});

describe('keyboard-only use', () => {
  it('reaches every control in reading order, each with a visible focus, and opens and exports by keyboard', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({
      headline: 'Bài viết bằng bàn phím',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Không cần chuột.' }] }] },
    });
    await ctx.workstation.library.create({ headline: 'Bài thứ hai' });
    await ctx.page.reload();
    await ctx.page.getByRole('navigation', { name: 'Library' }).waitFor();
    // Open the article from the list: Tab to its row, Enter.
    let guard = 0;
    while (!(await ctx.page.evaluate(() => document.activeElement?.textContent?.startsWith('Bài viết bằng bàn phím') ?? false)) && guard++ < 30) await ctx.page.keyboard.press('Tab');
    await ctx.page.keyboard.press('Enter');
    await ctx.page.locator(`section[data-article-id="${article.id}"]`).waitFor();

    // Walk the whole window with Tab from the top.
    await ctx.page.evaluate(() => {
      // From the top of the window, as after a click on its background.
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    const walk: Array<{ name: string; area: string; ring: boolean }> = [];
    for (let i = 0; i < 80; i++) {
      await ctx.page.keyboard.press('Tab');
      const step = await ctx.page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none' || element.isContentEditable;
        const area = element.closest('nav')
          ? 'library'
          : element.closest('.status-bar')
            ? 'status'
            : element.closest('.toolbar')
              ? 'toolbar'
              : element.isContentEditable
                ? 'body'
                : element.closest('.article')
                  ? 'article'
                  : 'other';
        const name =
          element.getAttribute('aria-label') ??
          (element as HTMLInputElement).labels?.[0]?.textContent?.trim() ??
          element.getAttribute('placeholder') ??
          element.textContent?.trim().slice(0, 40) ??
          element.tagName;
        return { name, area, ring };
      });
      if (!step || (walk.length > 0 && step.area === 'library' && walk.at(-1)?.area !== 'library')) break;
      walk.push(step);
    }
    expect(walk.filter((step) => !step.ring)).toEqual([]);
    // Library first, then the article (actions, header), the toolbar, the body, the status bar.
    const order = walk.map((step) => step.area).filter((area, i, all) => area !== all[i - 1]);
    expect(order).toEqual(['library', 'article', 'toolbar', 'body', 'status']);
    const names = walk.map((step) => step.name);
    expect(names).toEqual(expect.arrayContaining(['New article', 'Search the library', 'Export…', 'Sapo', 'Byline', 'Word target', 'Bold', 'Article body', '2 to fix before export']));
    expect(names.some((name) => name.startsWith('Bài thứ hai'))).toBe(true);

    // Export by keyboard: Ctrl+E is the menu's, here the button: focus it and press Enter.
    await ctx.page.getByRole('button', { name: 'Export…' }).focus();
    await ctx.page.keyboard.press('Enter');
    const dialog = ctx.page.getByRole('dialog', { name: /^Export/ });
    await dialog.waitFor();
    expect(await ctx.page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await ctx.page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });
});
