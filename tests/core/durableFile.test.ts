import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DurableJsonFile, TEMP_SUFFIX, writeFileDurably } from '../../electron/core/library';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

describe('durable writes', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const path = join(dir, 'article.json');
    await writeFile(path, 'old');
    await writeFileDurably(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['article.json']);
  });

  it('lets concurrent writers finish without colliding on a temp name', async () => {
    const dir = await tempDir();
    const path = join(dir, 'article.json');
    const payloads = Array.from({ length: 40 }, (_, i) => JSON.stringify({ writer: i, text: 'x'.repeat(5000 + i) }));
    await Promise.all(payloads.map((payload) => writeFileDurably(path, payload)));
    expect(payloads).toContain(await readFile(path, 'utf8'));
    expect((await readdir(dir)).filter((name) => name.endsWith(TEMP_SUFFIX))).toEqual([]);
  });

  it('removes its temp file when the target cannot be replaced', async () => {
    const dir = await tempDir();
    const target = join(dir, 'is-a-folder');
    await import('node:fs/promises').then((fs) => fs.mkdir(target));
    await expect(writeFileDurably(target, 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['is-a-folder']);
  });

  it('is a lowdb adapter that validates what it reads', async () => {
    const dir = await tempDir();
    const path = join(dir, 'data.json');
    const adapter = new DurableJsonFile<{ n: number }>(path, (text) => {
      const value: unknown = JSON.parse(text);
      if (typeof (value as { n?: unknown }).n !== 'number') throw new Error('no n');
      return value as { n: number };
    });
    expect(await adapter.read()).toBeNull();
    await adapter.write({ n: 3 });
    expect(await adapter.read()).toEqual({ n: 3 });
    await writeFile(path, '{"m": 1}');
    await expect(adapter.read()).rejects.toThrow('no n');
  });
});
