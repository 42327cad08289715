import { describe, expect, it } from 'vitest';
import { makePhoto } from '../helpers/photos';
import { OWN_PAYLOADS } from '../helpers/hostile';
import { useSession, waitSaved } from './harness';

const ctx = useSession();

describe('hostile content in the workstation', () => {
  it('pasted, typed into the link dialog and into the caption, credit and alt fields: kept as text, nothing runs', async () => {
    await ctx.start();
    const created = await ctx.workstation.library.create({ headline: 'Thử nội dung độc hại' });
    const { article } = await ctx.workstation.library.photos.add(created.id, await makePhoto(), 'a.jpg');
    const pwned = () => ctx.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
    await ctx.openArticle(article.id);
    await ctx.page.reload();
    const body = ctx.page.getByRole('textbox', { name: 'Article body' });
    await body.locator('p').first().click();

    // Paste HTML and text, as if copied from a hostile page.
    await ctx.page.evaluate((payloads) => {
      const data = new DataTransfer();
      data.setData(
        'text/html',
        `<p>Đoạn dán <img src=x onerror="window.__pwned=40"><script>window.__pwned=41</script><a href="javascript:window.__pwned=42">liên kết</a> <a href="https://example.vn/">an toàn</a></p>${payloads.map((payload) => `<p>${payload.replace(/</g, '&lt;')}</p>`).join('')}`,
      );
      data.setData('text/plain', payloads.join('\n'));
      document.querySelector('.body-editor')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, OWN_PAYLOADS);
    await expect.poll(() => body.innerText()).toContain('Đoạn dán');
    // Chromium reports the handlers it saw while parsing the clipboard into an inert document; the
    // CSP blocked them and the sanitizer removed them. Those reports, and nothing else, are expected.
    expect(ctx.problems.every((problem) => /Executing inline event handler violates the following Content Security Policy/.test(problem))).toBe(true);
    ctx.problems.length = 0;
    expect(await body.locator('script, img[src="x"], iframe, [onerror]').count()).toBe(0);
    // Links survive only as http, https or mailto (plain web addresses in the text become links, as typed ones do).
    const hrefs = await body.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs).toContain('https://example.vn/');
    expect(hrefs.filter((href) => !/^(https?:|mailto:)/.test(href))).toEqual([]);
    for (const payload of OWN_PAYLOADS.slice(0, 5)) expect(await body.innerText()).toContain(payload);

    // The link dialog refuses active links.
    await body.locator('p').first().dblclick();
    await ctx.page.keyboard.press('Control+k');
    const dialog = ctx.page.getByRole('dialog', { name: 'Link' });
    await dialog.getByLabel('Address').fill('javascript:window.__pwned=43');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toMatch(/Only web \(http, https\) and e-mail \(mailto\) links/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // Focus goes back to the text, not to the page: the next click in a caption is a click in the editor.
    await expect.poll(() => ctx.page.evaluate(() => document.activeElement?.classList.contains('body-editor'))).toBe(true);

    // Caption, credit and alt text.
    const figure = ctx.page.locator('.figure-block');
    await figure.locator('figcaption').click();
    await ctx.page.keyboard.press('End');
    await ctx.page.keyboard.type(OWN_PAYLOADS[1] as string);
    await figure.locator('.figure-credit').fill(OWN_PAYLOADS[3] as string);
    await figure.locator('.figure-alt').fill(OWN_PAYLOADS[4] as string);
    expect(await pwned()).toBeUndefined();
    await waitSaved(ctx.page);

    // The export, shown in the preview, keeps them as text.
    await ctx.page.getByRole('button', { name: 'Preview' }).click();
    const frame = ctx.page.frameLocator('iframe[title="Export preview"]');
    await expect.poll(() => frame.locator('figcaption').innerText()).toContain(OWN_PAYLOADS[1] as string);
    expect(await frame.locator('figcaption .credit').innerText()).toContain((OWN_PAYLOADS[3] as string).toLocaleUpperCase('vi'));
    expect(await frame.locator('figure img').getAttribute('alt')).toBe(OWN_PAYLOADS[4]);
    expect(await frame.locator('script:not([type="application/ld+json"]), [onerror], iframe').count()).toBe(0);
    expect(await pwned()).toBeUndefined();
    const stored = JSON.stringify(await ctx.workstation.library.get(article.id));
    expect(stored).not.toMatch(/"href":"javascript/);
  });

  it('pasted with control characters (as text, as HTML, as HTML entities, into the headline): they never reach the article', async () => {
    await ctx.start();
    const created = await ctx.workstation.library.create({ headline: 'Dán ký tự điều khiển' });
    await ctx.openArticle(created.id);
    const body = ctx.page.getByRole('textbox', { name: 'Article body' });
    await body.click();
    await ctx.page.evaluate(() => {
      const paste = (type: string, text: string): void => {
        const data = new DataTransfer();
        data.setData(type, text);
        document.querySelector('.body-editor')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      };
      paste('text/plain', 'Văn bản\u001b[31m đỏ\u009b\u0007 thường');
      // &#x81; is one of the C1 codes HTML does not map to a Windows-1252 character.
      paste('text/html', '<p>Trang web&#27;[2J xoá&#x81; màn hình&#7;</p>');
    });
    await expect.poll(() => body.innerText()).toContain('màn hình');
    const headline = ctx.page.locator('[data-field="headline"]');
    await headline.click();
    await ctx.page.evaluate(() => {
      const field = document.querySelector<HTMLTextAreaElement>('[data-field="headline"]');
      if (!field) return;
      // What a paste into the field gives it: the text as it was copied.
      field.setRangeText(' tiêu\u001b]0;x\u0007 đề', field.value.length, field.value.length, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    });
    // eslint-disable-next-line no-control-regex -- what must never be in the article
    const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
    expect(await body.innerText()).not.toMatch(CONTROL);
    expect(await headline.inputValue()).toBe('Dán ký tự điều khiển tiêu]0;x đề');
    await waitSaved(ctx.page);
    const stored = await ctx.workstation.library.get(created.id);
    expect(JSON.stringify(stored)).not.toMatch(CONTROL);
    expect(JSON.stringify(stored.body)).toContain('Văn bản[31m đỏ thường');
    expect(JSON.stringify(stored.body)).toContain('Trang web[2J xoá màn hình');
  });
});
