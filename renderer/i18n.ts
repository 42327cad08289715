import { messageText, type Message } from '../electron/core/messages';
import { LANGUAGE_CHOICES, createI18n, resolveLanguage, type I18n, type InterfaceLanguage, type LanguageChoice } from '../electron/i18n';

/**
 * The interface language the page starts in: the reporter's choice as the app wrote it on the page
 * (`data-language-choice`, see withPreferences), the system's language resolved here from the
 * browser's (in the app, Chromium's languages are the system's).
 */
export function startLanguage(): InterfaceLanguage {
  const written = document.documentElement.dataset.languageChoice;
  const choice: LanguageChoice = LANGUAGE_CHOICES.find((known) => known === written) ?? 'system';
  return resolveLanguage(choice, navigator.languages);
}

/** The page's translations; the page's `lang` follows its language, for screen readers and fonts. */
export function pageI18n(language: InterfaceLanguage): I18n {
  const i18n = createI18n(language);
  document.documentElement.lang = language;
  i18n.onLanguageChanged((next) => {
    document.documentElement.lang = next;
  });
  return i18n;
}

/** What the core said went wrong, in the interface language as it is now. */
export function sayMessage(i18n: I18n, said: Message): string {
  return messageText(said, i18n.catalog().errors);
}
