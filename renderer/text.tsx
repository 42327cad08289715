import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from '../electron/i18n';

/** The interface's words and the language they are in. */
export interface InterfaceText {
  t: TFunction;
  language: string;
}

const TextContext = createContext<InterfaceText | null>(null);

/**
 * The interface's words for the whole page, from one react-i18next hook: a hook in every component
 * (each toolbar button, each list row) kept a copy of the i18next instance and a subscription
 * each. Everything below draws again when the language changes, as with the hook.
 */
export function TextProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const value = useMemo(() => ({ t: remembering(t), language: i18n.language }), [t, i18n.language]);
  return <TextContext value={value}>{children}</TextContext>;
}

/** The interface's words (`t`, keys checked by the compiler) and language, inside TextProvider. */
export function useText(): InterfaceText {
  const text = useContext(TextContext);
  if (!text) throw new Error('useText is for components inside TextProvider');
  return text;
}

/**
 * `t`, with the words asked for without values looked up once: labels and titles are asked for at
 * every drawing, and i18next resolves a key afresh each time.
 */
function remembering(t: TFunction): TFunction {
  const said = new Map<string, string>();
  const lookUp = t as unknown as (key: unknown, options?: unknown) => string;
  return ((key: unknown, options?: unknown): string => {
    if (options !== undefined || typeof key !== 'string') return lookUp(key, options);
    let text = said.get(key);
    if (text === undefined) said.set(key, (text = lookUp(key)));
    return text;
  }) as unknown as TFunction;
}
