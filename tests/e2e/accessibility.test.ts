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
  it.each(['themeLight', 'themeDark'] as const)('finds nothing serious on the workstation, the export dialog and the shortcuts in %s', async (theme) => {
    await ctx.start();
    const article = await ctx.workstation.library.create({
      headline: 'Khánh thành cầu mới nối hai bờ sông',
      sapo: 'Cây cầu dài 1,2 km rút ngắn quãng đường đi lại của hàng vạn người dân.',
      byline: ['Trần Minh Châu'],
      status: 'editing',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Sáng nay, cây cầu đã chính thức thông xe.' }] }] },
    });
    await ctx.workstation.library.addPhoto(article.id, await makePhoto({ width: 1200, height: 800 }), 'cau.jpg', { caption: 'Cầu mới nhìn từ bờ bắc', credit: 'Ngọc Hà' });
    await ctx.workstation.library.create({ headline: 'Bản tin thời tiết', status: 'ready' });
    await ctx.openArticle(article.id);
    await ctx.page.getByRole('textbox', { name: 'Article body' }).waitFor();
    await ctx.page.locator('.figure-block .figure-credit').waitFor();
    await choose(theme);
    expect(await findings()).toEqual([]);

    await choose('exportArticle');
    await ctx.page.getByRole('dialog', { name: /^Export/ }).waitFor();
    expect(await findings()).toEqual([]);
    await ctx.page.keyboard.press('Escape');

    await choose('shortcuts');
    await ctx.page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await findings()).toEqual([]);
    await ctx.page.keyboard.press('Escape');

    await choose('checklist');
    await choose('find');
    await ctx.page.getByRole('searchbox', { name: 'Find' }).fill('cầu');
    expect(await findings()).toEqual([]);
  });
});
