import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECENT_LIBRARIES, SettingsStore, chosenLanguageSync } from '../../electron/main/settings';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

describe('the app’s settings', () => {
  it('start from the defaults and keep what changed across starts', async () => {
    const dir = await tempDir();
    const first = await SettingsStore.open(dir);
    expect(first.current).toEqual({ version: 1, window: null, lastLibrary: null, recentLibraries: [], lastArticle: {}, theme: 'system', interfaceLanguage: 'system' });
    expect(first.reset).toBeNull();
    first.openedLibrary('/thu-vien/thoi-su');
    first.openedArticle('/thu-vien/thoi-su', '20261126-abcdef0123');
    first.rememberWindow({ x: 40, y: 30, width: 1400, height: 900, maximized: true });
    first.chooseTheme('dark');
    await first.flush();
    const again = await SettingsStore.open(dir);
    expect(again.current).toEqual({
      version: 1,
      window: { x: 40, y: 30, width: 1400, height: 900, maximized: true },
      lastLibrary: '/thu-vien/thoi-su',
      recentLibraries: ['/thu-vien/thoi-su'],
      lastArticle: { '/thu-vien/thoi-su': '20261126-abcdef0123' },
      theme: 'dark',
      interfaceLanguage: 'system',
    });
  });

  it('keep recent libraries most recent first, once each, at most eight', async () => {
    const store = await SettingsStore.open(await tempDir());
    for (let i = 1; i <= 10; i++) store.openedLibrary(`/thu-vien/${i}`);
    store.openedLibrary('/thu-vien/5/');
    expect(store.current.recentLibraries).toEqual(['/thu-vien/5', '/thu-vien/10', '/thu-vien/9', '/thu-vien/8', '/thu-vien/7', '/thu-vien/6', '/thu-vien/4', '/thu-vien/3']);
    expect(store.current.recentLibraries).toHaveLength(RECENT_LIBRARIES);
    store.forgetLibrary('/thu-vien/9');
    expect(store.current.recentLibraries).not.toContain('/thu-vien/9');
    store.clearRecentLibraries();
    expect(store.current).toMatchObject({ lastLibrary: '/thu-vien/5', recentLibraries: ['/thu-vien/5'] });
    store.openedArticle('/thu-vien/5', '20261126-abcdef0123');
    store.openedArticle('/thu-vien/5', null);
    expect(store.current.lastArticle).toEqual({});
    await store.flush();
  });

  it('never stop the app: a damaged file is kept under another name and the defaults are used', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), '{"version": 1, "window": {"x": "nửa chừng"');
    const store = await SettingsStore.open(dir, new Date('2026-11-26T08:00:00.000Z'));
    expect(store.current.recentLibraries).toEqual([]);
    expect(store.reset?.keptAs).toMatch(/settings\.damaged-20261126T080000000Z\.json$/);
    expect(await readFile(join(dir, 'settings.damaged-20261126T080000000Z.json'), 'utf8')).toBe('{"version": 1, "window": {"x": "nửa chừng"');
    // Valid JSON that is not settings is damaged too.
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 1, recentLibraries: 'tất cả' }));
    expect((await SettingsStore.open(dir, new Date('2026-11-26T09:00:00.000Z'))).reset).not.toBeNull();
    expect((await readdir(dir)).sort()).toEqual(['settings.damaged-20261126T080000000Z.json', 'settings.damaged-20261126T090000000Z.json', 'settings.json']);
  });

  it('keep the interface language and theme chosen in Settings, and tell the app of each change', async () => {
    const dir = await tempDir();
    const store = await SettingsStore.open(dir);
    const seen: unknown[] = [];
    const preferences = store.preferences((chosen) => seen.push(chosen));
    expect(preferences.current()).toEqual({ interfaceLanguage: 'system', theme: 'system' });
    expect(preferences.change({ interfaceLanguage: 'vi' })).toEqual({ interfaceLanguage: 'vi', theme: 'system' });
    preferences.change({ theme: 'dark' });
    expect(seen).toEqual([
      { interfaceLanguage: 'vi', theme: 'system' },
      { interfaceLanguage: 'vi', theme: 'dark' },
    ]);
    await store.flush();
    expect((await SettingsStore.open(dir)).preferences(() => undefined).current()).toEqual({ interfaceLanguage: 'vi', theme: 'dark' });
    // A settings file from before the choice existed reads as the system's language.
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 1, window: null, lastLibrary: null, recentLibraries: [], lastArticle: {}, theme: 'light' }));
    const older = await SettingsStore.open(dir);
    expect(older.reset).toBeNull();
    expect(older.current.interfaceLanguage).toBe('system');
    // Read before the app is ready, for Chromium's own locale: only a real choice counts.
    expect(chosenLanguageSync(dir)).toBe('system');
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ interfaceLanguage: 'vi' }));
    expect(chosenLanguageSync(dir)).toBe('vi');
    await writeFile(join(dir, 'settings.json'), '{"interfaceLanguage": "v');
    expect(chosenLanguageSync(dir)).toBe('system');
    expect(chosenLanguageSync(join(dir, 'khong-co'))).toBe('system');
  });
});
