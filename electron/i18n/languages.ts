/** The languages the interface speaks (an article's own language is another matter). */
export const INTERFACE_LANGUAGES = ['en', 'vi'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** What the reporter chooses in Settings: a language, or the system's. */
export const LANGUAGE_CHOICES = ['system', ...INTERFACE_LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** When the system speaks neither language. */
export const FALLBACK_LANGUAGE: InterfaceLanguage = 'en';

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return typeof value === 'string' && (INTERFACE_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The interface language for a choice: the chosen one, or the first of the system's preferred
 * languages (BCP 47 tags, most preferred first: "vi-VN", "en-US") that the interface speaks.
 */
export function resolveLanguage(choice: LanguageChoice, systemLanguages: readonly string[]): InterfaceLanguage {
  if (choice !== 'system') return choice;
  for (const tag of systemLanguages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isInterfaceLanguage(primary)) return primary;
  }
  return FALLBACK_LANGUAGE;
}

/** The languages of an Accept-Language header, most preferred first ("vi-VN,vi;q=0.9,en;q=0.8"). */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}
