import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanBody, type Article } from '../../electron/core/article';
import { exportHtml, exportMarkdown, exportWire } from '../../electron/core/export';
import { ImportError, importBytes } from '../../electron/core/import';
import { fixtureMedia } from '../helpers/exportFixtures';
import { draftArticle } from '../helpers/draftArticle';

// Any Unicode text, graphemes from every plane, as a file or a field may hold it.
const anyText = fc.string({ unit: 'grapheme', maxLength: 200 });
// Text a paragraph holds once typed or imported: NFC, no line breaks or control characters, trimmed.
const paragraphText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 120 })
  .map((text) =>
    text
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex -- control characters are what is taken out here
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
  .filter((text) => text !== '');

function article(headline: string, sapo: string, paragraphs: string[]): Article {
  return draftArticle({ headline, sapo, body: { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) } });
}

describe('importers on arbitrary input', () => {
  it.each(['txt', 'md', 'html'] as const)('the %s importer never throws anything but a clear refusal, and gives a valid body', async (format) => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        try {
          const { fields } = await importBytes(Buffer.from(text, 'utf8'), `file.${format}`);
          expect(cleanBody(fields.body ?? { type: 'doc', content: [] })).toBeDefined();
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the txt importer never throws on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        await importBytes(bytes, 'file.txt').catch((error: unknown) => expect(error).toBeInstanceOf(ImportError));
      }),
      { numRuns: 150 },
    );
  });
});

describe('exporters on arbitrary articles', () => {
  it('never throw, and write NFC', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, anyText, fc.array(paragraphText, { minLength: 1, maxLength: 6 }), async (headline, sapo, paragraphs) => {
        const piece = article(headline, sapo, paragraphs);
        for (const bundle of [await exportHtml(piece, { readMedia: fixtureMedia }), await exportMarkdown(piece, { readMedia: fixtureMedia }), exportWire(piece)]) {
          const main = String(bundle.files.find((file) => file.path === bundle.main)?.data);
          expect(main.normalize('NFC')).toBe(main);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('Markdown comes back with the same headline, sapo and paragraphs, whatever their characters', async () => {
    await fc.assert(
      fc.asyncProperty(paragraphText, paragraphText, fc.array(paragraphText, { minLength: 1, maxLength: 5 }), async (headline, sapo, paragraphs) => {
        const piece = article(headline, sapo, paragraphs);
        const bundle = await exportMarkdown(piece, { readMedia: fixtureMedia });
        const again = await importBytes(Buffer.from(String(bundle.files[0]?.data)), 'back.md');
        expect(again.fields.headline).toBe(headline);
        expect(again.fields.sapo).toBe(sapo);
        const texts = (again.fields.body?.content ?? []).map((node) => (node.content ?? []).map((child) => child.text ?? '').join(''));
        expect(texts).toEqual(paragraphs);
      }),
      { numRuns: 200 },
    );
  });
});
