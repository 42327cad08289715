import { describe, expect, it } from 'vitest';
import { makePhoto } from '../helpers/photos';
import { composeIme, retype, useSession, waitSaved } from './harness';

const ctx = useSession();

/** How a word grows as it is typed in Telex: the states an input method passes through. */
const WORDS: Record<string, string[]> = {
  Việt: ['V', 'Vi', 'Vie', 'Viê', 'Việ', 'Việt'],
  Nam: ['N', 'Na', 'Nam'],
  đường: ['d', 'đ', 'đu', 'đư', 'đưo', 'đươ', 'đươn', 'đương', 'đường'],
};
const PHRASE = ['Việt', 'Nam', 'đường'];
const TYPED = 'Việt Nam đường';

type Method = 'composition' | 'retype';

async function typePhrase(method: Method): Promise<void> {
  const cdp = method === 'composition' ? await ctx.page.context().newCDPSession(ctx.page) : null;
  for (const [i, word] of PHRASE.entries()) {
    if (i > 0) await ctx.page.keyboard.type(' ');
    const states = WORDS[word] as string[];
    if (cdp) await composeIme(cdp, states, word);
    else await retype(ctx.page, states);
  }
}

async function openPrepared(): Promise<string> {
  await ctx.start();
  const article = await ctx.workstation.library.create({
    headline: '',
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Mở đầu.' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Xem ' },
            { type: 'text', text: 'liên kết', marks: [{ type: 'link', attrs: { href: 'https://example.vn/' } }] },
            { type: 'text', text: ' này.' },
          ],
        },
      ],
    },
  });
  await ctx.workstation.library.photos.add(article.id, await makePhoto({ width: 200, height: 120 }), 'a.jpg');
  await ctx.openArticle(article.id);
  await ctx.page.reload();
  await ctx.page.locator('.figure-block').waitFor();
  return article.id;
}

const body = () => ctx.page.getByRole('textbox', { name: 'Article body' });

/** Puts the caret right after `text` inside the element matched by `selector`, within the body. */
async function caretAfter(selector: string, text: string): Promise<void> {
  await body()
    .locator(selector)
    .first()
    .evaluate((element, after) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent?.indexOf(after) ?? -1;
        if (index >= 0) {
          const range = document.createRange();
          range.setStart(node, index + after.length);
          range.collapse(true);
          const selection = window.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
          return;
        }
      }
      throw new Error(`"${after}" not found`);
    }, text);
  await ctx.page.waitForTimeout(50);
}

describe.each(['composition', 'retype'] as const)('Vietnamese typed by %s', (method) => {
  it('keeps the exact text in plain text, bold, at the start of a line, inside a link, in a caption and in the headline', async () => {
    const id = await openPrepared();

    // Plain text, at the end of the first paragraph.
    await body().locator('p').first().click();
    await ctx.page.keyboard.press('End');
    await ctx.page.keyboard.type(' ');
    await typePhrase(method);
    await expect.poll(() => body().locator('p').first().innerText()).toBe(`Mở đầu. ${TYPED}`);

    // Bold.
    await ctx.page.keyboard.type(' ');
    await ctx.page.keyboard.press('Control+b');
    await typePhrase(method);
    await ctx.page.keyboard.press('Control+b');
    await expect.poll(() => body().locator('p strong').first().innerText()).toBe(TYPED);

    // The start of a new line.
    await ctx.page.keyboard.press('Enter');
    await typePhrase(method);
    await expect.poll(() => body().locator('p').nth(1).innerText()).toBe(TYPED);

    // Inside a link.
    await caretAfter('a', 'liên');
    await ctx.page.keyboard.type(' ');
    await typePhrase(method);
    await expect.poll(() => body().locator('a').innerText()).toBe(`liên ${TYPED} kết`);

    // A caption.
    await ctx.page.locator('.figure-block figcaption').click();
    await typePhrase(method);
    await expect.poll(() => ctx.page.locator('.figure-block figcaption').innerText()).toBe(TYPED);

    // The headline.
    await ctx.page.getByPlaceholder('Headline').click();
    await typePhrase(method);
    await expect.poll(() => ctx.page.getByPlaceholder('Headline').inputValue()).toBe(TYPED);

    await waitSaved(ctx.page);
    const stored = await ctx.workstation.library.get(id);
    expect(stored.headline).toBe(TYPED);
    const texts = JSON.stringify(stored.body);
    expect(texts).toContain(`"Mở đầu. ${TYPED} "`);
    expect(texts).toContain(`{"type":"text","text":"${TYPED}","marks":[{"type":"bold"}]}`);
    expect(texts).toContain(`"text":"liên ${TYPED} kết","marks":[{"type":"link"`);
    expect(texts).toContain(`"content":[{"type":"text","text":"${TYPED}"}]}`);
    expect(texts.normalize('NFC')).toBe(texts);
  });
});

describe('letters typed on the keyboard', () => {
  it('go into the text as the editor’s own change (no browser insertion), where the caret is, with the Markdown shortcuts still working', async () => {
    await ctx.start();
    const article = await ctx.workstation.library.create({
      headline: 'Gõ phím',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mua lu ve som.' }] }] },
    });
    await ctx.openArticle(article.id);
    const body = ctx.page.getByRole('textbox', { name: 'Article body' });
    await body.waitFor();
    await ctx.page.evaluate(() => {
      const counter = window as unknown as { __inputs: number };
      counter.__inputs = 0;
      document.querySelector('.body-editor')?.addEventListener('input', () => counter.__inputs++);
    });
    // A click in the middle of a word, then letters at once: they go where the caret is on screen.
    const paragraph = body.locator('p').first();
    await paragraph.click({ position: { x: 2, y: 5 } });
    await ctx.page.keyboard.type('Ha ');
    await ctx.page.keyboard.press('End');
    // The browser moves the caret for End and tells the editor a moment later (as it does between a
    // reporter's keys): the next key waits that moment.
    await ctx.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    await ctx.page.keyboard.press('Enter');
    await ctx.page.keyboard.type('## Nuoc len');
    await ctx.page.keyboard.press('Enter');
    await ctx.page.keyboard.type('> Nguoi dan noi');
    expect(await paragraph.innerText()).toBe('Ha Mua lu ve som.');
    expect(await body.locator('h2').innerText()).toBe('Nuoc len');
    expect(await body.locator('blockquote').innerText()).toBe('Nguoi dan noi');
    // Plain letters never went through the browser's own insertion (which fires input events).
    expect(await ctx.page.evaluate(() => (window as unknown as { __inputs: number }).__inputs)).toBe(0);
    await waitSaved(ctx.page);
    const stored = await ctx.workstation.library.get(article.id);
    expect(stored.body.content.map((block) => block.type)).toEqual(['paragraph', 'heading', 'blockquote']);
  });
});
