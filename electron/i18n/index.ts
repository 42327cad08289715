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
  instance.services.formatter?.add('number', formatNumber);
  return instance;
}

const DIGIT_GROUP: Record<InterfaceLanguage, string> = { en: ',', vi: '.' };
const decimals = new Map<string, Intl.NumberFormat>();

/**
 * Numbers as each language writes them (1,234 words; 1.234 chữ). Counts are whole numbers, and
 * grouping their digits by hand spares the page making an Intl.NumberFormat as it starts (the
 * locale's data costs milliseconds to load); other numbers go through one, made when first needed.
 */
export function formatNumber(value: unknown, language: string | undefined): string {
  const lang: InterfaceLanguage = language === 'vi' ? 'vi' : 'en';
  if (typeof value === 'number' && Number.isSafeInteger(value)) {
    const digits = String(Math.abs(value));
    let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = out.length; i < digits.length; i += 3) out += DIGIT_GROUP[lang] + digits.slice(i, i + 3);
    return value < 0 ? `-${out}` : out;
  }
  let format = decimals.get(lang);
  if (!format) decimals.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(Number(value));
}
