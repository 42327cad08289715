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

/** A word as the accent-free index keeps it: lower case, marks gone, đ → d ("Đà" → "da"). */
export function foldedTerm(word: string): string {
  return foldAccents(exactTerm(word));
}

/** Whether the user typed marks: then the word must match exactly, marks and all. */
export function hasMarks(word: string): boolean {
  return foldedTerm(word) !== exactTerm(word);
}
