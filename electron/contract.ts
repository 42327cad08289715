import { z } from 'zod';
import { CHANNELS, VERB_NAMES, type VerbName } from './channels';

export { CHANNELS, lifecycle } from './channels';
import { LANGUAGE_CHOICES } from './i18n/languages';
import { MENU_COMMANDS, THEMES } from './menuCommands';
import { Article, ArticleId, ArticlePatch, ArticleSummary, IsoDate, Language, Status, TrashEntry } from './core/article/schema';
import { EXPORT_FORMATS } from './core/export/types';
import { IMPORT_FORMATS, MAX_IMPORT_BYTES } from './core/import/formats';
import { CONVERSION_NOTE_KINDS } from './core/schema/conversionNotes';

export { MAX_IMPORT_BYTES };
import { RevisionId, RevisionReason } from './core/library/revisionSchema';
import { PhotoImport } from './core/media/schema';
import { englishErrors, type ErrorKey, type Message } from './core/messages';

/**
 * The one bridge between the interface and the library. Preload, the main-process handlers, the
 * browser harness and the renderer are all typed from this object; every payload is parsed with
 * its `input` schema on the receiving side before the core sees it.
 */
interface VerbDef {
  channel: string;
  input: z.ZodType;
  output: z.ZodType;
}

const Empty = z.object({}).strict();

/** Formats `importArticle` reads. */
export const ImportFormat = z.enum(IMPORT_FORMATS);

/** What an import mapped or left out (see docs/formats.md), and how many times. */
export const ImportNote = z.object({ kind: z.enum(CONVERSION_NOTE_KINDS), count: z.number().int().min(1) }).strict();

export const RevisionSummary = z.object({
  id: RevisionId,
  time: z.string(),
  headline: z.string(),
  revision: z.number().int(),
  reason: RevisionReason,
  words: z.number().int(),
});

export const FoundArticle = z.object({
  id: ArticleId,
  headline: z.string(),
  score: z.number(),
  status: z.string(),
  section: z.string(),
  date: z.string(),
});

