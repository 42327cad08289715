import { createHash } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp, { type OutputInfo } from 'sharp';
import { writeFileDurably } from '../store/durableFile';
import { DISPLAY_MAX_SIDE, MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS } from './limits';
import { MediaError } from './mediaError';
import { readPhotoMetadata } from './metadata';
import type { PhotoImport } from './schema';
import { identifyPhoto, type PhotoType } from './photoType';
import { message, errorText } from '../messages';

/** Display copies are JPEG, or PNG where the photo may be transparent. */
function displayFormat(type: PhotoType): 'jpg' | 'png' {
  return type.mime === 'image/jpeg' ? 'jpg' : 'png';
}

/** Refuses what is too large before anything is decoded. */
export async function checkPhoto(bytes: Uint8Array, name: string): Promise<{ type: PhotoType; width: number; height: number }> {
  if (bytes.length > MAX_PHOTO_BYTES) throw new MediaError(message('photoTooLarge', { name, megabytes: Math.round(bytes.length / 1048576) }));
  const { width, height, ...type } = await identifyPhoto(bytes, name);
  if (width === 0 || height === 0) throw new MediaError(message('photoNoSize', { name }));
  if (width * height > MAX_PHOTO_PIXELS) throw new MediaError(message('photoTooManyPixels', { name, width, height }));
  return { type, width, height };
}

/**
 * Keeps a photo in an article's media folder: the original unchanged, named by its SHA-256 (the same
 * photo added twice is stored once), and a display copy at most 2048 px on its long side with all
 * metadata stripped, for the editor and the exports.
 */
export async function storePhoto(mediaDir: string, bytes: Uint8Array, name = 'The file'): Promise<PhotoImport> {
  const { type, width, height } = await checkPhoto(bytes, name);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const original = `${sha256}.${type.ext}`;
  const display = `${sha256}.display.${displayFormat(type)}`;
  await mkdir(mediaDir, { recursive: true });
  // The same photo again (a Word document may place one image hundreds of times): the display
  // copy made the first time stands, and only its size is read from its header.
  const displayPath = join(mediaDir, display);
  const rendered = (await keptDisplay(displayPath)) ?? (await renderDisplay(bytes, type, name));
  if (!(await exists(join(mediaDir, original)))) await writeFileDurably(join(mediaDir, original), bytes);
  if (rendered.data) await writeFileDurably(displayPath, rendered.data);
  return {
    media: {
      sha256,
      mime: type.mime,
      width,
      height,
      bytes: bytes.length,
      original: `media/${original}`,
      display: `media/${display}`,
      displayWidth: rendered.width,
      displayHeight: rendered.height,
    },
    metadata: await readPhotoMetadata(bytes),
  };
}

interface Display {
  width: number;
  height: number;
  /** The encoded copy, when it was made now; null when it was already kept. */
  data: Buffer | null;
}

async function renderDisplay(bytes: Uint8Array, type: PhotoType, name: string): Promise<Display> {
  let rendered: { data: Buffer; info: OutputInfo };
  try {
    const pipeline = sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error', animated: false })
      .rotate()
      .resize({ width: DISPLAY_MAX_SIDE, height: DISPLAY_MAX_SIDE, fit: 'inside', withoutEnlargement: true });
    const encoded = displayFormat(type) === 'jpg' ? pipeline.jpeg({ quality: 85, mozjpeg: true }) : pipeline.png({ compressionLevel: 8 });
    rendered = await encoded.toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new MediaError(message('photoDamaged', { name, reason: errorText(error) }));
  }
  return { width: rendered.info.width, height: rendered.info.height, data: rendered.data };
}

/** The display copy already kept for this photo, if it is there and readable. */
async function keptDisplay(path: string): Promise<Display | null> {
  // Missing or unreadable: made again.
  const info = await sharp(path)
    .metadata()
    .catch(() => null);
  return info?.width && info.height ? { width: info.width, height: info.height, data: null } : null;
}

function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
