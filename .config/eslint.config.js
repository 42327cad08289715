// Lint, and the layer rules of STYLE.md: which runtime may import what.
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util', 'stream', 'worker_threads'];
const PAGE_GLOBALS = ['document', 'window', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage', 'self', 'requestAnimationFrame', 'getComputedStyle'];
const ELECTRON = (message) => ({ name: 'electron', message });

const UP_TO_LIBRARY = { group: ['../library', '../library/*', '**/core/library', '**/core/library/**'], message: 'core/library stands on this part of core: it may not reach up into the library.' };
const UP_FROM_STORE = {
  group: ['../search', '../search/*', '../media', '../media/*', '../spell', '../spell/*', '../export', '../export/*', '../import', '../import/*'],
  message: 'core/store is the ground floor for files: what keeps files stands on it, not the other way.',
};

/** What each layer must not import, with the reason the linter prints. */
export const layerRules = {
  core: {
    paths: [ELECTRON('electron/core runs in plain Node: no electron.')],
    patterns: [
      { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tiptap/react'], message: 'electron/core knows no React.' },
      { group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/web/**', '**/cli/**', '**/contract', '**/handlers', '**/paths'], message: 'electron/core does not know its adapters.' },
    ],
  },
  renderer: {
    paths: [ELECTRON('The renderer reaches the app only through the bridge.')],
    patterns: [
      { group: NODE_BUILTINS, message: 'The renderer is sandboxed: no Node modules.' },
      // The photo pipeline reads files and runs sharp; only its pure pieces may be shared.
      { regex: 'core/media(/(index|storePhoto|metadata|photoType))?$', message: 'The renderer may use only the pure parts of core/media (schema, figureFromPhoto).' },
      { regex: 'core/(export|import|search)(/(?!types$|formats$)[^/]+)?$', message: 'The renderer may use only the pure type files of core/export and core/import.' },
      {
        group: [
          '**/core/library',
          '**/core/library/**',
          '**/electron/main/**',
          '**/electron/web/**',
          '**/electron/cli/**',
          '**/electron/handlers',
          '**/electron/paths',
          '**/electron/rendererFiles',
          '**/electron/mediaFiles',
        ],
        message: 'The renderer may use pure core modules only, never the file store.',
      },
    ],
  },
  preload: {
    paths: [],
    patterns: [
      { group: NODE_BUILTINS, message: 'The preload is sandboxed: only electron and the contract.' },
      {
        group: ['**/core/**', '**/main/**', '**/renderer/**', '**/web/**', '**/cli/**', '**/handlers', '**/paths', '!**/contract'],
        message: 'The preload imports only electron, the channel list and the contract’s types.',
      },
    ],
  },
  /** The parts of core the library stands on: none reaches up into it (core/library imports them). */
  get coreBelowLibrary() {
    return { paths: this.core.paths, patterns: [...this.core.patterns, UP_TO_LIBRARY] };
  },
  /** core/store, the ground floor for files: it stands on nothing that keeps files. */
  get store() {
    return { paths: this.core.paths, patterns: [...this.core.patterns, UP_TO_LIBRARY, UP_FROM_STORE] };
  },
  main: {
    paths: [],
    patterns: [{ group: ['react', 'react-dom', '@tiptap/react', '**/renderer/**'], message: 'The main process does not load renderer code.' }],
  },
};

const restrict = (rule) => ({ 'no-restricted-imports': ['error', rule] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'tests/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  // Type-aware rules for the product's code: nothing of type `any` flows on unchecked, no promise is
  // left floating or handed where a plain function is expected, no assertion that changes nothing.
  {
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: ROOT } },
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error', ...restrict(layerRules.renderer) },
  },
  // Every word the interface shows comes from the catalogs (electron/i18n): none written in a component.
  {
    files: ['renderer/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['title', 'aria-label', 'placeholder', 'alt', 'label', 'message', 'confirmLabel', 'anyLabel', 'hint'] },
          // Symbols that are the same in every language: arrows, ×, H2.
          words: { exclude: ['[↑↓↶↷×✓○·]', 'H[23]', 'B', 'I', 'Copydesk', 'https://…', '[0-9!-/:-@[-`{-~\\s]+'] },
        },
      ],
    },
  },
  { files: ['electron/core/**/*.ts'], rules: restrict(layerRules.core) },
  // The core and the command line run in plain Node: the page's globals are not theirs (their
  // tsconfig keeps DOM's types for the trees linkedom builds; this keeps out the globals).
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...PAGE_GLOBALS.map((name) => ({ name, message: 'electron/core and the command line run in plain Node: no page globals.' }))] },
  },
  { files: ['electron/core/{article,export,import,media,messages,schema,search,spell,text}/**/*.ts'], rules: restrict(layerRules.coreBelowLibrary) },
  { files: ['electron/core/store/**/*.ts'], rules: restrict(layerRules.store) },
  { files: ['electron/preload/**/*.ts'], rules: restrict(layerRules.preload) },
  { files: ['electron/main/**/*.ts'], rules: restrict(layerRules.main) },
  { files: ['tests/**/*.{ts,tsx}'], rules: { 'no-console': 'off' } },
  // A CommonJS preload for `node --require`, standing in for the electron module.
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
