import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, lifecycle, perVerb } from '../channels';
import type { CopydeskApi, PreloadApi } from '../contract';
import { isMenuCommand, type MenuCommand } from '../menuCommands';

// Each verb is its own function bound to its own channel: the page never holds ipcRenderer, and
// cannot send on a channel the contract does not name. Only the channel list is bundled here: the
// main process checks every payload against the contract's schemas.
const verbs = perVerb<CopydeskApi>((name) => (input: unknown) => ipcRenderer.invoke(CHANNELS[name], input));

const api = {
  ...verbs,
  onBeforeClose(listener: () => void) {
    const wrapped = (): void => listener();
    ipcRenderer.on(lifecycle.beforeClose, wrapped);
    return () => {
      ipcRenderer.removeListener(lifecycle.beforeClose, wrapped);
    };
  },
  closeReady() {
    ipcRenderer.send(lifecycle.closeReady);
  },
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const wrapped = (_event: unknown, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(lifecycle.menuCommand, wrapped);
    return () => {
      ipcRenderer.removeListener(lifecycle.menuCommand, wrapped);
    };
  },
} satisfies PreloadApi;

contextBridge.exposeInMainWorld('copydesk', api);
