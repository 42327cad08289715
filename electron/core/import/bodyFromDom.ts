import { DOMParser } from '@tiptap/pm/model';
import type { BodyDoc } from '../article/schema';
import { bodySchema } from '../schema';
import type { ConversionNotes } from '../schema/prepareHtml';
import { tidyBody } from './tidyBody';
import type { ImportNote } from './types';

/**
 * A prepared DOM (see `prepareHtml`) read by the schema's own parse rules: ProseMirror's DOMParser
 * fits whatever nesting the page has into what the schema allows, so nothing is refused for it.
 */
export function bodyFromDom(root: Element): BodyDoc {
  const doc = DOMParser.fromSchema(bodySchema()).parse(root);
  return tidyBody(doc.toJSON() as BodyDoc);
}

export function notesOf(notes: ConversionNotes): ImportNote[] {
  return [...notes].map(([kind, count]) => ({ kind, count }));
}
