import { errors, type ErrorKey } from './en';

export { errors as englishErrors, type ErrorKey } from './en';
export { errors as vietnameseErrors } from './vi';

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

/** Fills a message's template, its values' messages first, with `templates` (English unless given). */
export function messageText(said: Message, templates: Record<ErrorKey, string> = errors): string {
  return templates[said.key].replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = said.values?.[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? messageText(value, templates) : String(value);
  });
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
