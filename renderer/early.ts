import { messageText, type Message } from '../electron/core/messages';
import { createBridge } from './bridge';
import { startFetching } from './startup';

// A script of its own in the built page (see the copydesk-early-script plugin in
// .config/vite.config.ts), run before the main bundle has arrived and been parsed, let alone run
// (tens of milliseconds on a slow machine): the library answers what the first screen needs
// meanwhile, and the first screen is drawn with it. main.tsx imports this same module instance.

let say: ((said: Message) => string) | undefined;

/** The page's bridge; what the core says went wrong is put in the interface language once `sayWith` is called. */
export const bridge = createBridge((said) => (say ? say(said) : messageText(said)));

export const startup = startFetching(bridge, window.location.hash);

/** Says the core's messages with `next` from now on (the interface language is known). */
export function sayWith(next: (said: Message) => string): void {
  say = next;
}
