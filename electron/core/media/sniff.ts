import { MediaError } from './mediaError';
import { message } from '../messages';

export type PhotoType = { mime: 'image/jpeg'; ext: 'jpg' } | { mime: 'image/png'; ext: 'png' } | { mime: 'image/webp'; ext: 'webp' } | { mime: 'image/gif'; ext: 'gif' };

const ascii = (bytes: Uint8Array, start: number, end: number): string => String.fromCharCode(...bytes.subarray(start, end));

/**
 * What a file is, from its first bytes, whatever its name says. Only JPEG, PNG, WebP and GIF are
 * photos; SVG (which can carry script) and everything else is refused with a reason.
 */
export function identifyPhoto(bytes: Uint8Array, name = 'The file'): PhotoType {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { mime: 'image/jpeg', ext: 'jpg' };
  if (bytes.length >= 8 && ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return { mime: 'image/png', ext: 'png' };
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { mime: 'image/webp', ext: 'webp' };
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')) return { mime: 'image/gif', ext: 'gif' };
  if (bytes.length === 0) throw new MediaError(message('fileEmpty', { name }));
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg')) || head.startsWith('<!doctype svg')) {
    throw new MediaError(message('photoIsSvg', { name }));
  }
  throw new MediaError(message('notAPhoto', { name }));
}
