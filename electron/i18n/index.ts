import { en, type Messages } from './en';
import { vi } from './vi';
import type { InterfaceLanguage } from './languages';

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
 * The interface's translations in `language`, ready at once (the catalogs are in the bundle: the
 * app is offline). The main process and the page each have their own. Replaces i18next, whose
 * instance and translation path were a twentieth of the page's memory and its largest library
 * after React and the editor, for what the catalogs use: nested keys, `_one`/`_other` chosen by
 * `count`, and {{name}} or {{name, number}} slots. The answers are i18next's (tests/i18n/translator.test.ts
 * compares every sentence of both catalogs).
 */
export function createI18n(language: InterfaceLanguage): I18n {
  let current = language;
  let sentences = new Map<string, Sentence | null>();
  const listeners = new Set<(language: InterfaceLanguage) => void>();
  const t: TFunction = (key, values) => {
    const form = values !== undefined && 'count' in values ? pluralForm(current, values.count) : '';
    const at = form ? `${key}\u0000${form}` : key;
    let sentence = sentences.get(at);
    if (sentence === undefined) sentences.set(at, (sentence = sentenceOf(CATALOGS[current], key, form)));
    // A key the catalog lacks reads as itself, as with i18next: a bug, shown rather than hidden.
    return sentence === null ? key : sentence.write(values ?? NO_VALUES, current);
  };
  return {
    get language() {
      return current;
    },
    t,
    changeLanguage(next) {
      if (next === current) return;
      current = next;
      sentences = new Map();
      for (const listener of [...listeners]) listener(next);
    },
    onLanguageChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    catalog: () => CATALOGS[current],
  };
}

/**
 * The plural form for a count (CLDR: Vietnamese has one form; English "one" for 1 and -1, as
 * Intl.PluralRules says). A `count` that is not a number picks no form.
 */
function pluralForm(language: InterfaceLanguage, count: unknown): PluralForm | '' {
  if (typeof count !== 'number') return '';
  return language === 'en' && Math.abs(count) === 1 ? 'one' : 'other';
}

interface Sentence {
  write(values: MessageValues, language: InterfaceLanguage): string;
}

const NO_VALUES: MessageValues = {};
const SLOT = /{{\s*([\w.]+)\s*(?:,\s*(\w+)\s*)?}}/g;

/** The sentence for a key in a plural form (the plain key when that form is missing); null when there is none. */
function sentenceOf(catalog: Messages, key: string, form: PluralForm | ''): Sentence | null {
  const text = (form ? lookUp(catalog, `${key}_${form}`) : undefined) ?? lookUp(catalog, key);
  if (text === undefined) return null;
  const literals: string[] = [];
  const slots: { name: string; number: boolean; source: string }[] = [];
  let last = 0;
  for (const match of text.matchAll(SLOT)) {
    literals.push(text.slice(last, match.index));
    slots.push({ name: match[1] as string, number: match[2] === 'number', source: match[0] });
    last = match.index + match[0].length;
  }
  literals.push(text.slice(last));
  return {
    write(values, language) {
      let out = literals[0] as string;
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i] as (typeof slots)[number];
        const value = values[slot.name];
        // A value left out keeps its slot, as i18next does: the sentence shows what is missing.
        const written = value === undefined ? slot.source : slot.number ? formatNumber(value, language) : value === null ? '' : String(value);
        out += written + (literals[i + 1] as string);
      }
      return out;
    },
  };
}

function lookUp(catalog: Messages, key: string): string | undefined {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const numberFormats = new Map<InterfaceLanguage, Intl.NumberFormat>();

/** Numbers as each language writes them (1,234 words; 1.234 chữ), by Intl, one formatter per language. */
export function formatNumber(value: unknown, language: string | undefined): string {
  const lang: InterfaceLanguage = language === 'vi' ? 'vi' : 'en';
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(Number(value));
}
