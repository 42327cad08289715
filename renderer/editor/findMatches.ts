import type { Node as PmNode } from '@tiptap/pm/model';
import { foldAccents } from '../../electron/core/text/fold';

export interface FindOptions {
  /** @default false */
  matchCase: boolean;
  /** @default false: "dien bien" finds "Điện Biên" */
  matchAccents: boolean;
}

export interface Match {
  from: number;
  to: number;
}

/**
 * A text in the form it is compared in, with the offset in the original of every character:
 * folding and lower-casing may change lengths ("İ" lower-cases to two characters), so positions
 * are mapped back character by character.
 */
function comparable(text: string, options: FindOptions): { text: string; offsets: number[] } {
  let out = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of text) {
    let form = options.matchCase ? char : char.toLocaleLowerCase('vi');
    if (!options.matchAccents) form = foldAccents(form);
    for (let i = 0; i < form.length; i++) offsets.push(index);
    out += form;
    index += char.length;
  }
  offsets.push(index);
  return { text: out, offsets };
}

/** Every match of `query` in the document's text, block by block, in document order. */
export function findMatches(doc: PmNode, query: string, options: FindOptions): Match[] {
  const needle = comparable(query.normalize('NFC'), options).text;
  if (needle === '') return [];
  const matches: Match[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // Runs of text between inline nodes that are not text (line breaks): a match stays within one run.
    let runText = '';
    let runStart: number[] = [];
    const flush = (): void => {
      if (runText === '') return;
      const { text, offsets } = comparable(runText, options);
      let at = text.indexOf(needle);
      while (at >= 0) {
        const from = offsets[at] as number;
        const to = offsets[at + needle.length] as number;
        matches.push({ from: runStart[from] as number, to: (runStart[to - 1] as number) + 1 });
        at = text.indexOf(needle, at + Math.max(needle.length, 1));
      }
      runText = '';
      runStart = [];
    };
    node.forEach((child, offset) => {
      if (child.isText && child.text) {
        for (let i = 0; i < child.text.length; i++) runStart.push(pos + 1 + offset + i);
        runText += child.text;
      } else flush();
    });
    flush();
    return false;
  });
  return matches;
}
