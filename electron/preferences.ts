import type { Preferences } from './contract';
import { LANGUAGE_CHOICES } from './i18n/languages';
import { THEMES } from './menuCommands';

/** The reporter's own choices for the app on this computer (Settings), not a library's: see the contract. */
export type { Preferences };

const DEFAULT_PREFERENCES: Preferences = { interfaceLanguage: 'system', theme: 'system' };

/** Where an adapter keeps the preferences: the app's settings file, or the harness's memory. */
export interface PreferenceStore {
  current(): Preferences;
  change(change: Partial<Preferences>): Preferences;
}

/** The browser harness keeps them for as long as it runs. */
export class MemoryPreferences implements PreferenceStore {
  private preferences: Preferences;

  constructor(initial: Partial<Preferences> = {}) {
    this.preferences = { ...DEFAULT_PREFERENCES, ...initial };
  }

  current(): Preferences {
    return { ...this.preferences };
  }

  change(change: Partial<Preferences>): Preferences {
    this.preferences = { ...this.preferences, ...change };
    return this.current();
  }
}

/**
 * The page as served, carrying the preferences it starts with (so its first frame is in the
 * reporter's language and theme, with no round trip): `data-language-choice` on the root element,
 * and `data-theme` when a theme is chosen rather than the system's.
 */
export function withPreferences(html: string, preferences: Preferences): string {
  const language = LANGUAGE_CHOICES.includes(preferences.interfaceLanguage) ? preferences.interfaceLanguage : 'system';
  const theme = THEMES.includes(preferences.theme) && preferences.theme !== 'system' ? ` data-theme="${preferences.theme}"` : '';
  return html.replace(/<html\b([^>]*)>/i, (_tag, attributes: string) => `<html${attributes} data-language-choice="${language}"${theme}>`);
}
