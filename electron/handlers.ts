import { describeIssues } from './core/article';
import { LibraryError, type Library } from './core/library';
import { SpellChecker } from './core/spell';
import { MemoryPreferences, type PreferenceStore } from './preferences';
import { contract, isVerbName, type ErrorCode, type Result, type VerbName, type VerbOutput } from './contract';
import type { z } from 'zod';
import { message, messageText, type Message, errorText } from './core/messages';

/** The core's answer to each verb, as every adapter (IPC, HTTP) serves it. */
export type Handlers = { [K in VerbName]: (input: z.output<(typeof contract)[K]['input']>) => Promise<VerbOutput<K>> };

/** What differs between the app and the browser harness: the desktop around the library. */
export interface Desktop {
  exportsFolder: string;
  /** The system's folder picker; null when the reporter cancels. Absent in the browser harness. */
  chooseFolder?: (current: string) => Promise<string | null>;
  /** Shows a folder in the system's file manager. Absent in the browser harness. */
  openFolder?: (path: string) => Promise<void>;
  /** Settings the app keeps for the reporter (its settings file). Absent: kept in memory. */
  preferences?: PreferenceStore;
}

export function libraryHandlers(library: Library, desktop: Desktop): Handlers {
  // Only folders this session exported into may be opened: the page cannot point the shell anywhere else.
  const exported = new Set<string>();
  // Exports go only where the reporter chose, in the system's own folder dialog (or the exports
  // folder the app or the harness was given): the page names one of these, never a path of its own.
  const exportFolders = new Set<string>([desktop.exportsFolder]);
  const unsupported = (what: 'choosingFolder' | 'openingFolder'): LibraryError => new LibraryError('unsupported', message('notInHarness', { what: message(what) }));
  const spelling = new SpellChecker(async () => (await library.ownWords.dictionary()).words);
  const preferences = desktop.preferences ?? new MemoryPreferences();
  return {
    preferences: async () => preferences.current(),
    setPreferences: async (change) => preferences.change(Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined))),
    libraryInfo: async () => ({
      root: library.root,
      articleCount: library.count,
      notices: [...library.notices],
      exportsFolder: desktop.exportsFolder,
      nativeFolders: desktop.chooseFolder !== undefined,
    }),
    listArticles: async ({ checkFiles }) => {
      if (checkFiles) await library.refresh();
      return library.list();
    },
    getArticle: ({ id }) => library.get(id),
    createArticle: ({ fields }) => library.create(fields),
    saveArticle: async ({ id, baseRevision, patch }) => library.summary((await library.save(id, patch, baseRevision)).id),
    trashArticle: async ({ id }) => {
      await library.trash.move(id);
      return { id };
    },
    listTrash: () => library.trash.list(),
    savePoint: async ({ id }) => ({ revision: await library.savePoint(id, 'close') }),
    listRevisions: ({ id }) => library.history.list(id),
    getRevision: ({ id, revision }) => library.history.get(id, revision),
    restoreRevision: ({ id, revision }) => library.history.restore(id, revision),
    keepAsRevision: async ({ id, patch }) => ({ revision: await library.history.keep(id, patch) }),
    restoreArticle: ({ id }) => library.trash.restore(id),
    importPhoto: ({ id, name, data }) => library.photos.keep(id, Buffer.from(data, 'base64'), name),
    exportArticle: async ({ id, format, singleFile, parent }) => {
      if (!exportFolders.has(parent)) throw new LibraryError('invalid', message('exportFolderNotChosen', { path: parent, folder: desktop.exportsFolder }));
      const result = await library.exporter.into(id, format, parent, singleFile);
      exported.add(result.folder);
      return result;
    },
    exportPreview: async ({ id }) => {
      const bundle = await library.exporter.bundle(id, 'html', true);
      return { html: String(bundle.files.find((file) => file.path === bundle.main)?.data ?? '') };
    },
    chooseFolder: async ({ current }) => {
      if (!desktop.chooseFolder) throw unsupported('choosingFolder');
      const path = await desktop.chooseFolder(current);
      if (path !== null) exportFolders.add(path);
      return { path };
    },
    openFolder: async ({ path }) => {
      if (!desktop.openFolder) throw unsupported('openingFolder');
      if (!exported.has(path)) throw new LibraryError('invalid', message('onlyExportedFolders'));
      await desktop.openFolder(path);
      return { opened: true };
    },
    importArticle: ({ name, format, data }) => library.importArticle(Buffer.from(data, 'base64'), name, format),
    search: ({ query, limit, ...filters }) => library.finder.find(query, filters, limit),
    searchPassages: ({ query, ids }) => library.finder.passages(query, ids),
    checkSpelling: async ({ language, words }) => ({ misspelled: await spelling.misspelled(language, words) }),
    spellingSuggestions: async ({ language, word }) => ({ suggestions: await spelling.suggestions(language, word) }),
    addToDictionary: async ({ word }) => {
      const kept = await library.ownWords.add(word);
      await spelling.learn(kept);
      return { word: kept };
    },
  } satisfies Handlers;
}

/**
 * Validates an untrusted payload against the contract and runs the verb. Never throws: every
 * failure comes back as a typed error the renderer can show.
 */
export async function dispatch(handlers: Handlers, verb: string, payload: unknown): Promise<Result<unknown>> {
  if (!isVerbName(verb)) return failure('unknown-verb', message('unknownRequest', { verb }));
  const parsed = contract[verb].input.safeParse(payload);
  if (!parsed.success) {
    return failure('invalid-payload', message('invalidRequest', { verb, reason: describeIssues(parsed.error) }));
  }
  try {
    const handler = handlers[verb] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof LibraryError) return failure(error.code, error.said);
    return failure('internal', message('couldNotFinish', { verb, reason: errorText(error) }));
  }
}

/** A failed request: its message in English, and as a message the interface says in its own language. */
function failure(code: ErrorCode, said: Message): Result<never> {
  return { ok: false, error: { code, message: messageText(said), said } };
}
