import { z } from 'zod';
import { LANGUAGES, MAX_WORD_TARGET, STATUSES } from './choices';
import { inlineText, lineText, linesText } from '../text/controls';

/** The article file format this Copydesk writes. Older files are migrated on read. */
export const SCHEMA_VERSION = 1;

/** Article ids double as folder names, so they are kept to a safe alphabet. */
export const ArticleId = z.string().regex(/^[a-z0-9][a-z0-9-]{5,63}$/, 'not a Copydesk article id');
export type ArticleId = z.infer<typeof ArticleId>;

export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export const IsoDateTime = z.iso.datetime({ offset: true });

const Mark = z.looseObject({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() });

export interface BodyNode {
  type: string;
  attrs?: Record<string, unknown> | undefined;
  content?: BodyNode[] | undefined;
  marks?: z.infer<typeof Mark>[] | undefined;
  text?: string | undefined;
}

/**
 * The shape of TipTap JSON. Which node may hold which is checked against the editor's own schema
 * by `validateBody`; this only makes sure the value is a tree of the right kind of objects.
 */
export const BodyNode: z.ZodType<BodyNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(BodyNode).optional(),
    marks: z.array(Mark).optional(),
    text: z.string().overwrite(inlineText).optional(),
  }),
);

export const BodyDoc = z.object({
  type: z.literal('doc'),
  content: z.array(BodyNode),
});
export type BodyDoc = z.infer<typeof BodyDoc>;

/** A one-line field: no control characters, no line ends (see core/text/controls). */
const Line = z.string().overwrite(lineText);

export const Dateline = z.object({
  place: Line.max(200),
  date: IsoDate.nullable(),
});
export type Dateline = z.infer<typeof Dateline>;

const Name = Line.trim().min(1).max(200);

/** What a reporter edits. */
export const ArticleFields = z.object({
  headline: Line.max(1000),
  sapo: z.string().overwrite(linesText).max(10_000),
  byline: z.array(Name).max(20),
  dateline: Dateline,
  source: Line.max(500),
  section: Line.max(200),
  tags: z.array(Line.trim().min(1).max(100)).max(100),
  language: Language,
  status: Status,
  /** The length the reporter aims at, in words (absent or null: none). */
  wordTarget: z.number().int().min(1).max(MAX_WORD_TARGET).nullable().optional(),
  body: BodyDoc,
});
export type ArticleFields = z.infer<typeof ArticleFields>;

export const ArticlePatch = ArticleFields.partial();
export type ArticlePatch = z.infer<typeof ArticlePatch>;

/** The stored article: `article.json` in the article's folder. */
export const Article = ArticleFields.extend({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: ArticleId,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Counts saves: 1 after creation, +1 on every save. Used to detect edits made elsewhere. */
  revision: z.number().int().min(1),
});
export type Article = z.infer<typeof Article>;

/** One row of the library index and of the sidebar list. */
export const ArticleSummary = z.object({
  id: ArticleId,
  headline: z.string(),
  status: Status,
  language: Language,
  section: z.string(),
  wordCount: z.number().int().min(0),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number().int().min(0),
  damaged: z.boolean(),
  reason: z.string().optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** An article in the library's trash, restorable until someone empties the folder by hand. */
export const TrashEntry = z.object({
  id: ArticleId,
  headline: z.string(),
  deletedAt: z.string(),
});
export type TrashEntry = z.infer<typeof TrashEntry>;

export function emptyBody(): BodyDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
