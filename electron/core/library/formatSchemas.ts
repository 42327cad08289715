import { z } from 'zod';
import { Article, SCHEMA_VERSION } from '../article';
import { LibraryIndex } from './indexFile';

const BASE = 'urn:copydesk:schema';

/**
 * JSON Schemas of the library's files, generated from the same zod schemas that validate them,
 * so the published format cannot drift from what Copydesk reads. Kept in resources/schema/.
 */
export function libraryFormatSchemas(): Record<string, object> {
  return {
    'article.schema.json': {
      ...z.toJSONSchema(Article, { io: 'input', target: 'draft-2020-12' }),
      $id: `${BASE}:article:${SCHEMA_VERSION}`,
      title: 'Copydesk article (articles/<id>/article.json)',
      description:
        'One article of a Copydesk library. `body` is TipTap/ProseMirror JSON: which node may hold which is checked against the editor schema (paragraph, heading levels 2-3, blockquote, bulletList, orderedList, listItem, hardBreak, text; marks bold, italic and link with an http, https or mailto href).',
    },
    'library.schema.json': {
      ...z.toJSONSchema(LibraryIndex, { io: 'input', target: 'draft-2020-12' }),
      $id: `${BASE}:library:1`,
      title: 'Copydesk library index (library.json)',
      description: 'A cache of the article files, keyed by article id. Rebuilt from the article folders whenever it is missing, damaged or out of step.',
    },
  };
}