export const Passage = z.object({
  id: ArticleId,
  snippet: z.string(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});
const ById = z.object({ id: ArticleId }).strict();

/**
 * A save's patch. The body's envelope is checked here and its blocks by the library, which checks
 * only those that differ from the stored ones: an autosave of a long article then costs about
 * what writing it costs.
 */
const SavePatch = ArticlePatch.extend({
  body: z.object({ type: z.literal('doc'), content: z.array(z.unknown()) }).optional(),
  /** Or only the blocks that changed since the revision the save starts from (see BodyChange). */
  bodyChange: z
    .object({ at: z.number().int().min(0), remove: z.number().int().min(0), insert: z.array(z.unknown()), length: z.number().int().min(0) })
    .strict()
    .optional(),
}).refine((patch) => patch.body === undefined || patch.bodyChange === undefined, 'a save carries the body or a change to it, not both');

/** A message of the core's (see core/messages): a key, and values that may be messages themselves. */
const MessageSchema: z.ZodType<Message> = z.lazy(() =>
  z.object({
    key: z.enum(Object.keys(englishErrors) as [ErrorKey, ...ErrorKey[]]),
    values: z.record(z.string(), z.union([z.string(), z.number(), MessageSchema])).optional(),
  }),
);

export const LibraryInfo = z.object({
  root: z.string(),
  /** Where exports go unless the reporter picks another folder. */
  exportsFolder: z.string(),
  /** Whether this transport can show the system's folder picker and open folders. */
  nativeFolders: z.boolean(),
  articleCount: z.number().int(),
  /** What opening the library had to repair (a rebuilt index, say), to tell the user once. */
  notices: z.array(MessageSchema),
});
export type LibraryInfo = z.infer<typeof LibraryInfo>;

/** Settings: the interface language (or the system's) and the theme. */
export const Preferences = z.object({ interfaceLanguage: z.enum(LANGUAGE_CHOICES), theme: z.enum(THEMES) }).strict();
export type Preferences = z.infer<typeof Preferences>;

export const contract = {
  preferences: { channel: CHANNELS.preferences, input: Empty, output: Preferences },
  setPreferences: { channel: CHANNELS.setPreferences, input: Preferences.partial().strict(), output: Preferences },
  libraryInfo: { channel: CHANNELS.libraryInfo, input: Empty, output: LibraryInfo },
  listArticles: {
    channel: CHANNELS.listArticles,
    // checkFiles: first bring the index in line with the article files (see Library.refresh).
    input: z.object({ checkFiles: z.boolean().optional() }).strict(),
    output: z.array(ArticleSummary),
  },
  getArticle: { channel: CHANNELS.getArticle, input: ById, output: Article },
  createArticle: {
    channel: CHANNELS.createArticle,
    input: z.object({ fields: ArticlePatch.optional() }).strict(),
    output: Article,
  },
  saveArticle: {
    channel: CHANNELS.saveArticle,
    input: z.object({ id: ArticleId, baseRevision: z.number().int().min(1), patch: SavePatch }).strict(),
    // The row for the library list: a long article does not travel back on every autosave.
    output: ArticleSummary,
  },
  trashArticle: { channel: CHANNELS.trashArticle, input: ById, output: z.object({ id: ArticleId }) },
  savePoint: { channel: CHANNELS.savePoint, input: ById, output: z.object({ revision: z.string() }) },
  listRevisions: { channel: CHANNELS.listRevisions, input: ById, output: z.array(RevisionSummary) },
  getRevision: { channel: CHANNELS.getRevision, input: z.object({ id: ArticleId, revision: RevisionId }).strict(), output: Article },
  restoreRevision: { channel: CHANNELS.restoreRevision, input: z.object({ id: ArticleId, revision: RevisionId }).strict(), output: Article },
  keepAsRevision: { channel: CHANNELS.keepAsRevision, input: z.object({ id: ArticleId, patch: SavePatch }).strict(), output: z.object({ revision: z.string() }) },
  listTrash: { channel: CHANNELS.listTrash, input: Empty, output: z.array(TrashEntry) },
  restoreArticle: { channel: CHANNELS.restoreArticle, input: ById, output: ArticleSummary },
  importArticle: {
    channel: CHANNELS.importArticle,
    input: z
      .object({
        /** The file's name: its extension tells the format unless `format` does. */
        name: z.string().min(1).max(255),
        format: ImportFormat.optional(),
        data: z.base64().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4),
      })
      .strict(),
    output: z.object({ article: Article, notes: z.array(ImportNote) }).strict(),
  },
  search: {
    channel: CHANNELS.search,
    input: z
      .object({
        query: z.string().max(500),
        status: Status.optional(),
        section: z.string().max(200).optional(),
        from: IsoDate.optional(),
        to: IsoDate.optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .strict(),
    // What was found, from the search index alone; the passages follow (searchPassages).
    output: z.array(FoundArticle),
  },
  searchPassages: {
    channel: CHANNELS.searchPassages,
    input: z.object({ query: z.string().max(500), ids: z.array(ArticleId).max(500) }).strict(),
    output: z.array(Passage),
  },
  checkSpelling: {
    channel: CHANNELS.checkSpelling,
    // The words of the paragraphs to check; the answer names those misspelled.
    input: z.object({ language: Language, words: z.array(z.string().max(200)).max(5000) }).strict(),
    output: z.object({ misspelled: z.array(z.string()) }),
  },
  spellingSuggestions: {
    channel: CHANNELS.spellingSuggestions,
    input: z.object({ language: Language, word: z.string().min(1).max(200) }).strict(),
    output: z.object({ suggestions: z.array(z.string()) }),
  },
  addToDictionary: {
    channel: CHANNELS.addToDictionary,
    input: z.object({ word: z.string().min(1).max(200) }).strict(),
    // The word as the library keeps it.
    output: z.object({ word: z.string() }),
  },
  exportArticle: {
    channel: CHANNELS.exportArticle,
    input: z
      .object({
        id: ArticleId,
        format: z.enum(EXPORT_FORMATS),
        singleFile: z.boolean(),
        /** The folder the export's own folder is made in: an absolute path. */
        parent: z.string().min(1).max(4096),
      })
      .strict(),
    output: z.object({ folder: z.string(), main: z.string(), files: z.array(z.string()) }),
  },
  exportPreview: { channel: CHANNELS.exportPreview, input: ById, output: z.object({ html: z.string() }) },
  chooseFolder: { channel: CHANNELS.chooseFolder, input: z.object({ current: z.string().max(4096) }).strict(), output: z.object({ path: z.string().nullable() }) },
  openFolder: { channel: CHANNELS.openFolder, input: z.object({ path: z.string().min(1).max(4096) }).strict(), output: z.object({ opened: z.boolean() }) },
  importPhoto: {
    channel: CHANNELS.importPhoto,
    input: z
      .object({
        id: ArticleId,
        /** The file's name, for messages only: its type is read from its bytes. */
        name: z.string().max(255),
        /** The file, base64: the same payload crosses IPC and HTTP. 50 MB of photo, at most. */
        data: z.base64().max(Math.ceil((50 * 1024 * 1024) / 3) * 4),
      })
      .strict(),
    output: PhotoImport,
  },
} as const satisfies { [K in VerbName]: VerbDef };

export type Contract = typeof contract;
export type { VerbName };
export type VerbInput<K extends VerbName> = z.input<Contract[K]['input']>;
export type VerbOutput<K extends VerbName> = z.output<Contract[K]['output']>;

export const ErrorCode = z.enum(['not-found', 'damaged', 'conflict', 'locked', 'io', 'invalid', 'unsupported', 'out-of-step', 'invalid-payload', 'unknown-verb', 'forbidden', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCode>;

export interface BridgeFailure {
  code: ErrorCode;
  /** In English (logs, the command line). */
  message: string;
  /** The same, by key and values: the interface says it in its own language. */
  said?: Message;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: BridgeFailure };

/** The API object the renderer sees, whichever transport carries it. */
export type CopydeskApi = { [K in VerbName]: (input: VerbInput<K>) => Promise<Result<VerbOutput<K>>> };

/** Menu items the page carries out. */
export const MenuCommand = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** What the preload exposes as `window.copydesk`: the verbs plus the life-cycle hooks. */
export type PreloadApi = CopydeskApi & {
  onBeforeClose(listener: () => void): () => void;
  closeReady(): void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

export const verbNames = VERB_NAMES;

export function isVerbName(name: string): name is VerbName {
  return Object.hasOwn(contract, name);
}
