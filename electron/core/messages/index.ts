import { errors, type ErrorKey } from './en';
import { translator } from './translator';

export { errors as englishErrors, type ErrorKey } from './en';
export { errors as vietnameseErrors } from './vi';
export { translator, formatNumber } from './translator';

/** A value filled into a message: text, a number, or another message (a reason within a reason). */
export type MessageValue = string | number | Message;

/** What went wrong, by key and values: English for the command line, the reporter's language in the interface. */
export interface Message {
  key: ErrorKey;
  values?: Record<string, MessageValue>;
}

export function message(key: ErrorKey, values?: Record<string, MessageValue>): Message {
  return values ? { key, values } : { key };
}

/** The translator of each set of templates (English, Vietnamese), made when first needed. */
const translators = new WeakMap<Record<ErrorKey, string>, (key: string, values: Record<string, string | number>) => string>();

/**
 * Fills a message's template, its values' messages first, with `templates` (English unless given),
 * through i18next as the interface's own sentences are (core/messages/translator.ts). The messages
 * have no plural forms nor numbers to format: the templates' language does not change the filling.
 */
export function messageText(said: Message, templates: Record<ErrorKey, string> = errors): string {
  let say = translators.get(templates);
  if (!say) {
    const instance = translator('en', { en: templates });
    say = instance.t.bind(instance);
    translators.set(templates, say);
  }
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(said.values ?? {})) values[name] = typeof value === 'object' ? messageText(value, templates) : value;
  return say(said.key, values);
}

/** An error that says what went wrong as a message, so the interface can say it in its language. */
export class MessageError extends Error {
  constructor(readonly said: Message) {
    super(messageText(said));
  }
}

/** What an error says, as a message: its own, or its text as it stands. */
export function messageOf(error: unknown): Message {
  return error instanceof MessageError ? error.said : message('unexpected', { reason: errorText(error) });
}

/** What went wrong, in the words of whatever was thrown: an Error's message, anything else as text. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
