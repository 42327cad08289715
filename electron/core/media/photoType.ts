import sharp from 'sharp';
import { MediaError } from './mediaError';
import { message } from '../messages';

export type PhotoType = { mime: 'image/jpeg'; ext: 'jpg' } | { mime: 'image/png'; ext: 'png' } | { mime: 'image/webp'; ext: 'webp' } | { mime: 'image/gif'; ext: 'gif' };

/** The formats that are photos, by the name sharp gives them. */
const PHOTO_TYPES: Record<string, PhotoType> = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  gif: { mime: 'image/gif', ext: 'gif' },
};

/**
 * What a file is and its size, from its header (sharp reads it without decoding a pixel, so an image
 * claiming 100,000 × 100,000 pixels is refused at once), whatever its name says. Only JPEG, PNG,
 * WebP and GIF are photos. An SVG (which can carry script) is refused by its first bytes, before any
 * library parses it; anything else with a reason.
 */
export async function identifyPhoto(bytes: Uint8Array, name = 'The file'): Promise<PhotoType & { width: number; height: number }> {
  if (bytes.length === 0) throw new MediaError(message('fileEmpty', { name }));
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg')) || head.startsWith('<!doctype svg')) {
    throw new MediaError(message('photoIsSvg', { name }));
  }
  // The header only, whatever size it claims: the caller refuses what is too large, saying its size.
  const info = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  const type = info?.format ? PHOTO_TYPES[info.format] : undefined;
  if (!info || !type) throw new MediaError(message(info?.format === 'svg' ? 'photoIsSvg' : 'notAPhoto', { name }));
  // An animated GIF or WebP gives the height of all its frames together: a photo is its first.
  const height = info.pageHeight ?? info.height ?? 0;
  return { ...type, width: info.width ?? 0, height };
}
