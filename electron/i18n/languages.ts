/** The languages the interface speaks (an article's own language is another matter). */
const INTERFACE_LANGUAGES = ['en', 'vi'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** What the reporter chooses in Settings: a language, or the system's. */
export const LANGUAGE_CHOICES = ['system', ...INTERFACE_LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** When the system speaks neither language. */
const FALLBACK_LANGUAGE: InterfaceLanguage = 'en';

function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
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
