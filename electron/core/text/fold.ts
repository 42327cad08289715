/**
 * Removes diacritics, so that "Điện Biên" and "dien bien" compare equal. đ/Đ are separate letters
 * in Unicode, not d plus a mark, so they are folded by hand.
 */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
