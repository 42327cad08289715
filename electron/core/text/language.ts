// Letters and tone marks that occur in Vietnamese and not in English.
const VIETNAMESE = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/iu;

/**
 * vi or en from the text itself: Vietnamese when a fair share of its words carry Vietnamese
 * letters or tone marks (names and loanwords put a few into English copy too).
 */
export function detectLanguage(text: string): 'vi' | 'en' {
  const words = text.normalize('NFC').match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 'vi';
  const marked = words.filter((word) => VIETNAMESE.test(word)).length;
  // Vietnamese prose marks well over half its words; English with Vietnamese names, far fewer.
  return marked / words.length >= 0.35 ? 'vi' : 'en';
}

/** "vi", "vi-VN", "en-GB", "English", "Tiếng Việt" → vi or en; anything else → null. */
export function languageFromDeclaration(value: string | null | undefined): 'vi' | 'en' | null {
  const tag = (value ?? '').trim().toLowerCase();
  if (/^(vi|vie)(\b|[-_])/.test(tag) || tag.startsWith('tiếng việt') || tag === 'vietnamese') return 'vi';
  if (/^(en|eng)(\b|[-_])/.test(tag) || tag === 'english') return 'en';
  return null;
}
