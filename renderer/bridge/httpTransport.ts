import { perVerb } from '../../electron/channels';
import type { CopydeskApi, Result, VerbInput, VerbName, VerbOutput } from '../../electron/contract';
import { message, messageText, type Message, errorText } from '../../electron/core/messages';
import { HARNESS_MENU_EVENT, isMenuCommand } from '../../electron/menuCommands';
import { unwrapAll } from './unwrap';
import type { Bridge } from './types';

const TOKEN_KEY = 'copydesk.token';
// Browsers cap a keep-alive request body; larger saves on unload go as ordinary requests.
const KEEPALIVE_LIMIT = 60_000;

/**
 * The browser-harness transport: the same verbs as JSON over HTTP to 127.0.0.1. The harness
 * prints a URL with `?token=…`; the token is kept for the tab and taken out of the address bar.
 */
export function httpBridge(location: Location, storage: Storage, history: History, say?: (said: Message) => string): Bridge {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const search = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  }
  const token = storage.getItem(TOKEN_KEY) ?? '';
  const call = async <K extends VerbName>(verb: K, input: VerbInput<K>): Promise<Result<VerbOutput<K>>> => {
    const body = JSON.stringify(input ?? {});
    try {
      const response = await fetch(`/api/${verb}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-copydesk-token': token },
        body,
        keepalive: body.length < KEEPALIVE_LIMIT,
      });
      // The harness answers with the contract's result envelope for this verb.
      return (await response.json()) as Result<VerbOutput<K>>;
    } catch (error) {
      const said = message('serverSilent', { reason: errorText(error) });
      return { ok: false, error: { code: 'io', message: messageText(said), said } };
    }
  };
  const verb =
    <K extends VerbName>(name: K) =>
    (input: VerbInput<K>) =>
      call(name, input);
  const api = perVerb<CopydeskApi>(verb);
  return {
    ...unwrapAll(api, say),
    transport: 'http',
    onBeforeClose(listener) {
      const handler = (): void => void listener();
      window.addEventListener('pagehide', handler);
      return () => window.removeEventListener('pagehide', handler);
    },
    // A browser tab has no menu bar: the same actions are in the toolbar and on their shortcuts,
    // and a page event stands in for the menu (the end-to-end tests choose menu items with it).
    onMenuCommand(listener) {
      const handler = (event: Event): void => {
        const command = (event as CustomEvent<unknown>).detail;
        if (isMenuCommand(command)) listener(command);
      };
      window.addEventListener(HARNESS_MENU_EVENT, handler);
      return () => window.removeEventListener(HARNESS_MENU_EVENT, handler);
    },
  };
}
