import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { bodyExtensions } from './bodyExtensions';

let cached: Schema | undefined;

/** The ProseMirror schema of the article body, built once from the shared extensions. */
export function bodySchema(): Schema {
  cached ??= getSchema(bodyExtensions());
  return cached;
}
