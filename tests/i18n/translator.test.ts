import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, formatNumber, type InterfaceLanguage, type MessageKey } from '../../electron/i18n';
import { en } from '../../electron/i18n/en';
import { vi } from '../../electron/i18n/vi';

/** Every key of a catalog, plural forms taken back to the key the interface asks for. */
function keysOf(messages: object, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [name, value] of Object.entries(messages)) {
    if (typeof value === 'string') keys.add(`${prefix}${name.replace(/_(one|other)$/, '')}`);
    else for (const key of keysOf(value as object, `${prefix}${name}.`)) keys.add(key);
  }
  return keys;
}

/** i18next configured plainly, as its documentation does: the reference the interface's instance must read as. */
function reference(language: InterfaceLanguage): (key: string, values?: object) => string {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: { en: { translation: en }, vi: { translation: vi } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  instance.services.formatter?.add('number', formatNumber);
  const t = instance.t.bind(instance) as unknown as (key: string, values?: object) => string;
  return (key, values) => t(key, values);
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((match) => match[1] as string);
const NUMBERS = new Set(['count', 'n', 'words', 'target', 'percent', 'megabytes']);

describe("the interface's translator", () => {
  for (const language of ['vi', 'en'] as const) {
    it(`writes every sentence of the ${language} catalog as i18next does, with any values`, () => {
      const t = createI18n(language).t as unknown as (key: string, values?: object) => string;
      const expected = reference(language);
      const catalog = createI18n(language).catalog() as unknown as Record<string, Record<string, string>>;
      let withValues = 0;
      for (const key of keysOf(en)) {
        expect(t(key), key).toBe(expected(key));
        const texts = [key, `${key}_other`].map((path) => path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog));
        const names = new Set(texts.flatMap((text) => (typeof text === 'string' ? placeholders(text) : [])));
        if (names.size === 0) {
          expect(t(key, { count: 3 }), key).toBe(expected(key, { count: 3 }));
          continue;
        }
        withValues++;
        for (const count of [0, 1, 2, 21, 1234, 1_000_000, 1.5, -1]) {
          for (const text of ['Điện Biên', 'a "quoted" <b>name</b> & more', '']) {
            const values = Object.fromEntries([...names].map((slot) => [slot, NUMBERS.has(slot) ? count : text]));
            expect(t(key, values), `${key} ${JSON.stringify(values)}`).toBe(expected(key, values));
            // Asked again: the sentence is remembered, the answer the same.
            expect(t(key, values)).toBe(expected(key, values));
          }
        }
        // A value left out keeps its slot in the sentence.
        expect(t(key, {}), key).toBe(expected(key, {}));
        const [first] = names;
        expect(t(key, { [first as string]: 7 }), key).toBe(expected(key, { [first as string]: 7 }));
      }
      expect(withValues).toBeGreaterThan(20);
    });
  }

  it('reads a key the catalog lacks as the key itself', () => {
    const t = createI18n('en').t as unknown as (key: string, values?: object) => string;
    expect(t('no.such.key')).toBe('no.such.key');
    expect(t('no.such.key', { count: 2 })).toBe(reference('en')('no.such.key', { count: 2 }));
    // A group is not a sentence.
    expect(t('common')).toBe('common');
  });

  it('changes language at once, for every holder of its t, and says so', () => {
    const i18n = createI18n('en');
    const { t } = i18n;
    const heard: string[] = [];
    const stop = i18n.onLanguageChanged((language) => heard.push(language));
    expect(t('common.words', { count: 1 })).toBe('1 word');
    i18n.changeLanguage('vi');
    expect(i18n.language).toBe('vi');
    expect(t('common.words', { count: 1 })).toBe('1 chữ');
    expect(i18n.catalog()).toBe(vi);
    // The same language again is no change.
    i18n.changeLanguage('vi');
    stop();
    i18n.changeLanguage('en');
    expect(t('common.words', { count: 1234 })).toBe('1,234 words');
    expect(heard).toEqual(['vi']);
  });

  it('checks keys when the project is compiled', () => {
    const t = createI18n('en').t;
    const key: MessageKey = 'common.words';
    expect(t(key, { count: 2 })).toBe('2 words');
    // @ts-expect-error: not a key of the catalogs
    expect(t('common.wordz')).toBe('common.wordz');
  });
});
