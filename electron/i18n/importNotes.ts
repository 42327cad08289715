import type { ImportNote } from '../core/import/types';
import type { TFunction } from './index';

/** What an import mapped or left out, in one line of the interface's language ("2 scripts and styles left out; …"). */
export function sayImportNotes(t: TFunction, notes: readonly ImportNote[]): string {
  return notes.map((note) => t(`importNote.${note.kind}`, { count: note.count })).join('; ');
}
