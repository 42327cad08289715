import { z } from 'zod';
import { deepNfc } from '../text';
import { cleanBody } from './body';
import { Article, SCHEMA_VERSION } from './schema';
import { errorText } from '../messages';

/** Why a stored article cannot be used. Shown to the user as is. */
export class DamagedArticleError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DamagedArticleError';
  }
}

const Versioned = z.looseObject({ schemaVersion: z.number().int() });

/**
 * Turns the text of an `article.json` into an article, or says exactly why it cannot:
 * empty, not JSON, written by a newer Copydesk, or not the shape of an article.
 */
export function parseArticleText(text: string): Article {
  if (text.trim() === '') {
    throw new DamagedArticleError(text.length === 0 ? 'the file is empty' : 'the file holds only blank space');
  }
  if (text.includes('\u0000')) throw new DamagedArticleError('the file holds NUL bytes (it was cut short or overwritten)');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DamagedArticleError(`the file is not valid JSON (${errorText(error)})`);
  }
  return parseArticleValue(raw);
}

export function parseArticleValue(raw: unknown): Article {
  const versioned = Versioned.safeParse(raw);
  if (!versioned.success) throw new DamagedArticleError('the file has no schemaVersion: it is not a Copydesk article');
  const version = versioned.data.schemaVersion;
  if (version > SCHEMA_VERSION) {
    throw new DamagedArticleError(`the file was written by a newer Copydesk (format ${version}; this version reads up to ${SCHEMA_VERSION})`);
  }
  // Format 1 is the first: older versions will be migrated here, one step at a time.
  const parsed = Article.safeParse(raw);
  if (!parsed.success) throw new DamagedArticleError(`the file is not the shape of an article (${describeIssues(parsed.error)})`);
  try {
    return deepNfc({ ...parsed.data, body: cleanBody(parsed.data.body) });
  } catch (error) {
    throw new DamagedArticleError(`the body does not fit the editor's schema (${errorText(error)})`);
  }
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'value'}: ${issue.message}`)
    .join('; ');
}
