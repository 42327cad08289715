import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

async function config(): Promise<Record<string, unknown>> {
  return parseYaml(await readFile(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
}

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema', async () => {
    const schema = JSON.parse(await readFile(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(await config()), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The schema is strict: a misspelt key is caught, so the check above means something.
    expect(validate({ ...(await config()), electronFuses: { runAsNodee: false } })).toBe(false);
  });

  it('builds AppImage and deb, NSIS and dmg, each with its icon', async () => {
    const built = (await config()) as {
      linux: { target: string[]; icon: string };
      win: { target: string[]; icon: string };
      mac: { target: string[]; icon: string };
      directories: { buildResources: string };
    };
    expect(built.linux.target).toEqual(['AppImage', 'deb']);
    expect(built.win.target).toEqual(['nsis']);
    expect(built.mac.target).toEqual(['dmg']);
    const resources = join(root, built.directories.buildResources);
    expect((await readFile(join(resources, built.win.icon))).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    expect((await readFile(join(resources, built.mac.icon))).subarray(0, 4).toString('latin1')).toBe('icns');
    expect((await readFile(join(resources, built.linux.icon, '512x512.png'))).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('sets the fuses: no Node from outside, code from the checked archive only, cookies encrypted', async () => {
    expect((await config()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the built app without source maps or the test-only browser harness', async () => {
    const files = (await config()).files as string[];
    expect(files).toEqual(expect.arrayContaining(['dist/**/*', '!dist/**/*.map', '!dist/web/**/*', '!dist/bench/**/*', 'package.json']));
  });
});
