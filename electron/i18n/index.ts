import { en, type Messages } from './en';
import { vi } from './vi';
import type { InterfaceLanguage } from './languages';
import { translator } from '../core/messages/translator';

export * from './languages';
export type { Messages } from './en';

/** Every sentence's key ("figure.caption"); `_one`/`_other` forms are asked for by their key with a count. */
export type MessageKey = PluralBase<Leaves<typeof en>>;
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type PluralBase<K extends string> = K extends `${infer Base}_${PluralForm}` ? Base : K;
type PluralForm = 'one' | 'other';

/** What fills a sentence's {{name}} slots; `count` also picks the plural form. */
export type MessageValues = Readonly<Record<string, unknown>>;

/** A sentence of the interface, by key (checked by the compiler), with its values filled in. */
export type TFunction = (key: MessageKey, values?: MessageValues) => string;

/** The interface's words in one language at a time, for the main process or the page. */
export interface I18n {
  readonly language: InterfaceLanguage;
  /** Works unbound, and always in the language as it is now. */
  readonly t: TFunction;
  changeLanguage(language: InterfaceLanguage): void;
  /** Calls `listener` with the new language after each change; returns a way to stop. */
  onLanguageChanged(listener: (language: InterfaceLanguage) => void): () => void;
  /** The catalog of the language as it is now. */
  catalog(): Messages;
}

const CATALOGS: Readonly<Record<InterfaceLanguage, Messages>> = { en, vi };

/**
 * The interface's translations in `language`, ready at once: i18next (core/messages/translator.ts)
 * over both catalogs, which are in the bundle (the app is offline). The main process and the page
 * each have their own.
 */
export function createI18n(language: InterfaceLanguage): I18n {
  const instance = translator(language, CATALOGS);
  const translate = instance.t.bind(instance) as unknown as (key: string, values?: MessageValues) => string;
  const listeners = new Set<(language: InterfaceLanguage) => void>();
  let current = language;
  return {
    get language() {
      return current;
    },
    t: (key, values) => translate(key, values),
    changeLanguage(next) {
      if (next === current) return;
      current = next;
      void instance.changeLanguage(next);
      for (const listener of [...listeners]) listener(next);
    },
    onLanguageChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    catalog: () => CATALOGS[current],
  };
}

export { formatNumber } from '../core/messages/translator';
