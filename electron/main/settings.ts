import { readFileSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { DurableJsonFile } from '../core/store/durableFile';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../i18n/languages';
import { THEMES, type Theme } from '../menuCommands';
import type { PreferenceStore, Preferences } from '../preferences';

/** Libraries kept in File › Recent Libraries. */
export const RECENT_LIBRARIES = 8;
/** How long changes (a window dragged about, say) wait before they are written together. */
const WRITE_DELAY_MS = 500;

const WindowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

const Settings = z.object({
  version: z.literal(1),
  window: WindowState.nullable(),
  /** The library open when the app last closed. */
  lastLibrary: z.string().nullable(),
  /** Most recent first. */
  recentLibraries: z.array(z.string()).max(RECENT_LIBRARIES),
  /** The article last open in each library (by the library's folder). */
  lastArticle: z.record(z.string(), z.string()),
  /** View › Theme. */
  theme: z.enum(THEMES).default('system'),
  /** Settings › Interface language. */
  interfaceLanguage: z.enum(LANGUAGE_CHOICES).default('system'),
});
export type Settings = z.infer<typeof Settings>;

const DEFAULTS: Settings = { version: 1, window: null, lastLibrary: null, recentLibraries: [], lastArticle: {}, theme: 'system', interfaceLanguage: 'system' };

/**
 * The interface language chosen in Settings, read before the app is ready (Chromium's own locale,
 * which its date fields follow, is set from it then). A missing or damaged file is the system's.
 */
export function chosenLanguageSync(dir: string): LanguageChoice {
  try {
    const parsed = z.object({ interfaceLanguage: z.enum(LANGUAGE_CHOICES) }).safeParse(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')));
    return parsed.success ? parsed.data.interfaceLanguage : 'system';
  } catch {
    return 'system';
  }
}

/** Chromium's locale for an interface language: British English writes dates day first, as Vietnamese does. */
export const CHROMIUM_LOCALES = { en: 'en-GB', vi: 'vi' } as const;

/** The key a library goes by in the settings: its absolute path, so a folder is one library however it was named. */
export const libraryKey = (root: string): string => resolve(root);

/**
 * The app's own settings (window, libraries, last article), in its user-data folder. A damaged
 * file is kept beside it under another name and the app starts from the defaults: settings are
 * never a reason not to start.
 */
export class SettingsStore {
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly db: Low<Settings>,
    /** When the file could not be read and the defaults are used: where the damaged file was kept, if it could be. */
    readonly reset: { keptAs: string | null } | null,
  ) {}

  static async open(dir: string, now = new Date()): Promise<SettingsStore> {
    await mkdir(dir, { recursive: true });
    const path = join(dir, 'settings.json');
    const file = new DurableJsonFile<Settings>(path, (text) => Settings.parse(JSON.parse(text)));
    const db = new Low(file, structuredClone(DEFAULTS));
    try {
      await db.read();
      return new SettingsStore(db, null);
    } catch {
      const kept = join(dir, `settings.damaged-${now.toISOString().replace(/[-:.]/g, '')}.json`);
      const copied = await copyFile(path, kept).then(
        () => true,
        () => false,
      );
      db.data = structuredClone(DEFAULTS);
      return new SettingsStore(db, { keptAs: copied ? kept : null });
    }
  }

  get current(): Readonly<Settings> {
    return this.db.data;
  }

  /** Changes the settings; they are written a moment later (see flush). */
  update(change: (settings: Settings) => void): void {
    change(this.db.data);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), WRITE_DELAY_MS);
  }

  /** Writes what changed now; on quit, say. A failed write is not fatal: settings are a comfort. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.writing = this.writing.then(() => this.db.write()).catch(() => undefined);
    await this.writing;
  }

  /** Puts `root` first in the recent libraries and makes it the one to open next time. */
  openedLibrary(root: string): void {
    const key = libraryKey(root);
    this.update((settings) => {
      settings.lastLibrary = key;
      settings.recentLibraries = [key, ...settings.recentLibraries.filter((other) => other !== key)].slice(0, RECENT_LIBRARIES);
    });
  }

  /** Forgets a library that could not be opened any more. */
  forgetLibrary(root: string): void {
    const key = libraryKey(root);
    this.update((settings) => {
      settings.recentLibraries = settings.recentLibraries.filter((other) => other !== key);
      if (settings.lastLibrary === key) settings.lastLibrary = null;
    });
  }

  clearRecentLibraries(): void {
    this.update((settings) => {
      settings.recentLibraries = settings.lastLibrary ? [settings.lastLibrary] : [];
    });
  }

  /** Remembers the article open in a library (null: none). */
  openedArticle(root: string, id: string | null): void {
    const key = libraryKey(root);
    if ((this.db.data.lastArticle[key] ?? null) === id) return;
    this.update((settings) => {
      if (id) settings.lastArticle[key] = id;
      else delete settings.lastArticle[key];
    });
  }

  chooseTheme(theme: Theme): void {
    this.update((settings) => {
      settings.theme = theme;
    });
  }

  /** Settings' own choices, as the page reads and changes them; `onChange` follows each change. */
  preferences(onChange: (preferences: Preferences) => void): PreferenceStore {
    const current = (): Preferences => ({ interfaceLanguage: this.db.data.interfaceLanguage, theme: this.db.data.theme });
    return {
      current,
      change: (change) => {
        this.update((settings) => Object.assign(settings, change));
        const now = current();
        onChange(now);
        return now;
      },
    };
  }

  rememberWindow(window: WindowState): void {
    this.update((settings) => {
      settings.window = window;
    });
  }
}
