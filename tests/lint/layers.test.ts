import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
// The files linted here are made up, in no TypeScript project: the layer rules need no types.
const eslint = new ESLint({ cwd: root, overrideConfigFile: resolve(root, '.config/eslint.config.js'), overrideConfig: tseslint.configs.disableTypeChecked });

async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('layer rules', () => {
  it.each([
    ['electron/core/article/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/core/article/x.ts', "import { useState } from 'react';\nexport const a = useState;\n"],
    ['electron/core/library/x.ts', "import { contract } from '../../contract';\nexport const a = contract;\n"],
    ['renderer/x.ts', "import { readFile } from 'node:fs/promises';\nexport const a = readFile;\n"],
    ['renderer/x.ts', "import { readFile } from 'fs';\nexport const a = readFile;\n"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['renderer/x.ts', "import { Library } from '../electron/core/library';\nexport const a = Library;\n"],
    ['renderer/x.ts', "import { storePhoto } from '../electron/core/media';\nexport const a = storePhoto;\n"],
    ['electron/preload/x.ts', "import { readFile } from 'node:fs';\nexport const a = readFile;\n"],
    ['electron/preload/x.ts', "import { Library } from '../core/library';\nexport const a = Library;\n"],
    ['electron/main/x.ts', "import { App } from '../../renderer/App';\nexport const a = App;\n"],
    // The library stands on search, media, spelling and export: none reaches up into it.
    ['electron/core/search/x.ts', "import { Library } from '../library/library';\nexport const a = Library;\n"],
    ['electron/core/export/x.ts', "import { LibraryError } from '../library';\nexport const a = LibraryError;\n"],
    // The store is the ground floor: it stands on nothing that keeps files.
    ['electron/core/store/x.ts', "import { SearchIndex } from '../search/searchIndex';\nexport const a = SearchIndex;\n"],
  ])('rejects what %s may not import', async (file, code) => {
    expect(await violations(file, code)).toHaveLength(1);
  });

  it.each([
    ['renderer/x.ts', "import { countText } from '../electron/core/text';\nexport const a = countText;\n"],
    ['renderer/x.ts', "import type { Article } from '../electron/core/article/schema';\nexport type A = Article;\n"],
    ['renderer/x.ts', "import { figureFromPhoto } from '../electron/core/media/figureFromPhoto';\nexport const a = figureFromPhoto;\n"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';\nimport { contract } from '../contract';\nexport const a = [contextBridge, contract];\n"],
    ['electron/core/library/x.ts', "import { readFile } from 'node:fs/promises';\nexport const a = readFile;\n"],
    ['electron/core/spell/x.ts', "import { writeFileDurably } from '../store/durableFile';\nexport const a = writeFileDurably;\n"],
    ['electron/core/library/x.ts', "import { SearchIndex } from '../search/searchIndex';\nexport const a = SearchIndex;\n"],
  ])('allows what %s may import', async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });
});

describe('interface strings', () => {
  const literals = async (code: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath: resolve(root, 'renderer/x.tsx') });
    return (result?.messages ?? []).filter((message) => message.ruleId === 'i18next/no-literal-string').map((message) => message.message);
  };

  it('rejects words written in a component instead of taken from the catalogs', async () => {
    expect(await literals('export function A() {\n  return <button type="button">Save</button>;\n}\n')).toHaveLength(1);
    expect(await literals('export function A() {\n  return <input aria-label="Search the library" />;\n}\n')).toHaveLength(1);
    expect(await literals('export function A() {\n  return <input placeholder="Tìm kiếm" />;\n}\n')).toHaveLength(1);
  });

  it('allows catalog strings, class names and symbols', async () => {
    const code =
      'import { useText } from \'./text\';\nexport function A() {\n  const { t } = useText();\n  return <button type="button" className="quiet" aria-label={t(\'common.close\')}>×</button>;\n}\n';
    expect(await literals(code)).toEqual([]);
  });
});

describe('the page’s globals', () => {
  const globalsUsed = async (file: string, code: string): Promise<number> => {
    const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
    return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-globals').length;
  };

  it('are refused in the core and the command line, which run in plain Node', async () => {
    expect(await globalsUsed('electron/core/export/x.ts', 'export const title = document.title;\n')).toBe(1);
    expect(await globalsUsed('electron/cli/x.ts', 'export const width = window.innerWidth;\n')).toBe(1);
  });

  it('are the page’s own, and a tree the core builds may be called document', async () => {
    expect(await globalsUsed('renderer/x.ts', 'export const title = document.title;\n')).toBe(0);
    expect(await globalsUsed('electron/core/export/x.ts', "import { parseHTML } from 'linkedom';\nconst { document } = parseHTML('<p>a</p>');\nexport const text = document.body.textContent;\n")).toBe(
      0,
    );
  });
});
