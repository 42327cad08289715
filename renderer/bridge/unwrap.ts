import type { CopydeskApi, VerbName } from '../../electron/contract';
import type { Message } from '../../electron/core/messages';
import { BridgeError, type Bridge } from './types';

type Verbs = Omit<Bridge, 'transport' | 'onBeforeClose' | 'onMenuCommand'>;

/**
 * Turns result envelopes into values or thrown BridgeErrors, whose message `say` puts in the
 * interface language (English as the core wrote it, without one).
 */
export function unwrapAll(api: CopydeskApi, say?: (said: Message) => string): Verbs {
  const verb =
    <K extends VerbName>(name: K) =>
    async (input: Parameters<CopydeskApi[K]>[0]) => {
      const call = api[name] as (input: unknown) => ReturnType<CopydeskApi[K]>;
      const result = await call(input);
      if (!result.ok) throw new BridgeError(result.error.code, result.error.said && say ? say(result.error.said) : result.error.message);
      return result.value;
    };
  return {
    preferences: verb('preferences'),
    setPreferences: verb('setPreferences'),
    libraryInfo: verb('libraryInfo'),
    listArticles: verb('listArticles'),
    getArticle: verb('getArticle'),
    createArticle: verb('createArticle'),
    saveArticle: verb('saveArticle'),
    trashArticle: verb('trashArticle'),
    savePoint: verb('savePoint'),
    listRevisions: verb('listRevisions'),
    getRevision: verb('getRevision'),
    restoreRevision: verb('restoreRevision'),
    keepAsRevision: verb('keepAsRevision'),
    listTrash: verb('listTrash'),
    restoreArticle: verb('restoreArticle'),
    importPhoto: verb('importPhoto'),
    importArticle: verb('importArticle'),
    search: verb('search'),
    searchPassages: verb('searchPassages'),
    checkSpelling: verb('checkSpelling'),
    spellingSuggestions: verb('spellingSuggestions'),
    addToDictionary: verb('addToDictionary'),
    exportArticle: verb('exportArticle'),
    exportPreview: verb('exportPreview'),
    chooseFolder: verb('chooseFolder'),
    openFolder: verb('openFolder'),
  } satisfies Verbs;
}
