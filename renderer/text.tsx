import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, type I18n, type TFunction } from '../electron/i18n';

/** The interface's words and the language they are in. */
export interface InterfaceText {
  t: TFunction;
  language: string;
}

const TextContext = createContext<InterfaceText | null>(null);

/**
 * The interface's words for the whole page, from one react-i18next hook: a hook in every component
 * (each toolbar button, each list row) kept a copy of the i18next instance and a subscription
 * each. Everything below draws again when the language changes, as with the hook.
 */
export function TextProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const value = useMemo(() => ({ t: remembering(t, i18n), language: i18n.language }), [t, i18n]);
  return <TextContext value={value}>{children}</TextContext>;
}

/** The interface's words (`t`, keys checked by the compiler) and language, inside TextProvider. */
export function useText(): InterfaceText {
  const text = useContext(TextContext);
  if (!text) throw new Error('useText is for components inside TextProvider');
  return text;
}

/**
 * `t`, faster for what the interface asks most: each sentence is read from the catalog once per
 * language and plural form, and the values (counts on every list row and in the status bar) are
 * put in here. i18next resolves the key, the plural and the interpolation afresh at every call,
 * which was about a tenth of the workstation's start. Anything else goes to i18next: the answers are the same (see
 * tests/renderer/text.test.ts, which compares every sentence of both catalogs).
 */
export function remembering(t: TFunction, i18n: Pick<I18n, 'language' | 'getResource'>): TFunction {
  const sentences = new Map<string, Sentence | null>();
  const language = i18n.language;
  const lookUp = t as unknown as (key: unknown, options?: unknown) => string;
  return ((key: unknown, options?: unknown): string => {
    if (typeof key !== 'string') return lookUp(key, options);
    const values = (options ?? NO_VALUES) as Record<string, unknown>;
    if (options !== undefined && Object.keys(values).some((name) => I18NEXT_OPTIONS.has(name))) return lookUp(key, options);
    const form = 'count' in values ? pluralForm(language, values.count) : '';
    if (form === null) return lookUp(key, options);
    const at = form ? `${key}\u0000${form}` : key;
    let sentence = sentences.get(at);
    if (sentence === undefined) sentences.set(at, (sentence = sentenceOf(i18n, language, key, form)));
    return (sentence && sentence.write(values, language)) ?? lookUp(key, options);
  }) as unknown as TFunction;
}

/**
 * The plural form i18next picks for a count, for the interface's languages (CLDR: Vietnamese has
 * one form, English "one" for exactly 1); null when i18next should decide (a zero form, say).
 */
function pluralForm(language: string, count: unknown): string | null {
  if (typeof count !== 'number' || !Number.isInteger(count) || count === 0) return null;
  if (language === 'vi') return 'other';
  if (language === 'en') return Math.abs(count) === 1 ? 'one' : 'other';
  return null;
}

interface Sentence {
  /** The sentence with the values in, or null when one is missing (i18next then says what it says). */
  write(values: Record<string, unknown>, language: string): string | null;
}

const NO_VALUES: Record<string, unknown> = {};

/** Options that change how i18next finds or writes a sentence: left to i18next. */
const I18NEXT_OPTIONS = new Set(['context', 'defaultValue', 'lng', 'lngs', 'ns', 'returnObjects', 'returnDetails', 'joinArrays', 'ordinal', 'interpolation', 'replace', 'postProcess', 'keySeparator', 'nsSeparator', 'fallbackLng']);

const PLACEHOLDER = /{{\s*([\w.]+)\s*(?:,\s*(\w+)\s*)?}}/g;

/** The sentence for a key in a plural form, as i18next finds it; null when it is not a plain one. */
function sentenceOf(i18n: Pick<I18n, 'getResource'>, language: string, key: string, form: string): Sentence | null {
  const text = (form ? i18n.getResource(language, 'translation', `${key}_${form}`) : undefined) ?? i18n.getResource(language, 'translation', key);
  if (typeof text !== 'string' || text.includes('$t(')) return null;
  const literals: string[] = [];
  const slots: { name: string; number: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const format = match[2];
    if (format !== undefined && format !== 'number') return null;
    literals.push(text.slice(last, match.index));
    slots.push({ name: match[1] as string, number: format === 'number' });
    last = match.index + match[0].length;
  }
  literals.push(text.slice(last));
  // Another kind of placeholder ("{{- name}}", say) is i18next's to write.
  if (literals.some((literal) => literal.includes('{{'))) return null;
  return {
    write(values, lang) {
      let out = literals[0] as string;
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i] as { name: string; number: boolean };
        const value = values[slot.name];
        if (value === undefined || value === null || typeof value === 'object') return null;
        out += (slot.number ? formatNumber(value, lang) : String(value)) + (literals[i + 1] as string);
      }
      return out;
    },
  };
}
