import type { Session } from 'electron';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { serveAppRequest } from '../../electron/main/appProtocol';
import { denyPermissions } from '../../electron/main/security';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

describe('permissions', () => {
  it('denies every permission request and check', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    };
    denyPermissions(session as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(check?.()).toBe(false);
  });
});

describe('the app:// protocol', () => {
  async function rendererDir(): Promise<{ dir: string; outside: string }> {
    const root = await tempDir();
    const dir = join(root, 'renderer');
    await mkdir(join(dir, 'assets'), { recursive: true });
    await writeFile(join(dir, 'index.html'), '<!doctype html>');
    await writeFile(join(dir, 'assets', 'app.js'), '1');
    const outside = join(root, 'secret.txt');
    await writeFile(outside, 'private');
    await symlink(outside, join(dir, 'assets', 'link.txt'));
    return { dir, outside };
  }

  it('serves the renderer with its CSP', async () => {
    const { dir } = await rendererDir();
    const response = await serveAppRequest(dir, null, 'app://copydesk/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await serveAppRequest(dir, null, 'app://copydesk/assets/app.js')).headers.get('content-type')).toMatch(/javascript/);
  });

  it.each([
    'app://copydesk/../secret.txt',
    'app://copydesk/%2e%2e/secret.txt',
    'app://copydesk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://copydesk/assets/link.txt',
    'app://copydesk/%2Fetc%2Fpasswd',
    'app://other/index.html',
    'app://copydesk/missing.js',
  ])('serves nothing outside the renderer for %s', async (url) => {
    const { dir } = await rendererDir();
    const response = await serveAppRequest(dir, null, url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('private');
  });
});

describe('photos over app://', () => {
  it('serves a photo of the open library, and nothing when no library is open', async () => {
    const library = await tempDir();
    const sha = 'a'.repeat(64);
    await mkdir(join(library, 'articles', '20260301-000001', 'media'), { recursive: true });
    await writeFile(join(library, 'articles', '20260301-000001', 'media', `${sha}.display.jpg`), 'jpeg bytes');
    const url = `app://copydesk/media/20260301-000001/${sha}.display.jpg`;
    const response = await serveAppRequest(await tempDir(), library, url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(await response.text()).toBe('jpeg bytes');
    expect((await serveAppRequest(await tempDir(), null, url)).status).toBe(404);
  });
});
