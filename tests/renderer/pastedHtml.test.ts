import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { preparePasted } from '../../renderer/editor/pastedHtml';

/** The paste's work on a standard DOM (linkedom here, the page's own in the editor). */
const pasted = (html: string): string => preparePasted(parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document.body as unknown as HTMLElement);

const SHA = 'a'.repeat(64);

/** A pasted figure's attributes by name (the order of attributes is no part of the markup's meaning) and its inner HTML. */
function figureOf(html: string): { attributes: Record<string, string>; inner: string } {
  const figure = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document.querySelector('figure');
  return { attributes: Object.fromEntries([...(figure?.attributes ?? [])].map((attr) => [attr.name, attr.value])), inner: figure?.innerHTML ?? '' };
}

describe('pasted HTML', () => {
  it('reads bold and italic given as style into tags, and keeps no style', () => {
    // Google Docs wraps the whole copy in a <b> set back to normal weight, and marks bold with spans.
    expect(pasted('<b style="font-weight:normal;" id="docs-internal-guid-1"><p><span style="font-weight:700;color:#000">Đậm</span> và <span style="font-style:italic">nghiêng</span></p></b>')).toBe(
      '<span><p><span><strong>Đậm</strong></span> và <span><em>nghiêng</em></span></p></span>',
    );
    expect(pasted('<p><em style="font-style:normal">thường</em> <strong style="font-weight:bold">đậm</strong></p>')).toBe('<p><span>thường</span> <strong>đậm</strong></p>');
  });

  it('keeps a table copied from Word as a plain grid, with none of its Office markup', () => {
    const html = pasted(
      `<table class=MsoTableGrid border=1 style='border-collapse:collapse'><tr><td width=200 valign=top><p class=MsoNormal><b>Tỉnh<o:p></o:p></b></p></td><td colspan=2><p class=MsoNormal>Tỷ lệ</p></td></tr></table>`,
    );
    expect(html).toBe('<table><tr><td><b>Tỉnh<o:p></o:p></b></td><td>Tỷ lệ</td><td></td></tr></table>');
  });

  it('drops a picture outside any figure, keeps a figure’s caption and credit, and a cell’s picture as its description', () => {
    expect(pasted('<p>Biểu tượng <img src="https://cdn.example/i.png" onerror="x()"> giữa câu</p>')).toBe('<p>Biểu tượng  giữa câu</p>');
    expect(figureOf(pasted('<figure><img src="https://cdn.example/a.jpg" alt="Cầu Rồng"><figcaption>Cầu Rồng phun lửa ẢNH: VŨ LỢI</figcaption></figure>'))).toEqual({
      attributes: { 'data-credit': 'Vũ Lợi', 'data-agency': '' },
      inner: '<img alt="Cầu Rồng"><figcaption>Cầu Rồng phun lửa</figcaption>',
    });
    expect(pasted('<table><tr><td><img src="flag.png" alt="Việt Nam"></td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>')).toBe(
      '<table><tr><td>Việt Nam</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>',
    );
  });

  it('keeps a figure copied inside the editor whole, but never a photo path that is not the library’s', () => {
    const own = `<figure data-figure="" data-src="media/${SHA}.display.jpg" data-original="media/${SHA}.jpg" data-sha256="${SHA}" data-credit="Lê Minh" data-alt="Ruộng bậc thang"><img src="media/${SHA}.display.jpg" alt="Ruộng bậc thang"><figcaption>Mùa lúa chín</figcaption></figure>`;
    const inner = '<img alt="Ruộng bậc thang"><figcaption>Mùa lúa chín</figcaption>';
    expect(figureOf(pasted(own))).toEqual({
      attributes: { 'data-figure': '', 'data-src': `media/${SHA}.display.jpg`, 'data-original': `media/${SHA}.jpg`, 'data-sha256': SHA, 'data-credit': 'Lê Minh', 'data-alt': 'Ruộng bậc thang' },
      inner,
    });
    const forged = own.replace(`media/${SHA}.display.jpg`, '../../../etc/passwd');
    expect(figureOf(pasted(forged))).toEqual({ attributes: { 'data-credit': 'Lê Minh', 'data-alt': 'Ruộng bậc thang' }, inner });
  });

  it('keeps only web and e-mail links, and ProseMirror’s own slice mark', () => {
    expect(pasted('<p data-pm-slice="1 1 []"><a href="javascript:alert(1)">a</a> <a href="https://example.vn/" target="_blank">b</a> <a href="mailto:desk@example.vn">c</a></p>')).toBe(
      '<p data-pm-slice="1 1 []"><a>a</a> <a href="https://example.vn/">b</a> <a href="mailto:desk@example.vn">c</a></p>',
    );
  });
});
