export { SpellChecker, isCheckable, otherTonePlacement, MAX_WORD_LENGTH, type HunspellDictionary } from './spellChecker';
export { PersonalDictionary, OwnWord } from './personalDictionary';
