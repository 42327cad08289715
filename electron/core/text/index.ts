export { deepNfc } from './nfc';
export { BlockCounter, countText, countWords, countCharacters, readingMinutes, WORDS_PER_MINUTE, type TextCounts } from './counts';
export { foldAccents } from './fold';
export { slugify } from './slug';
export { detectLanguage, languageFromDeclaration } from './language';
export { inlineText, lineText, linesText, withoutControls } from './controls';
