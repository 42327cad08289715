import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { Library, libraryFormatSchemas } from '../../electron/core/library';
import { useTempDirs } from '../helpers/tempDir';

const dir = resolve(import.meta.dirname, '../../resources/schema');
const schemas = libraryFormatSchemas();
const tempDir = useTempDirs();

describe('the published library format', () => {
  it.each(Object.keys(schemas))('resources/schema/%s matches what Copydesk reads', async (name) => {
    const generated = `${JSON.stringify(schemas[name], null, 2)}\n`;
    // `npm run schemas` rewrites the files after a deliberate format change.
    if (process.env.UPDATE_SCHEMAS === '1') await writeFile(join(dir, name), generated);
    expect(await readFile(join(dir, name), 'utf8')).toBe(generated);
  });

  it('describes the files a real library holds', async () => {
    const library = await Library.open({ root: await tempDir() });
    const article = await library.create({ headline: 'Kiểm tra định dạng', byline: ['Lê Minh'] });
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const validArticle = ajv.compile(schemas['article.schema.json'] as object);
    const validIndex = ajv.compile(schemas['library.schema.json'] as object);
    expect(validArticle(JSON.parse(await readFile(join(library.root, 'articles', article.id, 'article.json'), 'utf8')))).toBe(true);
    expect(validIndex(JSON.parse(await readFile(join(library.root, 'library.json'), 'utf8')))).toBe(true);
    expect(validArticle({ ...article, schemaVersion: 2 })).toBe(false);
  });
});
