import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { en } from './en';
import { vi } from './vi';
import type { InterfaceLanguage } from './languages';

export * from './languages';
export type { Messages } from './en';
export type { I18n, TFunction };

declare module 'i18next' {
  interface CustomTypeOptions {
    // Keys are checked by the compiler: a misspelt key does not build.
    resources: { translation: typeof en };
    returnNull: false;
  }
}

/**
 * The interface's translations in `language`, ready at once (the catalogs are in the bundle: the
 * app is offline). The main process and the page each have their own.
 */
export function createI18n(language: InterfaceLanguage): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    // Every key exists in both languages (see vi.ts): a missing one is a bug, shown as its key.
    fallbackLng: false,
    resources: { en: { translation: en }, vi: { translation: vi } },
    // React escapes what it renders; the main process puts strings in menus and native dialogs.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
