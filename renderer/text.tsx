import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { I18n, InterfaceLanguage, TFunction } from '../electron/i18n';

/** The interface's words and the language they are in. */
export interface InterfaceText {
  /** A new function after each change of language, so that what was written with it is written again. */
  t: TFunction;
  language: InterfaceLanguage;
  /** For changing the language, and for the core's messages (see sayMessage). */
  i18n: I18n;
}

const TextContext = createContext<InterfaceText | null>(null);

/**
 * The interface's words for the whole page, from one subscription to the language: everything
 * below draws again when it changes.
 */
export function TextProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const subscribe = useCallback((changed: () => void) => i18n.onLanguageChanged(changed), [i18n]);
  const language = useSyncExternalStore(subscribe, () => i18n.language);
  const value = useMemo(() => {
    const t: TFunction = (key, values) => i18n.t(key, values);
    return { t, language, i18n };
  }, [i18n, language]);
  return <TextContext value={value}>{children}</TextContext>;
}

/** The interface's words (`t`, keys checked by the compiler) and language, inside TextProvider. */
export function useText(): InterfaceText {
  const text = useContext(TextContext);
  if (!text) throw new Error('useText is for components inside TextProvider');
  return text;
}
