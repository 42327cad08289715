import { describe, expect, it } from 'vitest';
import { createI18n, type TFunction } from '../../electron/i18n';
import { en } from '../../electron/i18n/en';
import { remembering } from '../../renderer/text';

/** Every key of a catalog, plural forms taken back to the key the interface asks for. */
function keysOf(messages: object, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [name, value] of Object.entries(messages)) {
    if (typeof value === 'string') keys.add(`${prefix}${name.replace(/_(one|other)$/, '')}`);
    else for (const key of keysOf(value as object, `${prefix}${name}.`)) keys.add(key);
  }
  return keys;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((match) => match[1] as string);

describe("the interface's words, written without i18next where they can be", () => {
  for (const language of ['vi', 'en'] as const) {
    it(`writes every sentence of the ${language} catalog as i18next does, with any values`, () => {
      const i18n = createI18n(language);
      const t = i18n.t.bind(i18n) as unknown as (key: string, options?: object) => string;
      const fast = remembering(i18n.t as TFunction, i18n) as unknown as (key: string, options?: object) => string;
      let withValues = 0;
      for (const key of keysOf(en)) {
        expect(fast(key), key).toBe(t(key));
        const names = new Set([...placeholders(String(i18n.getResource(language, 'translation', key) ?? '')), ...placeholders(String(i18n.getResource(language, 'translation', `${key}_other`) ?? ''))]);
        if (names.size === 0) {
          expect(fast(key, { count: 3 }), key).toBe(t(key, { count: 3 }));
          continue;
        }
        withValues++;
        for (const count of [0, 1, 2, 21, 1234, 1_000_000, 1.5, -1]) {
          for (const text of ['Điện Biên', 'a "quoted" <b>name</b> & more', '']) {
            const values = Object.fromEntries([...names].map((name) => [name, name === 'count' || name === 'n' || name === 'words' || name === 'target' || name === 'percent' || name === 'megabytes' ? count : text]));
            expect(fast(key, values), `${key} ${JSON.stringify(values)}`).toBe(t(key, values));
            // Asked again: the sentence is remembered, the answer the same.
            expect(fast(key, values)).toBe(t(key, values));
          }
        }
        // A value left out is i18next's to handle.
        expect(fast(key, {}), key).toBe(t(key, {}));
      }
      expect(withValues).toBeGreaterThan(20);
    });
  }

  it("leaves i18next's own options to i18next", () => {
    const i18n = createI18n('en');
    const t = i18n.t.bind(i18n) as unknown as (key: string, options?: object) => string;
    const fast = remembering(i18n.t as TFunction, i18n) as unknown as (key: string, options?: object) => string;
    expect(fast('common.words', { count: 2, lng: 'vi' })).toBe(t('common.words', { count: 2, lng: 'vi' }));
    expect(fast('common.words', { count: 2, lng: 'vi' })).toBe('2 chữ');
    expect(fast('no.such.key', { count: 2 })).toBe(t('no.such.key', { count: 2 }));
  });
});
