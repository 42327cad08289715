import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MediaError, identifyPhoto, readPhotoMetadata, storePhoto } from '../../electron/core/media';
import { SVG_WITH_SCRIPT, makePhoto, pngClaiming, withIptc } from '../helpers/photos';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();

describe('identifying a photo by its bytes', () => {
  it.each(['jpeg', 'png', 'webp', 'gif'] as const)('knows %s, and its size from the header alone', async (format) => {
    const bytes = await makePhoto({ format, width: 321, height: 123 });
    expect(await identifyPhoto(bytes)).toMatchObject({ mime: `image/${format}`, width: 321, height: 123 });
  });

  it.each([
    ['a text file named .jpg', Buffer.from('Đây không phải là ảnh\n'), /not a photo/],
    ['an SVG with a script', SVG_WITH_SCRIPT, /SVG drawing/],
    ['a bare SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), /SVG drawing/],
    ['an HTML page', Buffer.from('<!doctype html><script>alert(1)</script>'), /not a photo/],
    ['a PDF', Buffer.from('%PDF-1.7\n'), /not a photo/],
    ['an empty file', Buffer.alloc(0), /empty/],
  ])('refuses %s with a clear message', async (_name, bytes, message) => {
    await expect(identifyPhoto(bytes, 'anh.jpg')).rejects.toThrow(MediaError);
    await expect(identifyPhoto(bytes, 'anh.jpg')).rejects.toThrow(message);
  });
});

describe('storing a photo', () => {
  it('keeps the original byte for byte, named by its SHA-256, and a stripped display copy', async () => {
    const media = join(await tempDir(), 'media');
    const bytes = await makePhoto({ width: 3000, height: 2000, xmp: { description: 'Chú thích', creator: 'Vũ Lợi' }, gps: true, takenAt: '2026:01:31 09:15:00' });
    const { media: stored } = await storePhoto(media, bytes, 'anh.jpg');
    expect(stored).toMatchObject({ mime: 'image/jpeg', width: 3000, height: 2000, bytes: bytes.length, displayWidth: 2048, displayHeight: 1365 });
    expect(stored.original).toBe(`media/${stored.sha256}.jpg`);
    expect(await readFile(join(media, `${stored.sha256}.jpg`))).toEqual(bytes);
    const display = await readFile(join(media, `${stored.sha256}.display.jpg`));
    const info = await sharp(display).metadata();
    expect([info.width, info.height]).toEqual([2048, 1365]);
    expect(info.exif).toBeUndefined();
    expect(info.xmp).toBeUndefined();
    expect(await exifr.gps(display).catch(() => undefined)).toBeUndefined();
  });

  it('stores the same photo once', async () => {
    const media = join(await tempDir(), 'media');
    const bytes = await makePhoto();
    const first = await storePhoto(media, bytes);
    const second = await storePhoto(media, Buffer.from(bytes));
    expect(second.media.sha256).toBe(first.media.sha256);
    expect((await readdir(media)).sort()).toEqual([`${first.media.sha256}.display.jpg`, `${first.media.sha256}.jpg`]);
  });

  it('keeps transparency in a PNG display copy and does not enlarge small photos', async () => {
    const media = join(await tempDir(), 'media');
    const { media: stored } = await storePhoto(media, await makePhoto({ format: 'png', width: 300, height: 200 }));
    expect(stored.display).toMatch(/\.display\.png$/);
    expect([stored.displayWidth, stored.displayHeight]).toEqual([300, 200]);
  });

  it.each([
    ['over 100 megapixels', () => pngClaiming(20_000, 20_000), /20000 × 20000 pixels; photos are limited to 100 megapixels/],
    ['an SVG with a script', () => SVG_WITH_SCRIPT, /SVG drawing/],
    ['over 50 MB', () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(50 * 1024 * 1024)]), /limited to 50 MB/],
    ['a truncated JPEG', async () => (await makePhoto()).subarray(0, 400), /damaged/],
  ])('refuses a file %s and writes nothing', async (_name, make, message) => {
    const media = join(await tempDir(), 'media');
    await expect(storePhoto(media, await make(), 'anh.png')).rejects.toThrow(message);
    expect(await readdir(media).catch(() => [])).toEqual([]);
  });
});

describe('photo metadata', () => {
  it('reads caption, credit, agency and alt text from XMP, and the date from EXIF', async () => {
    const bytes = await makePhoto({
      xmp: { description: 'Tổng Bí thư phát biểu tại buổi làm việc', creator: 'Vũ Lợi', credit: 'TTXVN', alt: 'Một người đứng phát biểu trước hội trường' },
      takenAt: '2026:01:31 09:15:00',
    });
    expect(await readPhotoMetadata(bytes)).toEqual({
      caption: 'Tổng Bí thư phát biểu tại buổi làm việc',
      credit: 'Vũ Lợi',
      agency: 'TTXVN',
      alt: 'Một người đứng phát biểu trước hội trường',
      takenAt: '2026-01-31T09:15:00',
    });
  });

  it('reads IPTC Caption-Abstract, By-line and Credit', async () => {
    const bytes = withIptc(await makePhoto(), { caption: 'Nông dân thu hoạch lúa', byline: 'Xuân Tư', credit: 'Báo Nhân Dân' });
    expect(await readPhotoMetadata(bytes)).toMatchObject({ caption: 'Nông dân thu hoạch lúa', credit: 'Xuân Tư', agency: 'Báo Nhân Dân' });
  });

  it('reads XMP text through its XML escapes, as photo tools write them', async () => {
    const bytes = await makePhoto({ xmp: { description: 'Tom &amp; Jerry &lt;3 &#8212; &#x1EA2;NH', creator: 'A &quot;B&quot;', credit: 'X&amp;Y', alt: '&lt;img&gt;' } });
    expect(await readPhotoMetadata(bytes)).toMatchObject({ caption: 'Tom & Jerry <3 — ẢNH', credit: 'A "B"', agency: 'X&Y', alt: '<img>' });
  });

  it('stores metadata text as NFC', async () => {
    const bytes = await makePhoto({ xmp: { description: 'Lũ ở Quảng Nam'.normalize('NFD'), creator: 'Nguyễn Hà'.normalize('NFD') } });
    const metadata = await readPhotoMetadata(bytes);
    expect(metadata.caption).toBe('Lũ ở Quảng Nam');
    expect(metadata.credit).toBe('Nguyễn Hà');
  });

  it('gives empty fields, never an error, for a photo without metadata or with broken metadata', async () => {
    expect(await readPhotoMetadata(await makePhoto({ format: 'png' }))).toEqual({ caption: '', credit: '', agency: '', alt: '', takenAt: null });
    expect(await readPhotoMetadata(Buffer.from('not an image'))).toMatchObject({ caption: '' });
  });
});

describe('IPTC text in a legacy encoding', () => {
  it('keeps real Latin-1 text as it is', async () => {
    const bytes = withIptc(await makePhoto(), { caption: 'Café à Paris', byline: 'José Müller' }, 'latin1');
    expect(await readPhotoMetadata(bytes)).toMatchObject({ caption: 'Café à Paris', credit: 'José Müller' });
  });
});
