import { describe, expect, it } from 'vitest';
import { createI18n, formatNumber, resolveLanguage } from '../../electron/i18n';
import { en } from '../../electron/i18n/en';
import { vi } from '../../electron/i18n/vi';
import { withPreferences } from '../../electron/preferences';

/** Every string of a catalog by its dotted key. */
function flatten(messages: object, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') flat.set(prefix + key, value);
    else for (const [inner, text] of flatten(value as object, `${prefix}${key}.`)) flat.set(inner, text);
  }
  return flat;
}

const variables = (text: string): string[] => [...text.matchAll(/\{\{\s*([\w]+)/g)].map((match) => match[1] ?? '').sort();

/** Strings that read the same in both languages: names, formats, symbols. */
const SAME_IN_BOTH = new Set(['articleLanguage.vi', 'articleLanguage.en', 'languageName.en', 'languageName.vi', 'article.sapo', 'export.md', 'editor.withKeys', 'errors.unexpected']);

describe('the interface catalogs', () => {
  const english = flatten(en);
  const vietnamese = flatten(vi);

  it('have the same keys in both languages', () => {
    expect([...vietnamese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('leave nothing untranslated: no Vietnamese string is the English one, but names and symbols', () => {
    const same = [...english].filter(([key, text]) => vietnamese.get(key) === text && !SAME_IN_BOTH.has(key)).map(([key]) => key);
    expect(same).toEqual([]);
    for (const [key, text] of vietnamese) expect(text.trim(), key).not.toBe('');
  });

  it('fill in the same values in both languages', () => {
    for (const [key, text] of english) expect(variables(vietnamese.get(key) ?? ''), key).toEqual(variables(text));
  });

  it('hold no symbol the interface fonts lack (arrows, check marks, shapes: renderer/icons.tsx draws those)', () => {
    const symbol = /[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf]/u;
    const found = [...english, ...vietnamese].filter(([, text]) => symbol.test(text)).map(([key, text]) => `${key}: ${text}`);
    expect(found).toEqual([]);
  });

  it('write numbers as each language does', () => {
    expect(createI18n('vi').t('common.words', { count: 1234.5 })).toBe('1.234,5 chữ');
    expect(createI18n('en').t('common.words', { count: 1234 })).toBe('1,234 words');
    // Whole numbers are grouped by hand: the same as Intl's, for any count.
    for (const n of [0, 7, 42, 999, 1000, 12345, 123456, 1234567, 98765432109, -1234]) {
      for (const language of ['en', 'vi'] as const) expect(formatNumber(n, language), `${n} ${language}`).toBe(new Intl.NumberFormat(language).format(n));
    }
    expect(createI18n('en').t('common.words', { count: 1 })).toBe('1 word');
    expect(createI18n('vi').t('statusBar.ofTarget', { words: 1200, target: 1500 })).toBe('1.200 / 1.500 chữ');
  });
});

describe('the interface language', () => {
  it('follows the system unless one is chosen', () => {
    expect(resolveLanguage('system', ['vi-VN', 'en-US'])).toBe('vi');
    expect(resolveLanguage('system', ['fr-FR', 'en-GB', 'vi'])).toBe('en');
    expect(resolveLanguage('system', ['de-DE'])).toBe('en');
    expect(resolveLanguage('system', [])).toBe('en');
    expect(resolveLanguage('en', ['vi-VN'])).toBe('en');
    expect(resolveLanguage('vi', ['en-US'])).toBe('vi');
  });

  it('is written on the page as it is served, with the theme', () => {
    const page = '<!doctype html>\n<html lang="en">\n<head></head></html>';
    expect(withPreferences(page, { interfaceLanguage: 'vi', theme: 'dark' })).toContain('<html lang="en" data-language-choice="vi" data-theme="dark">');
    expect(withPreferences(page, { interfaceLanguage: 'system', theme: 'system' })).toContain('<html lang="en" data-language-choice="system">');
    // Only known values reach the page.
    const forged = { interfaceLanguage: '"><script>', theme: '"><img>' } as never;
    expect(withPreferences(page, forged)).toContain('<html lang="en" data-language-choice="system">');
  });
});
