import { describeIssues } from './core/article';
import { LibraryError, type Library } from './core/library';
import { contract, isVerbName, type Result, type VerbName, type VerbOutput } from './contract';
import type { z } from 'zod';

/** The core's answer to each verb, as every adapter (IPC, HTTP) serves it. */
export type Handlers = { [K in VerbName]: (input: z.output<(typeof contract)[K]['input']>) => Promise<VerbOutput<K>> };

export function libraryHandlers(library: Library): Handlers {
  return {
    libraryInfo: async () => ({ root: library.root, articleCount: library.list().length, notices: [...library.notices] }),
    listArticles: async () => library.list(),
    getArticle: ({ id }) => library.get(id),
    createArticle: ({ fields }) => library.create(fields),
    saveArticle: ({ id, baseRevision, patch }) => library.save(id, patch, baseRevision),
    trashArticle: async ({ id }) => {
      await library.trash(id);
      return { id };
    },
    listTrash: () => library.listTrash(),
    restoreArticle: ({ id }) => library.restore(id),
    importPhoto: ({ id, name, data }) => library.importPhoto(id, Buffer.from(data, 'base64'), name),
    importArticle: ({ name, format, data }) => library.importArticle(Buffer.from(data, 'base64'), name, format),
    search: ({ query, limit, ...filters }) => library.search(query, filters, limit),
  } satisfies Handlers;
}

/**
 * Validates an untrusted payload against the contract and runs the verb. Never throws: every
 * failure comes back as a typed error the renderer can show.
 */
export async function dispatch(handlers: Handlers, verb: string, payload: unknown): Promise<Result<unknown>> {
  if (!isVerbName(verb)) return { ok: false, error: { code: 'unknown-verb', message: `Unknown request: ${verb}` } };
  const parsed = contract[verb].input.safeParse(payload);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-payload', message: `Invalid ${verb} request: ${describeIssues(parsed.error)}` } };
  }
  try {
    const handler = handlers[verb] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof LibraryError) return { ok: false, error: { code: error.code, message: error.message } };
    return { ok: false, error: { code: 'internal', message: `Copydesk could not finish ${verb}: ${(error as Error).message}` } };
  }
}
