import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(resolve(root, 'package.json'));

/**
 * The one place the workstation leans on a library's insides (BodyEditor's onBeforeCreate). TipTap's
 * versions are pinned exactly; these fail when a new version moves what the code relies on, before
 * a reporter would notice an article drawn twice on opening.
 */
describe('what the editor relies on inside TipTap', () => {
  it('EditorContent installs node views through editor.createNodeViews(), the method BodyEditor replaces', () => {
    expect(typeof Editor.prototype.createNodeViews).toBe('function');
    const react = readFileSync(require.resolve('@tiptap/react'), 'utf8');
    expect(react).toMatch(/editor\.createNodeViews\(\)/);
  });

  it('pins the versions of the libraries whose insides are used', () => {
    const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const pinned = Object.entries(manifest.dependencies).filter(([name]) => name.startsWith('@tiptap/'));
    expect(pinned.length).toBeGreaterThan(5);
    for (const [name, range] of pinned) expect(`${name}@${range}`).toMatch(/@\d+\.\d+\.\d+$/);
  });
});
