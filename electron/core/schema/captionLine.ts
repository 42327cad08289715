export interface CaptionLine {
  caption: string;
  credit: string;
  agency: string;
}

// "… tại cuộc làm việc ẢNH: VŨ LỢI", "… (Ảnh: Văn Điệp/TTXVN)", "… Photo: Jane Doe", "… (Photo: AFP)".
// A credit in parentheses closes them: "… ( ẢNH: X" is a caption ending in "(", then the credit.
const LABEL = String.raw`(?:ẢNH|Ảnh|ảnh|PHOTO|Photo|photo)\s*:\s*`;
const WHO = String.raw`[^():;!?]{2,80}?`;
// The caption may be empty (see `parseCaptionLine`'s `alone`).
const CAPTION = new RegExp(String.raw`^(?:(?<caption>.*?\S)\s*)?(?:\(\s*${LABEL}(?<inParens>${WHO})\s*\)|${LABEL}(?<who>${WHO}))\s*$`, 'u');

const AGENCIES = new Set(['TTXVN', 'VNA', 'TTXGP', 'VGP', 'AFP', 'AP', 'EPA', 'REUTERS', 'XINHUA', 'KYODO', 'YONHAP', 'TASS', 'BBC', 'CNN', 'UPI', 'ANSA', 'DPA', 'SGGP']);

/** An all-capital word that is an abbreviation rather than a name: a known agency, or no vowel at all. */
function isAcronym(word: string): boolean {
  return AGENCIES.has(word) || (/^\p{Lu}{2,}$/u.test(word) && !/[AĂÂEÊIOÔƠUƯY]/u.test(word.normalize('NFD').replace(/\p{M}/gu, '')));
}

/** Names written in capitals by the agency ("VŨ LỢI") are stored as names ("Vũ Lợi"); acronyms ("TTXVN") stay. */
function asName(text: string): string {
  if (text !== text.toLocaleUpperCase('vi')) return text;
  return text
    .split(/(\s+)/)
    .map((word) => (isAcronym(word) ? word : word.charAt(0) + word.slice(1).toLocaleLowerCase('vi')))
    .join('');
}

/**
 * A line that ends with a photo credit: the caption and the credit (name only, the "ẢNH:" label
 * dropped), the agency after a slash kept apart. Null for an ordinary paragraph. A line that is
 * only a credit ("ẢNH: VŨ LỢI") is a caption only where a photo stands just before it (`alone`):
 * in running copy it is a paragraph.
 */
export function parseCaptionLine(line: string, alone = false): CaptionLine | null {
  if (line.includes('\n')) return null;
  const match = CAPTION.exec(line);
  const groups = match?.groups;
  const found = groups?.who ?? groups?.inParens;
  if (!found || (!groups?.caption && !alone)) return null;
  const who = found.trim();
  if (who.split(/\s+/).length > 8) return null;
  const [name = '', ...agency] = who.split('/').map((part) => part.trim());
  return { caption: (groups?.caption ?? '').trim(), credit: asName(name), agency: agency.join('/') };
}
