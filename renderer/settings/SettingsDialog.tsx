import { useEffect, useState } from 'react';
import type { Preferences } from '../../electron/preferences';
import { LANGUAGE_CHOICES, resolveLanguage } from '../../electron/i18n/languages';
import { THEMES } from '../../electron/menuCommands';
import type { Bridge } from '../bridge';
import { PanelDialog } from '../modal';
import { useText } from '../text';
import { applyTheme } from '../theme';

const THEME_LABELS = { system: 'settings.themeSystem', light: 'settings.themeLight', dark: 'settings.themeDark' } as const;

/**
 * Settings: the interface language (the system's, English or Vietnamese) and the theme. A choice
 * applies at once and is kept by the app for the next start; articles keep their own language.
 */
export function SettingsDialog({ bridge, onClose }: { bridge: Bridge; onClose(): void }) {
  const { t, i18n } = useText();
  const [chosen, setChosen] = useState<Preferences | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const system = resolveLanguage('system', navigator.languages);

  useEffect(() => {
    let live = true;
    bridge.preferences({}).then(
      (preferences) => live && setChosen(preferences),
      (error: Error) => live && setProblem(error.message),
    );
    return () => {
      live = false;
    };
  }, [bridge]);

  const choose = (change: Partial<Preferences>): void => {
    setProblem(null);
    // Shown as chosen at once; put back if the app cannot keep it.
    const before = chosen;
    setChosen((current) => current && { ...current, ...change });
    bridge.setPreferences(change).then(
      (preferences) => {
        setChosen(preferences);
        applyTheme(preferences.theme);
        document.documentElement.dataset.languageChoice = preferences.interfaceLanguage;
        i18n.changeLanguage(resolveLanguage(preferences.interfaceLanguage, navigator.languages));
      },
      (error: Error) => {
        setChosen(before);
        setProblem(error.message);
      },
    );
  };

  return (
    <PanelDialog id="settings-title" className="settings-dialog" title={t('settings.title')} problem={problem} onClose={onClose}>
      {chosen && (
        <form className="settings-form" onSubmit={(event) => event.preventDefault()}>
          <fieldset>
            <legend>{t('settings.language')}</legend>
            <p className="hint" id="settings-language-hint">
              {t('settings.languageHint')}
            </p>
            {LANGUAGE_CHOICES.map((choice) => (
              <label key={choice} className="settings-choice">
                <input
                  type="radio"
                  name="interface-language"
                  value={choice}
                  aria-describedby="settings-language-hint"
                  checked={chosen.interfaceLanguage === choice}
                  onChange={() => choose({ interfaceLanguage: choice })}
                />
                {choice === 'system' ? (
                  t('settings.system', { language: t(`languageName.${system}`) })
                ) : (
                  // Each language is named in itself, so a reporter who cannot read the other finds theirs.
                  <span lang={choice}>{t(`languageName.${choice}`)}</span>
                )}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('settings.theme')}</legend>
            {THEMES.map((theme) => (
              <label key={theme} className="settings-choice">
                <input type="radio" name="theme" value={theme} checked={chosen.theme === theme} onChange={() => choose({ theme })} />
                {t(THEME_LABELS[theme])}
              </label>
            ))}
          </fieldset>
        </form>
      )}
    </PanelDialog>
  );
}
