import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ICNS_TYPES, ICO_SIZES, LINUX_SIZES, drawAll } from '../../.config/icons.mjs';

const resources = join(import.meta.dirname, '../../resources');

async function size(png: Buffer): Promise<[number, number]> {
  const { width, height, format } = await sharp(png).metadata();
  expect(format).toBe('png');
  return [width ?? 0, height ?? 0];
}

describe('the installers’ icons', () => {
  it('are what `npm run icons` draws from resources/icon.svg and icon-small.svg', async () => {
    for (const [path, bytes] of await drawAll(resources)) {
      expect(Buffer.compare(await readFile(join(resources, path)), bytes), `resources/${path} is out of date: npm run icons`).toBe(0);
    }
  });

  it('come in every size Linux, Windows and macOS ask for', async () => {
    for (const side of LINUX_SIZES) expect(await size(await readFile(join(resources, 'icons', `${side}x${side}.png`)))).toEqual([side, side]);

    const ico = await readFile(join(resources, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, ICO_SIZES.length]);
    for (let i = 0; i < ico.readUInt16LE(4); i++) {
      const entry = 6 + 16 * i;
      const side = ico.readUInt8(entry) || 256;
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      expect(await size(png)).toEqual([side, side]);
    }
    expect(new Set(Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256))).toEqual(new Set(ICO_SIZES));

    const icns = await readFile(join(resources, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: Array<[string, number]> = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      const [side] = await size(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)));
      found.push([icns.subarray(at, at + 4).toString('latin1'), side]);
    }
    expect(found).toEqual(ICNS_TYPES);
  });
});
