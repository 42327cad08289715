import { foldAccents } from '../text';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words of a text, as written (NFC), in order. */
export function words(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

/** A word as the accent-exact index keeps it: lower case, marks kept ("Đà" → "đà"). */
export function exactTerm(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase('vi');
}

// Words repeat (Vietnamese has a few thousand syllables): folding each once saves most of the
// work of indexing and of marking snippets. Bounded, so a stream of distinct words cannot grow it.
const folded = new Map<string, string>();
const FOLDED_MAX = 50_000;

/** A word as the accent-free index keeps it: lower case, marks gone, đ → d ("Đà" → "da"). */
export function foldedTerm(word: string): string {
  let form = folded.get(word);
  if (form === undefined) {
    form = foldAccents(exactTerm(word));
    if (folded.size >= FOLDED_MAX) folded.clear();
    folded.set(word, form);
  }
  return form;
}

/** Whether the user typed marks: then the word must match exactly, marks and all. */
export function hasMarks(word: string): boolean {
  return foldedTerm(word) !== exactTerm(word);
}
