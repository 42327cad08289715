import { contextBridge, ipcRenderer } from 'electron';
import { MenuCommand, contract, lifecycle, type PreloadApi, type Result, type VerbInput, type VerbName, type VerbOutput } from '../contract';

// Each verb is its own named function bound to its own channel: the page never holds
// ipcRenderer, and cannot send on a channel the contract does not name.
function verb<K extends VerbName>(name: K): (input: VerbInput<K>) => Promise<Result<VerbOutput<K>>> {
  const channel = contract[name].channel;
  return (input) => ipcRenderer.invoke(channel, input);
}

const api = {
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
  onBeforeClose(listener: () => void) {
    const wrapped = (): void => listener();
    ipcRenderer.on(lifecycle.beforeClose, wrapped);
    return () => {
      ipcRenderer.removeListener(lifecycle.beforeClose, wrapped);
    };
  },
  closeReady() {
    ipcRenderer.send(lifecycle.closeReady);
  },
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const wrapped = (_event: unknown, command: unknown): void => {
      const parsed = MenuCommand.safeParse(command);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(lifecycle.menuCommand, wrapped);
    return () => {
      ipcRenderer.removeListener(lifecycle.menuCommand, wrapped);
    };
  },
} satisfies PreloadApi;

contextBridge.exposeInMainWorld('copydesk', api);
