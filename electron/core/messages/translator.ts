import i18next, { type i18n } from 'i18next';

/**
 * An i18next instance over catalogs that are in the bundle (the app is offline), ready at once:
 * the one translator of the interface and of the core's messages. Nested keys, `_one`/`_other`
 * chosen by `count` through Intl.PluralRules, `{{name}}` and `{{name, number}}` slots; no HTML
 * escaping (React and the exports escape what they write); a value left out keeps its slot.
 */
export function translator(language: string, catalogs: Readonly<Record<string, object>>): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: Object.fromEntries(Object.entries(catalogs).map(([lang, catalog]) => [lang, { translation: catalog }])),
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    // A group of sentences asked for as one reads as its key, as a missing sentence does: a bug, shown.
    returnedObjectHandler: (key: string) => key,
  });
  instance.services.formatter?.add('number', formatNumber);
  return instance;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Numbers as each language writes them (1,234 words; 1.234 chữ), by Intl, one formatter per language. */
export function formatNumber(value: unknown, language: string | undefined): string {
  const lang = language === 'vi' ? 'vi' : 'en';
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(Number(value));
}
