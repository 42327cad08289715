import { createI18n, isInterfaceLanguage, resolveLanguage, type I18n, type InterfaceLanguage } from '../electron/i18n';

/**
 * The interface language the page starts in: the one the app wrote on the page (`<html lang>`, from
 * Settings or the system), or, on a page served without it, the browser's own.
 */
export function startLanguage(): InterfaceLanguage {
  const written = document.documentElement.lang;
  return isInterfaceLanguage(written) ? written : resolveLanguage('system', navigator.languages);
}

/** The page's translations; the page's `lang` follows its language, for screen readers and fonts. */
export function pageI18n(language: InterfaceLanguage): I18n {
  const i18n = createI18n(language);
  document.documentElement.lang = language;
  i18n.on('languageChanged', (next) => {
    document.documentElement.lang = next;
  });
  return i18n;
}
