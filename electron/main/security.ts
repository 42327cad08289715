import type { IpcMainEvent, IpcMainInvokeEvent, Session, WebContents, WebPreferences } from 'electron';
import { isAllowedHref } from '../core/schema/link';
import { APP_ORIGIN } from './appProtocol';

/** Every window of the app runs with these. See docs/security.md for each one's reason. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

/** Only the app's own top-level page may call the bridge; subframes and other origins may not. */
export function isTrustedSender(event: IpcMainInvokeEvent | IpcMainEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** No permission (camera, notifications, geolocation…) is ever granted to page content. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * The window never navigates away from the app, opens no windows and attaches no webviews.
 * A link the user opens goes to the system browser, and only when it is http, https or mailto.
 */
export function lockDownContents(contents: WebContents, openExternal: (url: string) => Promise<void>): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedHref(url)) void openExternal(url);
    return { action: 'deny' };
  });
}
