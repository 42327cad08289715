import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(resolve(root, 'package.json'));

/**
 * The places the workstation leans on a library's insides: BodyEditor's onBeforeCreate, and the
 * fields MiniSearch gives its subclasses (core/search/rankedMiniSearch.ts, held to MiniSearch's own
 * answers by tests/core/searchRanking.test.ts). Their versions are pinned exactly; these fail when
 * a new version moves what the code relies on, before a reporter would notice.
 */
describe('what the workstation relies on inside TipTap and MiniSearch', () => {
  it('EditorContent installs node views through editor.createNodeViews(), the method BodyEditor replaces', () => {
    expect(typeof Editor.prototype.createNodeViews).toBe('function');
    const react = readFileSync(require.resolve('@tiptap/react'), 'utf8');
    expect(react).toMatch(/editor\.createNodeViews\(\)/);
  });

  it('pins the versions of the libraries whose insides are used', () => {
    const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const pinned = Object.entries(manifest.dependencies).filter(([name]) => name.startsWith('@tiptap/') || name === 'minisearch');
    expect(pinned.length).toBeGreaterThan(5);
    for (const [name, range] of pinned) expect(`${name}@${range}`).toMatch(/@\d+\.\d+\.\d+$/);
  });
});
