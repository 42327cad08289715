/**
 * Every verb of the bridge and its IPC channel, written once: the contract (`contract.ts`) gives
 * each its zod schemas and the compiler checks it names exactly these; the preload, the HTTP
 * transport and the renderer's unwrapping are made from this list. Plain data, no zod: the preload
 * ships this file and nothing more of the contract.
 */
export const CHANNELS = {
  preferences: 'app:preferences',
  setPreferences: 'app:set-preferences',
  libraryInfo: 'library:info',
  listArticles: 'articles:list',
  getArticle: 'article:get',
  createArticle: 'article:create',
  saveArticle: 'article:save',
  trashArticle: 'article:trash',
  savePoint: 'article:save-point',
  listRevisions: 'revisions:list',
  getRevision: 'revisions:get',
  restoreRevision: 'revisions:restore',
  keepAsRevision: 'revisions:keep',
  listTrash: 'trash:list',
  restoreArticle: 'trash:restore',
  importArticle: 'article:import',
  search: 'library:search',
  searchPassages: 'library:search-passages',
  checkSpelling: 'spelling:check',
  spellingSuggestions: 'spelling:suggest',
  addToDictionary: 'spelling:add',
  exportArticle: 'article:export',
  exportPreview: 'article:export-preview',
  chooseFolder: 'dialog:choose-folder',
  openFolder: 'shell:open-folder',
  importPhoto: 'photo:import',
} as const;

export type VerbName = keyof typeof CHANNELS;

export const VERB_NAMES = Object.keys(CHANNELS) as VerbName[];

/**
 * An object with one member per verb, each made by `make` from the verb's name: the preload's,
 * the HTTP transport's and the renderer's verbs. `T` names every verb (the compiler checks the
 * list); `make` is one generic wrapper, which TypeScript cannot check against each verb's own
 * signature, hence the one cast here.
 */
export function perVerb<T extends { [K in VerbName]: unknown }>(make: (name: VerbName) => unknown): T {
  return Object.fromEntries(VERB_NAMES.map((name) => [name, make(name)])) as T;
}

/** Window life-cycle messages between main and the renderer (Electron only). */
export const lifecycle = {
  /** main → renderer: the window is about to close; flush unsaved work, then answer `closeReady`. */
  beforeClose: 'app:before-close',
  /** renderer → main: unsaved work is on disk (or could not be written and the user was told). */
  closeReady: 'app:close-ready',
  /** main → renderer: the user chose a menu item that the page carries out. */
  menuCommand: 'app:menu-command',
} as const;
