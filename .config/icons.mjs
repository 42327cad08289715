// `npm run icons`: the installers' icons, drawn from resources/icon.svg (48 px and up) and
// resources/icon-small.svg (16 to 32 px, drawn on the pixel grid). Writes resources/icons/NxN.png
// (Linux), resources/icon.ico (Windows), resources/icon.icns (macOS) and resources/icon.png.
// tests/packaging/icons.test.ts checks that what is committed is what this draws.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';

export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** The PNG-based ICNS types and the size each holds. */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

/** The icon at `size` pixels, as PNG bytes. */
export async function drawIcon(resources, size) {
  const small = size <= 32;
  const svg = await readFile(join(resources, small ? 'icon-small.svg' : 'icon.svg'));
  const viewBox = small ? 16 : 64;
  // Rasterized at the target size directly (no downscaling blur); metadata-free, so the bytes
  // depend on the drawing alone.
  return sharp(svg, { density: (72 * size) / viewBox })
    .resize(size, size)
    .png({ compressionLevel: 9, adaptiveFiltering: false, palette: false })
    .toBuffer();
}

/** A Windows icon holding PNG images (Windows Vista and later). */
export function icoOf(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2);
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

/** A macOS icon family of PNG images. */
export function icnsOf(images) {
  const chunks = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

/** Every file the installers need, by path under resources/. */
export async function drawAll(resources) {
  const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size)])];
  const drawn = new Map(await Promise.all(sizes.map(async (size) => [size, await drawIcon(resources, size)])));
  const files = new Map();
  for (const size of LINUX_SIZES) files.set(`icons/${size}x${size}.png`, drawn.get(size));
  files.set('icon.png', drawn.get(1024));
  files.set('icon.ico', icoOf(ICO_SIZES.map((size) => ({ size, png: drawn.get(size) }))));
  files.set('icon.icns', icnsOf(ICNS_TYPES.map(([type, size]) => ({ type, png: drawn.get(size) }))));
  return files;
}

if (process.argv[1] === import.meta.filename) {
  const resources = resolve(import.meta.dirname, '../resources');
  for (const [path, bytes] of await drawAll(resources)) {
    await mkdir(dirname(join(resources, path)), { recursive: true });
    await writeFile(join(resources, path), bytes);
    process.stdout.write(`resources/${path}  ${bytes.length} bytes\n`);
  }
}
